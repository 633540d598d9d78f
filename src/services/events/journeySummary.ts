import { sql } from 'kysely';
import type { Db } from '../../db/database';
import { summariseTouches, type Touch } from '../../core/profiles/summariseTouches';

/**
 * Adds events of known people at touchpoints to the journey summary (`profile_touchpoint_days`): one
 * set-based upsert per call, however many rows. Runs in the transaction that marks the events
 * processed (the processor's, or a mapping rule applied to past events), so the summary holds exactly
 * the events at or before the cursor.
 *
 * @example await addToJourneySummary(trx, workspaceId, [{ profileId, touchpointId, occurredAt }])
 */
export async function addToJourneySummary(
  trx: Db,
  workspaceId: string,
  touches: readonly Touch[],
): Promise<void> {
  const rows = summariseTouches(touches);
  if (rows.length === 0) return;
  await sql`
    insert into profile_touchpoint_days (workspace_id, profile_id, touchpoint_id, day, first_at, last_at, events)
    select ${workspaceId}, v.profile_id, v.touchpoint_id, v.day, v.first_at, v.last_at, v.events
    from unnest(${rows.map((r) => r.profileId)}::uuid[], ${rows.map((r) => r.touchpointId)}::uuid[],
      ${rows.map((r) => r.day)}::date[], ${rows.map((r) => r.firstAt.toISOString())}::timestamptz[],
      ${rows.map((r) => r.lastAt.toISOString())}::timestamptz[], ${rows.map((r) => r.events)}::bigint[])
      as v(profile_id, touchpoint_id, day, first_at, last_at, events)
    on conflict (workspace_id, profile_id, touchpoint_id, day) do update set
      first_at = least(profile_touchpoint_days.first_at, excluded.first_at),
      last_at = greatest(profile_touchpoint_days.last_at, excluded.last_at),
      events = profile_touchpoint_days.events + excluded.events
  `.execute(trx);
}

/**
 * Moves merged profiles' summary rows to the profiles they were merged into, combining rows of the
 * same touchpoint and day. Called by `moveProfileData`, beside moving their events.
 */
export async function moveJourneySummary(
  trx: Db,
  workspaceId: string,
  moves: readonly { from: string; into: string }[],
): Promise<void> {
  if (moves.length === 0) return;
  const from = moves.map((m) => m.from);
  const into = moves.map((m) => m.into);
  await sql`
    with m as (select * from unnest(${from}::uuid[], ${into}::uuid[]) as m("from", "into")),
    gone as (
      delete from profile_touchpoint_days d using m
      where d.workspace_id = ${workspaceId} and d.profile_id = m."from"
      returning m."into" as profile_id, d.touchpoint_id, d.day, d.first_at, d.last_at, d.events)
    insert into profile_touchpoint_days (workspace_id, profile_id, touchpoint_id, day, first_at, last_at, events)
    select ${workspaceId}, profile_id, touchpoint_id, day, min(first_at), max(last_at), sum(events)
    from gone group by profile_id, touchpoint_id, day
    on conflict (workspace_id, profile_id, touchpoint_id, day) do update set
      first_at = least(profile_touchpoint_days.first_at, excluded.first_at),
      last_at = greatest(profile_touchpoint_days.last_at, excluded.last_at),
      events = profile_touchpoint_days.events + excluded.events
  `.execute(trx);
}

/**
 * Rebuilds a workspace's journey summary from the event log (the events at or before its cursor), as
 * migration 0023 filled it: to repair it, or to check the incremental one against.
 *
 * @example await db.transaction().execute((trx) => rebuildJourneySummary(trx, workspaceId))
 */
export async function rebuildJourneySummary(trx: Db, workspaceId: string): Promise<void> {
  await trx.deleteFrom('profile_touchpoint_days').where('workspace_id', '=', workspaceId).execute();
  await sql`
    insert into profile_touchpoint_days (workspace_id, profile_id, touchpoint_id, day, first_at, last_at, events)
    select e.workspace_id, e.profile_id, e.touchpoint_id, (e.occurred_at at time zone 'UTC')::date,
      min(e.occurred_at), max(e.occurred_at), count(*)
    from events e
    join event_cursors c on c.workspace_id = e.workspace_id and e.seq <= c.last_seq
    where e.workspace_id = ${workspaceId} and e.profile_id is not null and e.touchpoint_id is not null
    group by 1, 2, 3, 4
  `.execute(trx);
}
