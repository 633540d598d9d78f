import { dailyIdOfSender } from '../../core/privacy/dailyVisitorId';
import { dayOf } from '../../core/webAnalytics';
import type { Db } from '../../db/database';
import { visitorSecretFor } from '../../services/events/visitorSalts';

/**
 * The anonymous id of a Segment message sent without consent to analytics: a keyed hash of the
 * workspace and the sender's id under the workspace's secret of the day, the one `/collect` counts
 * visitors before consent with (table `visitor_salts`, deleted after a day). The same person's messages
 * of one day form one visitor on every server process; nothing leads back to the sender's id, and as a
 * daily visitor id it never becomes or joins a profile, today or after a later consent.
 *
 * @example
 * const idOf = await idWithoutConsentFor(db, workspaceId);
 * idOf('anon-42') // 'daily:3f9a…' (32 hex digits), the same all day
 */
export async function idWithoutConsentFor(db: Db, workspaceId: string, now = new Date()) {
  const secret = await visitorSecretFor(db, workspaceId, dayOf(now));
  return (senderId: string): string => dailyIdOfSender(secret, workspaceId, senderId);
}
