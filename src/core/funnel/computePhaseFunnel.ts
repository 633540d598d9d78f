/** One person's first interaction with each phase they reached in the period (epoch milliseconds). */
export interface ProfileReach {
  profileId: string;
  /** The account (company) of the profile; null for people without one. */
  companyId: string | null;
  /** Phase key -> the first time the person interacted with a touchpoint of that phase. */
  firstReachedAt: ReadonlyMap<string, number>;
}

export interface FunnelStep {
  phaseKey: string;
  /** Profiles that reached the phase in the period. */
  profiles: number;
  /** Distinct accounts of those profiles (profiles without an account are not counted here). */
  accounts: number;
  /**
   * Profiles that reached this phase and, at the same time or later, the next one. Null for the last
   * phase, which has no next one.
   */
  convertedToNext: number | null;
  /** convertedToNext / profiles; null for the last phase and when no one reached this phase. */
  conversionToNext: number | null;
  /** profiles - convertedToNext: who reached this phase but not (yet) the next. Null for the last phase. */
  dropOff: number | null;
  /** Of those converted, the median and 90th percentile seconds from this phase to the next. */
  medianSecondsToNext: number | null;
  p90SecondsToNext: number | null;
}

/**
 * The nearest-rank percentile (the smallest value with at least `p` of the values at or below it):
 * always one of the values, so a figure can be traced to a person. Null for no values.
 *
 * @example percentile([4, 1, 3, 2], 0.5) // 2 (rank ceil(0.5 * 4) = 2 of 1,2,3,4)
 * @example percentile([4, 1, 3, 2], 0.9) // 4 (rank ceil(0.9 * 4) = 4)
 */
export function percentile(values: readonly number[], p: number): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.max(1, Math.ceil(p * sorted.length));
  return sorted[rank - 1] ?? null;
}

/**
 * The phase funnel: per phase of the journey model (in model order) how many profiles and accounts
 * reached it, how many went on to the next phase, the drop-off and the time it took. A person counts
 * as converted from phase A to B only when their first reach of B is not before their first reach of
 * A: someone who read the price list (decision) before the first ad (awareness) has not moved forward.
 * Empty input gives zeros and nulls, never NaN.
 *
 * @example
 * // Ana reached awareness at t=0 and consideration at t=60 s; Ben only awareness.
 * computePhaseFunnel(['awareness', 'consideration'], [
 *   { profileId: 'ana', companyId: 'acme', firstReachedAt: new Map([['awareness', 0], ['consideration', 60_000]]) },
 *   { profileId: 'ben', companyId: 'acme', firstReachedAt: new Map([['awareness', 5_000]]) },
 * ])
 * // [{ phaseKey: 'awareness', profiles: 2, accounts: 1, convertedToNext: 1, conversionToNext: 0.5,
 * //    dropOff: 1, medianSecondsToNext: 60, p90SecondsToNext: 60 },
 * //  { phaseKey: 'consideration', profiles: 1, accounts: 1, convertedToNext: null, ... }]
 */
export function computePhaseFunnel(
  phaseKeys: readonly string[],
  reaches: readonly ProfileReach[],
): FunnelStep[] {
  return phaseKeys.map((phaseKey, i) => {
    const next = phaseKeys[i + 1];
    const reached = reaches.filter((r) => r.firstReachedAt.has(phaseKey));
    const accounts = new Set(reached.flatMap((r) => (r.companyId === null ? [] : [r.companyId]))).size;
    if (next === undefined)
      return {
        phaseKey,
        profiles: reached.length,
        accounts,
        convertedToNext: null,
        conversionToNext: null,
        dropOff: null,
        medianSecondsToNext: null,
        p90SecondsToNext: null,
      };
    const seconds: number[] = [];
    for (const r of reached) {
      const from = r.firstReachedAt.get(phaseKey);
      const to = r.firstReachedAt.get(next);
      if (from !== undefined && to !== undefined && to >= from) seconds.push((to - from) / 1000);
    }
    return {
      phaseKey,
      profiles: reached.length,
      accounts,
      convertedToNext: seconds.length,
      conversionToNext: reached.length === 0 ? null : seconds.length / reached.length,
      dropOff: reached.length - seconds.length,
      medianSecondsToNext: percentile(seconds, 0.5),
      p90SecondsToNext: percentile(seconds, 0.9),
    };
  });
}
