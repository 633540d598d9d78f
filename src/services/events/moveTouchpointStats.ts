import { sql } from 'kysely';
import type { Db } from '../../db/database';
import { dayOf } from '../../core/webAnalytics';
import { UNMAPPED } from './aggregates';
import { addToJourneySummary } from './journeySummary';

/** A stored event that just got a touchpoint. */
export interface RemappedEvent {
  eventId: string;
  occurredAt: Date;
  type: string;
  touchpointId: string;
  profileId: string | null;
  revenue: number | null;
}

interface Group {
  day: string;
  type: string;
  key: string;
  events: number;
  revenue: number;
  profiles: number;
}

interface ProfileKey {
  day: string;
  type: string;
  tp: string;
  profile_id: string;
}

const dayRange = sql`e.occurred_at >= t.day::timestamp at time zone 'UTC'
  and e.occurred_at < (t.day + 1)::timestamp at time zone 'UTC'`;

/**
 * Sets the touchpoint of already processed, unmapped events and moves them in `daily_touchpoint_stats`
 * from the "unmapped" row to their touchpoint's, and adds the touchpoint to their profiles, so KPIs,
 * analytics and the touchpoint's activity see them as if a rule had mapped them on arrival. A profile
 * counts once per day, touchpoint and type, as in the processor: it is new at the touchpoint unless
 * another processed event of it was there already, and leaves "unmapped" when no unmapped event of it
 * remains that day. Runs in the caller's transaction, holding the event cursor (`lastSeq`), and only
 * for events at or before it; `where touchpoint_id is null` makes a repeated call change nothing.
 *
 * @example await moveTouchpointStats(trx, workspaceId, events, cursor)
 */
export async function moveTouchpointStats(
  trx: Db,
  workspaceId: string,
  events: readonly RemappedEvent[],
  lastSeq: number,
): Promise<string[]> {
  if (events.length === 0) return [];
  const keys = new Map<string, ProfileKey>();
  for (const e of events)
    if (e.profileId !== null) {
      const k = { day: dayOf(e.occurredAt), type: e.type, tp: e.touchpointId, profile_id: e.profileId };
      keys.set(`${k.day}\u0000${k.type}\u0000${k.tp}\u0000${k.profile_id}`, k);
    }
  const profileKeys = JSON.stringify([...keys.values()]);
  // Before the update: a profile is new at the touchpoint when none of its processed events was there.
  const freshAtTouchpoint = keys.size
    ? await sql<{ day: string; type: string; tp: string }>`
        select t.day, t.type, t.tp from jsonb_to_recordset(${profileKeys}::jsonb)
          as t(day date, type text, tp uuid, profile_id uuid)
        where not exists (
          select 1 from events e
          where e.workspace_id = ${workspaceId} and e.profile_id = t.profile_id and ${dayRange}
            and e.seq <= ${lastSeq} and e.type = t.type and e.touchpoint_id = t.tp)
      `.execute(trx)
    : { rows: [] };
  const updated = await sql<{ event_id: string }>`
    update events e set touchpoint_id = v.tp
    from jsonb_to_recordset(${JSON.stringify(
      events.map((e) => ({ event_id: e.eventId, tp: e.touchpointId })),
    )}::jsonb) as v(event_id text, tp uuid)
    where e.workspace_id = ${workspaceId} and e.event_id = v.event_id and e.touchpoint_id is null
      and e.seq <= ${lastSeq}
    returning e.event_id
  `.execute(trx);
  const done = new Set(updated.rows.map((r) => r.event_id));
  const moved = events.filter((e) => done.has(e.eventId));
  await addToJourneySummary(
    trx,
    workspaceId,
    moved.flatMap((e) =>
      e.profileId === null
        ? []
        : [{ profileId: e.profileId, touchpointId: e.touchpointId, occurredAt: e.occurredAt }],
    ),
  );
  // After it: a profile leaves "unmapped" when none of its processed events there remains.
  const goneFromUnmapped = keys.size
    ? await sql<{ day: string; type: string }>`
        select distinct t.day, t.type, t.profile_id from jsonb_to_recordset(${profileKeys}::jsonb)
          as t(day date, type text, tp uuid, profile_id uuid)
        where not exists (
          select 1 from events e
          where e.workspace_id = ${workspaceId} and e.profile_id = t.profile_id and ${dayRange}
            and e.seq <= ${lastSeq} and e.type = t.type and e.touchpoint_id is null)
      `.execute(trx)
    : { rows: [] };

  const groups = new Map<string, Group>();
  const group = (day: string, type: string, key: string) => {
    const id = `${day}\u0000${type}\u0000${key}`;
    const g = groups.get(id) ?? { day, type, key, events: 0, revenue: 0, profiles: 0 };
    groups.set(id, g);
    return g;
  };
  for (const e of moved) {
    const day = dayOf(e.occurredAt);
    const to = group(day, e.type, e.touchpointId);
    const from = group(day, e.type, UNMAPPED);
    to.events += 1;
    from.events -= 1;
    if (e.revenue !== null) {
      to.revenue = Math.round((to.revenue + e.revenue) * 100) / 100;
      from.revenue = Math.round((from.revenue - e.revenue) * 100) / 100;
    }
  }
  for (const f of freshAtTouchpoint.rows) group(f.day, f.type, f.tp).profiles += 1;
  for (const g of goneFromUnmapped.rows) group(g.day, g.type, UNMAPPED).profiles -= 1;
  if (groups.size)
    await sql`
      insert into daily_touchpoint_stats (workspace_id, day, touchpoint_key, event_type, events, profiles, revenue)
      select ${workspaceId}, v.day, v.key, v.type, v.events, v.profiles, v.revenue
      from jsonb_to_recordset(${JSON.stringify([...groups.values()])}::jsonb)
        as v(day date, key text, type text, events bigint, profiles bigint, revenue numeric)
      on conflict (workspace_id, day, touchpoint_key, event_type) do update set
        events = daily_touchpoint_stats.events + excluded.events,
        profiles = daily_touchpoint_stats.profiles + excluded.profiles,
        revenue = daily_touchpoint_stats.revenue + excluded.revenue
    `.execute(trx);

  const byProfile = new Map<string, Set<string>>();
  for (const e of moved)
    if (e.profileId !== null)
      byProfile.set(e.profileId, (byProfile.get(e.profileId) ?? new Set()).add(e.touchpointId));
  if (byProfile.size)
    await sql`
      update profiles p set touchpoint_ids = p.touchpoint_ids || coalesce(
        (select jsonb_agg(t) from jsonb_array_elements_text(v.tps) t where not p.touchpoint_ids ? t), '[]'::jsonb)
      from jsonb_to_recordset(${JSON.stringify(
        [...byProfile].map(([id, tps]) => ({ id, tps: [...tps] })),
      )}::jsonb) as v(id uuid, tps jsonb)
      where p.workspace_id = ${workspaceId} and p.id = v.id
        -- Profiles that know the touchpoint already are not rewritten (no dead row, no WAL).
        and exists (select 1 from jsonb_array_elements_text(v.tps) t where not p.touchpoint_ids ? t)
    `.execute(trx);
  return [...done];
}
