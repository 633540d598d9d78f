import type { QuickcheckLabelKey } from './weights';

/** How many interfaces are proposed when none is "Sehr empfehlenswert". */
export const ADOPT_FALLBACK_COUNT = 3;

/**
 * The interfaces proposed for adoption: every "Sehr empfehlenswert" one, or, in a run without any, the
 * best three by rank. Interfaces the inventory already has are left out (not replaced by the next
 * ones), so a proposal never duplicates and an adopted run proposes nothing more.
 *
 * @example
 * defaultAdoptSelection(run.results, new Set(['Website'])); // ['Chatbots', 'Live-Chat', ...]
 */
export function defaultAdoptSelection(
  rows: readonly { interface: string; labelKey: QuickcheckLabelKey; rank: number }[],
  alreadyInInventory: ReadonlySet<string>,
): string[] {
  const ranked = [...rows].sort((a, b) => a.rank - b.rank);
  const best = ranked.filter((row) => row.labelKey === 'very_recommended');
  return (best.length > 0 ? best : ranked.slice(0, ADOPT_FALLBACK_COUNT))
    .map((row) => row.interface)
    .filter((name) => !alreadyInInventory.has(name));
}
