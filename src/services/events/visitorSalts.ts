import { randomBytes } from 'node:crypto';
import { asDailyVisitor } from '../../core/privacy/beforeConsent';
import { countsAsDailyVisitor } from '../../core/privacy/cookieless';
import { dailyVisitorId } from '../../core/privacy/dailyVisitorId';
import { dayOf } from '../../core/webAnalytics';
import type { Db } from '../../db/database';

/** Today's secrets, so a busy collector asks the database once a day per workspace. */
const cache = new Map<string, string>();
let cachedDay = '';

/** Yesterday's salt is kept for a day, as Plausible does; anything older is deleted. */
function oldestKept(now: Date): string {
  return dayOf(new Date(now.getTime() - 24 * 60 * 60 * 1000));
}

/**
 * The workspace's random secret of `day` (a UTC day), created on first use. Creating one deletes the
 * workspace's salts older than yesterday; the daily job deletes those of quiet workspaces.
 *
 * @example const secret = await visitorSecretFor(db, workspaceId, '2026-12-07');
 */
export async function visitorSecretFor(db: Db, workspaceId: string, day: string): Promise<string> {
  if (day !== cachedDay) {
    cache.clear();
    cachedDay = day;
  }
  const cached = cache.get(workspaceId);
  if (cached) return cached;
  const created = await db
    .insertInto('visitor_salts')
    .values({ workspace_id: workspaceId, day, secret: randomBytes(32).toString('hex') })
    .onConflict((oc) => oc.doNothing())
    .returning('secret')
    .executeTakeFirst();
  if (created)
    await db
      .deleteFrom('visitor_salts')
      .where('workspace_id', '=', workspaceId)
      .where('day', '<', oldestKept(new Date(`${day}T00:00:00Z`)))
      .execute();
  // Another process may have created it first: its secret wins, so both count the same visitor.
  const secret =
    created?.secret ??
    (
      await db
        .selectFrom('visitor_salts')
        .select('secret')
        .where('workspace_id', '=', workspaceId)
        .where('day', '=', day)
        .executeTakeFirstOrThrow()
    ).secret;
  cache.set(workspaceId, secret);
  return secret;
}

/**
 * Deletes the salts of every workspace older than yesterday (run daily by the jobs). Once a salt is
 * gone, the visitor ids of its day can no longer be recomputed from an IP address and user agent.
 *
 * @example await deleteOldVisitorSalts(db, new Date()) // number of salts deleted
 */
export async function deleteOldVisitorSalts(
  db: Db,
  now: Date,
  /** Only these workspaces (tests share one database). */
  workspaceIds?: readonly string[],
): Promise<number> {
  let query = db.deleteFrom('visitor_salts').where('day', '<', oldestKept(now));
  if (workspaceIds) {
    if (workspaceIds.length === 0) return 0;
    query = query.where('workspace_id', 'in', [...workspaceIds]);
  }
  const result = await query.executeTakeFirst();
  return Number(result.numDeletedRows);
}

export interface SenderOfRequest {
  ip: string;
  userAgent: string;
  now: Date;
}

/**
 * The tracker's events with those sent before consent, and those of cookieless mode that name nobody,
 * counted by the day's visitor id (see `dailyVisitorId`); the others unchanged. Reads (or creates) the
 * salt only when one is needed.
 *
 * @example const events = await countBeforeConsent(db, workspaceId, body.events, { ip, userAgent, now: new Date() });
 */
export async function countBeforeConsent(
  db: Db,
  workspaceId: string,
  events: readonly unknown[],
  sender: SenderOfRequest,
): Promise<unknown[]> {
  if (!events.some(countsAsDailyVisitor)) return [...events];
  const secret = await visitorSecretFor(db, workspaceId, dayOf(sender.now));
  const visitorId = dailyVisitorId({ secret, workspaceId, ip: sender.ip, userAgent: sender.userAgent });
  return events.map((e) =>
    countsAsDailyVisitor(e) ? asDailyVisitor(e as Record<string, unknown>, visitorId) : e,
  );
}
