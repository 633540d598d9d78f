import type { KpiStatus } from '../kpiStatus';
import type { GoalStatus } from './goalModel';

/**
 * A goal's status from the statuses of its linked KPIs (each the latest value against its target,
 * src/core/kpiStatus.ts): off track as soon as one KPI misses its target, on track when at least one
 * meets it and none misses, no data when no KPI has both a value and a target yet, no KPI when none is
 * linked.
 * @example goalStatus(['on_target', 'no_data']) // 'on_track'
 * @example goalStatus([]) // 'no_kpi'
 */
export function goalStatus(kpiStatuses: readonly KpiStatus[]): GoalStatus {
  if (kpiStatuses.length === 0) return 'no_kpi';
  if (kpiStatuses.includes('off_target')) return 'off_track';
  if (kpiStatuses.includes('on_target')) return 'on_track';
  return 'no_data';
}
