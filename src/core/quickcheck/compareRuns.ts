import type { QuickcheckResultRow } from './scoreQuickcheck';
import type { QuickcheckInterface, QuickcheckLabel } from './weights';

/** How one interface moved between two Quickcheck runs. The "before" side is null if the earlier run lacks it. */
export interface QuickcheckRunComparison {
  interface: QuickcheckInterface;
  rankBefore: number | null;
  rankAfter: number;
  /** Positive = moved up (rank 5 to rank 2 is +3). */
  rankChange: number | null;
  percentBefore: number | null;
  percentAfter: number;
  /** Percentage points, one decimal. */
  percentChange: number | null;
  labelBefore: QuickcheckLabel | null;
  labelAfter: QuickcheckLabel;
}

/**
 * Compares two Quickcheck results of the same company, e.g. before and after a strategy workshop, in the
 * order of the later ranking. Interfaces that only the earlier run lists are left out.
 *
 * @example
 * // The same company before and after deciding that low running costs matter:
 * compareQuickcheckRuns(withoutRunningCosts, withRunningCosts)[0];
 * // { interface: 'Bewertungsportale', rankBefore: 2, rankAfter: 1, rankChange: 1, percentBefore: 66.7,
 * //   percentAfter: 77.8, percentChange: 11.1, labelBefore: 'empfehlenswert', labelAfter: 'empfehlenswert' }
 */
export function compareQuickcheckRuns(
  earlier: readonly QuickcheckResultRow[],
  later: readonly QuickcheckResultRow[],
): QuickcheckRunComparison[] {
  const before = new Map(earlier.map((row) => [row.interface, row]));
  return [...later]
    .sort((a, b) => a.rank - b.rank)
    .map((after) => {
      const previous = before.get(after.interface);
      return {
        interface: after.interface,
        rankBefore: previous?.rank ?? null,
        rankAfter: after.rank,
        rankChange: previous ? previous.rank - after.rank : null,
        percentBefore: previous?.percent ?? null,
        percentAfter: after.percent,
        // Both percents have one decimal; rounding removes the binary noise of the subtraction.
        percentChange: previous ? Math.round((after.percent - previous.percent) * 10) / 10 : null,
        labelBefore: previous?.label ?? null,
        labelAfter: after.label,
      };
    });
}
