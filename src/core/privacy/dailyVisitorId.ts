import { createHash, createHmac } from 'node:crypto';

/** Every daily visitor id starts with this, so the processor can tell it from a tracker's own id. */
export const DAILY_VISITOR_PREFIX = 'daily:';

export interface DailyVisitorInput {
  /** The workspace's random secret of the day (table `visitor_salts`). */
  secret: string;
  workspaceId: string;
  ip: string;
  userAgent: string;
}

/**
 * The visitor id of a page view sent before consent, computed on the server the way Plausible and
 * Fathom count without cookies: SHA-256 over the day's secret, the workspace, the IP address and the
 * user agent. The secret changes every day and is deleted after it, so an id cannot be recomputed or
 * linked to another day, and nothing is stored in the browser. The IP address is an input only.
 * An IPv4 address seen as IPv6 (`::ffff:203.0.113.7`) is the same visitor as `203.0.113.7`.
 *
 * @example dailyVisitorId({ secret: 'a1…', workspaceId, ip: '203.0.113.7', userAgent: 'Mozilla/5.0 …' })
 * // 'daily:3f0c9a…' (32 hex digits)
 */
export function dailyVisitorId(input: DailyVisitorInput): string {
  const ip = input.ip
    .trim()
    .replace(/^::ffff:(?=\d+\.\d+\.\d+\.\d+$)/i, '')
    .toLowerCase();
  // Joined by a newline, which none of the inputs can hold unnoticed: a user agent with one is cut there.
  const userAgent = input.userAgent.split(/[\r\n]/, 1)[0] ?? '';
  const digest = createHash('sha256')
    .update([input.secret, input.workspaceId, ip, userAgent].join('\n'))
    .digest('hex');
  return DAILY_VISITOR_PREFIX + digest.slice(0, 32);
}

/**
 * Whether an anonymous id is a daily visitor id. Such visitors are counted (visits, bounce, page
 * views) but never become or join a profile: the person has not consented.
 *
 * @example isDailyVisitorId('daily:3f0c9a…') // true
 */
export function isDailyVisitorId(anonymousId: string | null | undefined): boolean {
  return typeof anonymousId === 'string' && anonymousId.startsWith(DAILY_VISITOR_PREFIX);
}

/**
 * The daily visitor id of a sender's own id (a Segment message without consent): a keyed hash of the
 * workspace and the id under the day's secret, so the same sender is one visitor that day and the id
 * cannot be recovered from it.
 *
 * @example dailyIdOfSender('a1…', workspaceId, 'anon-42') // 'daily:9b1e…' (32 hex digits)
 */
export function dailyIdOfSender(secret: string, workspaceId: string, senderId: string): string {
  return (
    DAILY_VISITOR_PREFIX +
    createHmac('sha256', secret).update(`${workspaceId}\u0000${senderId}`).digest('hex').slice(0, 32)
  );
}
