import type { Ownership } from '../model';

/** Owned / Earned / Paid touchpoints of one phase (the POE typing of seed 001, step 3). */
export interface MediaBalance {
  owned: number;
  earned: number;
  paid: number;
  /** The one kind a phase with touchpoints relies on; null when it mixes kinds or is empty. */
  onlyKind: Ownership | null;
}

/**
 * Counts a phase's touchpoints by ownership and names the kind it relies on alone. Seed 001, step 3:
 * early phases tend to hold few touchpoints outside the company's reach, later ones many owned ones, and
 * that imbalance is what the team should balance out; a phase of one kind is where to start.
 *
 * @example
 * mediaBalance([{ ownership: 'owned' }, { ownership: 'owned' }]);
 * // { owned: 2, earned: 0, paid: 0, onlyKind: 'owned' }
 */
export function mediaBalance(touchpoints: readonly { ownership: Ownership }[]): MediaBalance {
  const counts = { owned: 0, earned: 0, paid: 0 };
  for (const t of touchpoints) counts[t.ownership] += 1;
  const present = (['owned', 'earned', 'paid'] as const).filter((k) => counts[k] > 0);
  return { ...counts, onlyKind: present.length === 1 ? (present[0] ?? null) : null };
}

/**
 * The balance of every phase, in the order given; a touchpoint in several phases counts in each.
 *
 * @example
 * mediaBalanceByPhase(['interest'], [{ ownership: 'paid', phaseIds: ['interest'] }]).get('interest');
 * // { owned: 0, earned: 0, paid: 1, onlyKind: 'paid' }
 */
export function mediaBalanceByPhase(
  phaseIds: readonly string[],
  touchpoints: readonly { ownership: Ownership; phaseIds: readonly string[] }[],
): Map<string, MediaBalance> {
  return new Map(
    phaseIds.map((id) => [id, mediaBalance(touchpoints.filter((t) => t.phaseIds.includes(id)))]),
  );
}

/**
 * How many phases hold touchpoints of one kind only: the cycle view's hint for the IST stage.
 *
 * @example phasesOfOneKind(mediaBalanceByPhase(phaseIds, touchpoints)); // 2
 */
export function phasesOfOneKind(balances: Iterable<MediaBalance>): number {
  let count = 0;
  for (const b of balances) if (b.onlyKind !== null) count += 1;
  return count;
}
