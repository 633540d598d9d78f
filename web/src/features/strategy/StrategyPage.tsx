import { useId, useMemo, useState } from 'react';
import { QueryContent } from '../../components/States';
import { useKpis } from '../monitoring/useKpis';
import { useTouchpoints } from '../touchpoints/useTouchpoints';
import { useCurrentWorkspace } from '../workspace/WorkspaceContext';
import { GoalDialog, type GoalDraft } from './GoalDialog';
import { GoalTree } from './GoalTree';
import { useStrategyT } from './messages';
import { SwotBoard } from './SwotBoard';
import './strategy.css';
import { useGoals } from './useGoals';

/**
 * Strategie: the SWOT analysis (the workspace's own or a touchpoint's) and the macro and micro goals with
 * the KPIs that measure them (seed 000 section 5).
 */
export function StrategyPage() {
  const t = useStrategyT();
  const { workspaceId, canEdit } = useCurrentWorkspace();
  const touchpoints = useTouchpoints(workspaceId);
  const goals = useGoals(workspaceId);
  const kpis = useKpis(workspaceId);
  const [scope, setScope] = useState('');
  const [draft, setDraft] = useState<GoalDraft | null>(null);
  const scopeId = useId();
  const names = useMemo(
    () => new Map((touchpoints.data ?? []).map((tp) => [tp.id, tp.name])),
    [touchpoints.data],
  );
  const touchpointName = (id: string) => names.get(id) ?? '–';

  return (
    <div className="page page-wide strategy-page">
      <div className="page-head">
        <h1>{t('title')}</h1>
      </div>
      <p className="hint">{t('intro')}</p>
      <section aria-labelledby="swot-title" className="strategy-section">
        <div className="strategy-section-head">
          <h2 id="swot-title">{t('swot.title')}</h2>
          <div className="field field-inline">
            <label htmlFor={scopeId}>{t('scope.label')}</label>
            <select id={scopeId} value={scope} onChange={(e) => setScope(e.target.value)}>
              <option value="">{t('scope.workspace')}</option>
              {(touchpoints.data ?? []).map((tp) => (
                <option key={tp.id} value={tp.id}>
                  {t('scope.touchpoint', { name: tp.name })}
                </option>
              ))}
            </select>
          </div>
        </div>
        <SwotBoard key={scope} workspaceId={workspaceId} touchpointId={scope || null} canEdit={canEdit} />
      </section>
      <section aria-labelledby="goals-title" className="strategy-section">
        <div className="strategy-section-head">
          <h2 id="goals-title">{t('goals.title')}</h2>
          {canEdit && (
            <button
              type="button"
              className="button button-primary"
              onClick={() => setDraft({ level: 'macro', parentId: null })}
            >
              {t('goals.addMacro')}
            </button>
          )}
          {canEdit && (
            <button
              type="button"
              className="button"
              onClick={() => setDraft({ level: 'micro', parentId: null })}
            >
              {t('goals.addMicro')}
            </button>
          )}
        </div>
        <QueryContent query={goals} empty={t('goals.none')}>
          {(data) => (
            <GoalTree
              workspaceId={workspaceId}
              goals={data}
              touchpointName={touchpointName}
              {...(canEdit && { onEdit: setDraft })}
            />
          )}
        </QueryContent>
      </section>
      {canEdit && draft && (
        <GoalDialog
          workspaceId={workspaceId}
          draft={draft}
          macroGoals={(goals.data ?? []).filter((g) => g.level === 'macro')}
          kpis={kpis.data ?? []}
          touchpoints={touchpoints.data ?? []}
          onClose={() => setDraft(null)}
        />
      )}
    </div>
  );
}
