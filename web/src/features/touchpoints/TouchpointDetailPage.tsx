import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { LoadError, Loading } from '../../components/States';
import { useToast } from '../../components/Toasts';
import { errorMessage } from '../../i18n/errorMessage';
import { useFormat } from '../../i18n/format';
import { HistorySection } from '../history/HistorySection';
import { OwnershipBadge } from '../journey-map/OwnershipBadge';
import { TouchpointJourneySection } from '../journey-map/TouchpointJourneySection';
import { KpisSection } from '../kpis/KpisSection';
import { NewMeasureForTouchpoint } from '../action-plan/NewMeasureForTouchpoint';
import { MeasuresSection } from '../measures/MeasuresSection';
import { TouchpointSwotSection } from '../strategy/TouchpointSwotSection';
import { usePersonas } from '../personas/usePersonas';
import { RatingLinksSection } from '../ratings/RatingLinksSection';
import { RatingsSection } from '../ratings/RatingsSection';
import { useCurrentWorkspace } from '../workspace/WorkspaceContext';
import { useWorkspace } from '../workspace/useWorkspace';
import { ActivitySection } from './detail/ActivitySection';
import { AsIsSection } from './detail/AsIsSection';
import { ChecklistSection } from './detail/ChecklistSection';
import { ClassificationSection } from './detail/ClassificationSection';
import { RetireDialog } from './detail/RetireDialog';
import { TargetSection } from './detail/TargetSection';
import { useRestoreTouchpoint } from './useRestoreTouchpoint';
import { useTouchpoint } from './useTouchpoint';

/** Everything about one touchpoint: as-is, target, checklist, ratings, links, KPIs, measures, history. */
export function TouchpointDetailPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const toast = useToast();
  const format = useFormat();
  const { workspaceId, canEdit } = useCurrentWorkspace();
  const touchpoint = useTouchpoint(workspaceId, id);
  const workspace = useWorkspace(workspaceId);
  const personas = usePersonas(workspaceId);
  const restore = useRestoreTouchpoint(workspaceId);
  const [retiring, setRetiring] = useState(false);

  if (touchpoint.isPending || workspace.isPending) return <Loading />;
  if (touchpoint.isError)
    return <LoadError error={touchpoint.error} onRetry={() => void touchpoint.refetch()} />;
  if (workspace.isError)
    return <LoadError error={workspace.error} onRetry={() => void workspace.refetch()} />;

  const tp = touchpoint.data;
  const props = { workspaceId, touchpoint: tp, canEdit };

  return (
    <div className="page" key={tp.id}>
      <p>
        <Link to="/map">← {t('detail.back')}</Link>
      </p>
      <div className="detail-head">
        <div>
          <h1>{tp.name}</h1>
          <div className="chips">
            <OwnershipBadge ownership={tp.ownership} />
            <span className="badge badge-soft">{t(`medium.${tp.medium}`)}</span>
            <span className="badge badge-soft">{t(`phaseClass.${tp.phaseClass}`)}</span>
            {tp.momentThatMatters && <span className="badge badge-mtm">◆ {t('map.mtm')}</span>}
          </div>
        </div>
        {canEdit &&
          (tp.retiredAt ? (
            <button
              type="button"
              className="button"
              disabled={restore.isPending}
              onClick={() =>
                restore.mutate(tp.id, {
                  onSuccess: () => toast.success(t('detail.restored', { name: tp.name })),
                  onError: (error) => toast.error(errorMessage(t, error)),
                })
              }
            >
              {t('detail.restore')}
            </button>
          ) : (
            <button type="button" className="button button-danger" onClick={() => setRetiring(true)}>
              {t('detail.retire')}
            </button>
          ))}
      </div>
      {tp.retiredAt && (
        <div className="banner" role="status">
          {t('detail.retiredBanner', { date: format.date(tp.retiredAt) })}
          {tp.retiredReason && <> {t('detail.reason', { reason: tp.retiredReason })}</>}
        </div>
      )}
      <div className="detail-grid">
        <AsIsSection {...props} />
        <TargetSection {...props} />
        <ClassificationSection
          {...props}
          phases={workspace.data.journeyModel.phases}
          personas={personas.data ?? []}
        />
        <TouchpointJourneySection {...props} />
        <ChecklistSection {...props} />
        <RatingsSection {...props} />
        <ActivitySection workspaceId={workspaceId} touchpointId={tp.id} />
        <KpisSection workspaceId={workspaceId} touchpointId={tp.id} canEdit={canEdit} />
        {canEdit && <RatingLinksSection workspaceId={workspaceId} touchpointId={tp.id} />}
        <MeasuresSection
          workspaceId={workspaceId}
          touchpointId={tp.id}
          action={canEdit && <NewMeasureForTouchpoint workspaceId={workspaceId} touchpoint={tp} small />}
        />
        <TouchpointSwotSection workspaceId={workspaceId} touchpointId={tp.id} canEdit={canEdit} />
        <HistorySection workspaceId={workspaceId} touchpointId={tp.id} />
      </div>
      {canEdit && (
        <RetireDialog
          open={retiring}
          onClose={() => setRetiring(false)}
          workspaceId={workspaceId}
          touchpoint={tp}
        />
      )}
    </div>
  );
}
