import { sql } from 'kysely';
import type { Signals } from '../../contract/accounts';
import { interactionTrend } from '../../core/pipeline';
import type { Db } from '../../db/database';

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * Marketing and service signals of a group of people (an account's): the weekly trend of their
 * interactions over the last 8 weeks, their complaints of the last 90 days (the event vocabulary has
 * no event that closes a complaint, so each counts as open), and the ratings of the last 90 days at
 * the touchpoints they used.
 *
 * @example await accountSignals(db, ws, profileIds, touchpointIds, new Date())
 */
export async function accountSignals(
  db: Db,
  workspaceId: string,
  profileIds: readonly string[],
  touchpointIds: readonly string[],
  now: Date,
): Promise<Signals> {
  const since = new Date(now.getTime() - 90 * DAY_MS);
  const weeksAgo = new Date(now.getTime() - 8 * 7 * DAY_MS);
  if (profileIds.length === 0)
    return { trend: interactionTrend([], now), openComplaints: [], recentRatings: [] };
  const people = [...profileIds];
  const [recent, complaints, ratings] = await Promise.all([
    sql<{ occurred_at: Date }>`
      select occurred_at from events
      where workspace_id = ${workspaceId} and profile_id = any(${people}::uuid[])
        and occurred_at >= ${weeksAgo} and occurred_at < ${now}
      limit 200000
    `.execute(db),
    sql<{ event_id: string; occurred_at: Date; profile_id: string | null; topic: string | null }>`
      select event_id, occurred_at, profile_id, coalesce(properties->>'topic', name) as topic from events
      where workspace_id = ${workspaceId} and profile_id = any(${people}::uuid[])
        and type = 'complaint' and occurred_at >= ${since}
      order by occurred_at desc limit 50
    `.execute(db),
    touchpointIds.length === 0
      ? Promise.resolve([])
      : db
          .selectFrom('ratings as r')
          .innerJoin('touchpoints as t', (j) =>
            j.onRef('t.workspace_id', '=', 'r.workspace_id').onRef('t.id', '=', 'r.touchpoint_id'),
          )
          .select(['r.touchpoint_id', 't.name', 'r.score', 'r.created_at'])
          .where('r.workspace_id', '=', workspaceId)
          .where('r.touchpoint_id', 'in', [...touchpointIds])
          .where('r.created_at', '>=', since)
          .orderBy('r.created_at', 'desc')
          .limit(10)
          .execute(),
  ]);
  return {
    trend: interactionTrend(
      recent.rows.map((r) => new Date(r.occurred_at)),
      now,
    ),
    openComplaints: complaints.rows.map((c) => ({
      eventId: c.event_id,
      occurredAt: new Date(c.occurred_at).toISOString(),
      profileId: c.profile_id,
      topic: c.topic ?? '',
    })),
    recentRatings: ratings.map((r) => ({
      touchpointId: r.touchpoint_id,
      touchpointName: r.name,
      score: Number(r.score),
      createdAt: r.created_at.toISOString(),
    })),
  };
}
