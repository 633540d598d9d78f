import { useTranslation } from 'react-i18next';
import type { JourneyModel } from '../../../../src/contract/workspaces';
import { LoadError, Loading } from '../../components/States';
import { useToast } from '../../components/Toasts';
import { errorMessage } from '../../i18n/errorMessage';
import { AddJourneyModelForm } from './AddJourneyModelForm';
import { useTeamT } from './messages';
import { useActivateJourneyModel } from './useActivateJourneyModel';
import { useJourneyModels } from './useJourneyModels';

/** The journey models of the workspace; owners add models and choose the active one. */
export function JourneyModelsSection({ workspaceId, isOwner }: { workspaceId: string; isOwner: boolean }) {
  const t = useTeamT();
  const { t: shellT, i18n } = useTranslation();
  const toast = useToast();
  const models = useJourneyModels(workspaceId);
  const activate = useActivateJourneyModel(workspaceId);
  const english = i18n.language === 'en';

  const onActivate = (model: JourneyModel) => {
    if (!window.confirm(t('models.confirmActivate', { name: model.name }))) return;
    activate.mutate(model.id, {
      onSuccess: () => toast.success(t('models.activated', { name: model.name })),
      onError: (error) => toast.error(errorMessage(shellT, error)),
    });
  };

  return (
    <section className="panel team-section" aria-labelledby="team-models-title">
      <h2 id="team-models-title">{t('models.title')}</h2>
      <p className="hint">{t('models.intro')}</p>
      {models.isPending && <Loading />}
      {models.isError && <LoadError error={models.error} onRetry={() => void models.refetch()} />}
      {models.data && (
        <ul className="team-models" data-testid="journey-models">
          {models.data.map((model) => (
            <li key={model.id} className={model.active ? 'is-active' : undefined} data-testid="journey-model">
              <div className="team-model-head">
                <h3>{model.name}</h3>
                <span className="muted">
                  {t(`models.kinds.${model.kind}`)} · {t('models.phases', { count: model.phases.length })}
                </span>
                {model.active ? (
                  <span className="badge badge-success">✓ {t('models.active')}</span>
                ) : (
                  isOwner && (
                    <button
                      type="button"
                      className="button button-small"
                      onClick={() => onActivate(model)}
                      disabled={activate.isPending}
                      aria-label={t('models.activateNamed', { name: model.name })}
                    >
                      {t('models.activate')}
                    </button>
                  )
                )}
              </div>
              <ol className="team-phases">
                {model.phases.map((phase) => (
                  <li key={phase.id}>{english ? phase.nameEn : phase.nameDe}</li>
                ))}
              </ol>
            </li>
          ))}
        </ul>
      )}
      {isOwner && <AddJourneyModelForm workspaceId={workspaceId} />}
    </section>
  );
}
