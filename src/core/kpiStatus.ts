export type KpiDirection = 'higher_is_better' | 'lower_is_better';
export type KpiStatus = 'on_target' | 'off_target' | 'no_target' | 'no_data';

/**
 * Whether a KPI value meets its target.
 * @example kpiStatus(0.8, 1, 'lower_is_better') // 'on_target'
 */
export function kpiStatus(value: number | null, target: number | null, direction: KpiDirection): KpiStatus {
  if (value === null) return 'no_data';
  if (target === null) return 'no_target';
  const met = direction === 'higher_is_better' ? value >= target : value <= target;
  return met ? 'on_target' : 'off_target';
}
