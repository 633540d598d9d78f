import { useEffect, useState } from 'react';
import type { Stage } from '../../../../src/contract/lifecycle';
import { useToast } from '../../components/Toasts';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../i18n/errorMessage';
import { useLeadsT } from '../lead-scoring/messages';
import { useSaveStages, useStages } from '../lead-scoring/useLeadScoring';
import { useLifecycleT } from './messages';

/** Lifecycle stage settings: German and English names, the order, the score that reaches a stage. */
export function StageSettings({ workspaceId, isOwner }: { workspaceId: string; isOwner: boolean }) {
  const t = useLifecycleT();
  const lt = useLeadsT();
  const { t: shellT } = useTranslation();
  const toast = useToast();
  const stages = useStages(workspaceId);
  const save = useSaveStages(workspaceId);
  const [draft, setDraft] = useState<Stage[]>([]);
  useEffect(() => {
    if (stages.data) setDraft(stages.data.stages);
  }, [stages.data]);
  const edit = (i: number, change: Partial<Stage>) =>
    setDraft((d) => d.map((s, j) => (j === i ? { ...s, ...change } : s)));
  const move = (i: number, by: number) =>
    setDraft((d) => {
      const next = [...d];
      const [item] = next.splice(i, 1);
      if (item) next.splice(i + by, 0, item);
      return next;
    });
  return (
    <section className="panel" aria-labelledby="stage-settings" data-testid="stage-settings">
      <h2 id="stage-settings">{t('title')}</h2>
      <p className="hint">{t('intro')}</p>
      {draft.map((s, i) => (
        <div key={s.key} className="ls-stage-row">
          <input
            aria-label={t('nameDe', { key: s.key })}
            value={s.nameDe}
            disabled={!isOwner}
            onChange={(e) => edit(i, { nameDe: e.target.value })}
          />
          <input
            aria-label={t('nameEn', { key: s.key })}
            value={s.nameEn}
            disabled={!isOwner}
            onChange={(e) => edit(i, { nameEn: e.target.value })}
          />
          <span>
            {s.minScore !== null && <span className="hint">≥ {s.minScore} </span>}
            {s.manual && <span className="hint">{t('manual')} </span>}
            {isOwner && (
              <>
                <button
                  type="button"
                  className="button"
                  aria-label={t('up', { key: s.key })}
                  disabled={i === 0}
                  onClick={() => move(i, -1)}
                >
                  ↑
                </button>
                <button
                  type="button"
                  className="button"
                  aria-label={t('down', { key: s.key })}
                  disabled={i === draft.length - 1}
                  onClick={() => move(i, 1)}
                >
                  ↓
                </button>
              </>
            )}
          </span>
        </div>
      ))}
      {isOwner ? (
        <button
          type="button"
          className="button primary"
          disabled={save.isPending}
          onClick={() =>
            save.mutate(
              { stages: draft },
              {
                onSuccess: () => toast.success(lt('settings.saved')),
                onError: (error) => toast.error(errorMessage(shellT, error)),
              },
            )
          }
        >
          {t('save')}
        </button>
      ) : (
        <p className="hint">{lt('settings.ownersOnly')}</p>
      )}
    </section>
  );
}
