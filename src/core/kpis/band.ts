import { kpiStatus, type KpiDirection, type KpiStatus } from '../kpiStatus';

export interface KpiLimits {
  bandLow: number | null;
  bandHigh: number | null;
  target: number | null;
  direction: KpiDirection;
}

export type Breach = { side: 'below' | 'above'; bound: number };

/**
 * Whether a value leaves the KPI's target band. With a band (either bound set) the band decides;
 * without one the target does: below it for higher-is-better, above it for lower-is-better. No band
 * and no target, no alert.
 * @example breachOf(38, { bandLow: 40, bandHigh: 60, target: 50, direction: 'higher_is_better' }) // { side: 'below', bound: 40 }
 */
export function breachOf(value: number, k: KpiLimits): Breach | null {
  if (k.bandLow !== null || k.bandHigh !== null) {
    if (k.bandLow !== null && value < k.bandLow) return { side: 'below', bound: k.bandLow };
    if (k.bandHigh !== null && value > k.bandHigh) return { side: 'above', bound: k.bandHigh };
    return null;
  }
  if (k.target === null) return null;
  if (k.direction === 'higher_is_better') return value < k.target ? { side: 'below', bound: k.target } : null;
  return value > k.target ? { side: 'above', bound: k.target } : null;
}

/**
 * The alert text, in the users' words.
 * @example alertMessage('Visits', 'Website', 38, '', '2026-05-04', { side: 'below', bound: 40 }, true)
 * // 'KPI "Visits" (Website) was 38 on 2026-05-04, below the band limit 40'
 */
export function alertMessage(
  kpiName: string,
  touchpointName: string,
  value: number,
  unit: string,
  day: string,
  breach: Breach,
  hasBand: boolean,
): string {
  const u = unit ? ` ${unit}` : '';
  const limit = hasBand ? 'the band limit' : 'the target';
  const shown = Math.round(value * 100) / 100;
  return `KPI "${kpiName}" (${touchpointName}) was ${shown}${u} on ${day}, ${breach.side} ${limit} ${breach.bound}${u}`;
}

/**
 * The status a KPI shows: its target decides, as the target shown beside it says ("≤ 45 %" and 50 %
 * is off target, even inside an alert band up to 60 %). The band only decides when an alert is raised;
 * it stands in for a missing target.
 * @example kpiStatusOf(55, { bandLow: 40, bandHigh: 60, target: 50, direction: 'lower_is_better' }) // 'off_target'
 */
export function kpiStatusOf(value: number | null, k: KpiLimits): KpiStatus {
  if (value === null || k.target !== null || (k.bandLow === null && k.bandHigh === null))
    return kpiStatus(value, k.target, k.direction);
  return breachOf(value, k) ? 'off_target' : 'on_target';
}
