import { Link } from 'react-router-dom';
import type { Goal } from '../../../../src/contract/strategy';
import { GoalTree } from './GoalTree';
import { useStrategyT } from './messages';
import './strategy.css';
import { useGoals } from './useGoals';

/** The goals above the KPI numbers on the monitoring screen: what the numbers are for, and which goal has none. */
export function MonitoringGoals({
  workspaceId,
  touchpointName,
}: {
  workspaceId: string;
  touchpointName: (id: string) => string;
}) {
  const t = useStrategyT();
  const goals = useGoals(workspaceId);
  const data: Goal[] = goals.data ?? [];
  // Nothing to show until the team has goals; the strategy screen is one click away in the navigation.
  if (data.length === 0) return null;
  const withoutKpi = data.filter((g) => g.status === 'no_kpi').length;
  return (
    <section aria-labelledby="mon-goals-title" className="mon-goals" data-testid="monitoring-goals">
      <div className="strategy-section-head">
        <h2 id="mon-goals-title">{t('goals.title')}</h2>
        <span className="muted">
          {t('goals.summary', { count: data.length })}
          {withoutKpi > 0 && <> · {t('goals.withoutKpi', { count: withoutKpi })}</>}
        </span>
        <Link to="/strategy" className="link-small">
          {t('goals.toStrategy')} →
        </Link>
      </div>
      <GoalTree workspaceId={workspaceId} goals={data} touchpointName={touchpointName} />
    </section>
  );
}
