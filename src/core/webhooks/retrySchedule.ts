/**
 * Pauses before the second, third, ... attempt of a delivery: quick at first (a receiver restarting),
 * then hours (a receiver down for the night). Eight attempts span about 23 hours; after the last
 * failure the delivery is `failed` and stays in the log, where an owner can send it again.
 */
const RETRY_DELAYS_MS = [
  30_000,
  2 * 60_000,
  10 * 60_000,
  30 * 60_000,
  60 * 60_000,
  3 * 60 * 60_000,
  6 * 60 * 60_000,
  12 * 60 * 60_000,
] as const;

/** How many attempts a delivery gets in all. */
export const WEBHOOK_MAX_ATTEMPTS = RETRY_DELAYS_MS.length + 1;

/**
 * The pause after the `attempt`-th failed attempt (1 = the first), or null when none is left.
 *
 * @example retryDelayMs(1) // 30000
 * @example retryDelayMs(9) // null
 */
export function retryDelayMs(attempt: number): number | null {
  if (!Number.isInteger(attempt) || attempt < 1) return RETRY_DELAYS_MS[0];
  return RETRY_DELAYS_MS[attempt - 1] ?? null;
}
