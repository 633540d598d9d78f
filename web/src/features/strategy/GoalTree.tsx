import { useTranslation } from 'react-i18next';
import type { Goal } from '../../../../src/contract/strategy';
import { useToast } from '../../components/Toasts';
import { useFormat } from '../../i18n/format';
import { errorMessage } from '../../i18n/errorMessage';
import type { GoalDraft } from './GoalDialog';
import { GoalKpiList } from './GoalKpiList';
import { GoalStatusBadge } from './GoalStatusBadge';
import { useStrategyT } from './messages';
import { useGoalMutations } from './useGoals';

interface Props {
  workspaceId: string;
  goals: Goal[];
  touchpointName: (id: string) => string;
  /** Without it the tree only reads (viewers, the monitoring screen). */
  onEdit?: (draft: GoalDraft) => void;
}

/** Macro goals with their micro goals beneath, each with its status and the KPIs that measure it. */
export function GoalTree({ workspaceId, goals, touchpointName, onEdit }: Props) {
  const t = useStrategyT();
  const macros = goals.filter((g) => g.level === 'macro');
  const macroIds = new Set(macros.map((m) => m.id));
  const orphans = goals.filter(
    (g) => g.level === 'micro' && (g.parentId === null || !macroIds.has(g.parentId)),
  );
  const item = (g: Goal) => (
    <GoalItem key={g.id} workspaceId={workspaceId} goal={g} touchpointName={touchpointName} onEdit={onEdit} />
  );
  return (
    <ul className="goal-tree" data-testid="goal-tree">
      {macros.map((m) => {
        const micros = goals.filter((g) => g.parentId === m.id);
        return (
          <li key={m.id} className="goal-branch">
            <GoalItem workspaceId={workspaceId} goal={m} touchpointName={touchpointName} onEdit={onEdit} />
            {micros.length > 0 && <ul className="goal-children">{micros.map(item)}</ul>}
          </li>
        );
      })}
      {orphans.length > 0 && (
        <li className="goal-branch">
          <p className="goal-orphans">{t('goals.orphans')}</p>
          <ul className="goal-children">{orphans.map(item)}</ul>
        </li>
      )}
    </ul>
  );
}

function GoalItem({
  workspaceId,
  goal,
  touchpointName,
  onEdit,
}: {
  workspaceId: string;
  goal: Goal;
  touchpointName: (id: string) => string;
  onEdit: Props['onEdit'];
}) {
  const t = useStrategyT();
  const { t: shellT } = useTranslation();
  const toast = useToast();
  const format = useFormat();
  const { remove } = useGoalMutations(workspaceId);
  const details = [
    t(`goals.categories.${goal.category}`),
    goal.touchpointId ? touchpointName(goal.touchpointId) : null,
    goal.targetDate ? t('goals.due', { date: format.date(goal.targetDate) }) : null,
  ].filter(Boolean);
  return (
    <div className={`goal goal-${goal.level}`} data-testid="goal" data-status={goal.status}>
      <div className="goal-head">
        <span className="badge badge-soft">{t(`goals.levels.${goal.level}`)}</span>
        <strong className="goal-title">{goal.title}</strong>
        <GoalStatusBadge status={goal.status} />
      </div>
      <p className="muted goal-details">{details.join(' · ')}</p>
      {goal.description && <p className="goal-description">{goal.description}</p>}
      <GoalKpiList kpis={goal.kpis} touchpointName={touchpointName} />
      {onEdit && (
        <div className="goal-actions">
          {goal.level === 'macro' && (
            <button
              type="button"
              className="button button-small"
              aria-label={t('goals.addMicroTo', { title: goal.title })}
              onClick={() => onEdit({ level: 'micro', parentId: goal.id })}
            >
              {t('goals.addMicro')}
            </button>
          )}
          <button
            type="button"
            className="button button-small"
            aria-label={t('goals.editLabel', { title: goal.title })}
            onClick={() => onEdit({ goal })}
          >
            {t('goals.edit')}
          </button>
          <button
            type="button"
            className="button button-small button-ghost"
            aria-label={t('goals.deleteLabel', { title: goal.title })}
            onClick={() =>
              remove.mutate(goal.id, {
                onSuccess: () => toast.success(t('form.deleted')),
                onError: (error) => toast.error(errorMessage(shellT, error)),
              })
            }
          >
            {t('goals.delete')}
          </button>
        </div>
      )}
    </div>
  );
}
