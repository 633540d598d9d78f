import type { GoalStatus } from '../../../../src/core/strategy';
import { useStrategyT } from './messages';

const mark: Record<GoalStatus, string> = { on_track: '✓', off_track: '⚠', no_kpi: '!', no_data: '○' };

/** A goal's status in words; the colour and the symbol only repeat them. */
export function GoalStatusBadge({ status }: { status: GoalStatus }) {
  const t = useStrategyT();
  return (
    <span className={`badge goal-status goal-status-${status}`} data-testid="goal-status">
      <span aria-hidden="true">{mark[status]} </span>
      {t(`goals.status.${status}`)}
    </span>
  );
}
