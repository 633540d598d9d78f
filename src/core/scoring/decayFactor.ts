import { assertUnreachable } from '../result';
import type { Decay } from './scoringModel';

const DAY_MS = 86_400_000;

/**
 * The share of an event's points left after `ageMs`: 1 for a fresh event (or one dated in the future),
 * `0.5 ** (ageDays / halfLife)` for a half-life, `1 - ageDays / days` down to 0 for linear expiry.
 *
 * @example decayFactor({ kind: 'half_life', days: 30 }, 60 * 86_400_000) // 0.25
 */
export function decayFactor(decay: Decay, ageMs: number): number {
  const ageDays = Math.max(0, ageMs) / DAY_MS;
  switch (decay.kind) {
    case 'none':
      return 1;
    case 'half_life':
      return 0.5 ** (ageDays / decay.days);
    case 'linear':
      return Math.max(0, 1 - ageDays / decay.days);
    default:
      return assertUnreachable(decay);
  }
}

/** How far back events can still give points under a decay; null: for ever (the loader's own horizon applies). */
export function decayHorizonDays(decay: Decay): number | null {
  switch (decay.kind) {
    case 'none':
    case 'half_life':
      return null;
    case 'linear':
      return decay.days;
    default:
      return assertUnreachable(decay);
  }
}
