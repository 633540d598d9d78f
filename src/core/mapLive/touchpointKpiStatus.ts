import type { KpiStatus } from '../kpiStatus';

/** A touchpoint's KPI status on the map: its KPIs' statuses in one, or `no_kpi` without any. */
export type TouchpointKpiStatus = KpiStatus | 'no_kpi';

/**
 * One status for a card with several KPIs: the worst decides, so a missed target is never hidden by
 * a met one (off target, then on target, then no target, then no data). The goals use the same order
 * (src/core/strategy/goalStatus.ts).
 *
 * @example touchpointKpiStatus(['on_target', 'off_target']) // 'off_target'
 * @example touchpointKpiStatus([]) // 'no_kpi'
 */
export function touchpointKpiStatus(statuses: readonly KpiStatus[]): TouchpointKpiStatus {
  if (statuses.length === 0) return 'no_kpi';
  const order: KpiStatus[] = ['off_target', 'on_target', 'no_target', 'no_data'];
  return order.find((s) => statuses.includes(s)) ?? 'no_data';
}
