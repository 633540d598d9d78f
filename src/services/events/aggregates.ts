import { sql } from 'kysely';
import type { Db } from '../../db/database';
import { dayOf } from '../../core/webAnalytics';
import type { BatchEvent } from './batchEvent';
import { stepTimer, type StepTimer } from './stepTimer';
import { loadWebVisits, saveWebVisits } from './webSessions';

/** `daily_touchpoint_stats.touchpoint_key` of events no mapping rule assigned to a touchpoint. */
export const UNMAPPED = 'unmapped';

/** What resolving a batch's profiles found out, as the aggregates need it. */
export interface BatchProfiles {
  /** Each event's profile, in batch order; null for an event that names nobody. */
  profileIds: (string | null)[];
  /** Profiles created by this batch: none of their events has been processed before. */
  createdIds: ReadonlySet<string>;
  /** The cursor before the batch. */
  lastSeq: number;
}

/**
 * Adds one batch of events to the aggregates the dashboards read. Runs in the processor's
 * transaction, after the batch's events got their profiles and before they are marked processed.
 *
 * @example await updateAggregates(trx, workspaceId, events, { profileIds, createdIds, lastSeq: cursor })
 */
export async function updateAggregates(
  trx: Db,
  workspaceId: string,
  events: BatchEvent[],
  profiles: BatchProfiles,
  step: StepTimer = stepTimer(),
): Promise<void> {
  await step('touchpoint stats', () => updateTouchpointStats(trx, workspaceId, events, profiles));
  await step('channel stats', () => updateChannelStats(trx, workspaceId, events));
  await step('social replies', () => updateSocialReplies(trx, workspaceId, events));
  const web = await step('visits: load', () => loadWebVisits(trx, workspaceId, events));
  for (const e of events) web.apply(e);
  await step('visits: save', () => saveWebVisits(trx, workspaceId, web));
}

interface TouchpointDay {
  day: string;
  key: string;
  type: string;
  events: number;
  profiles: number;
  revenue: number;
}

/**
 * Events, distinct profiles and revenue per day, touchpoint and event type. A profile counts once per
 * day, touchpoint and type: it is new there unless an event of it processed before says otherwise
 * (one look-up per such combination on `events_profile`, so the cost follows the batch, not the log;
 * none for a profile this batch created, which has no processed events).
 */
async function updateTouchpointStats(
  trx: Db,
  workspaceId: string,
  events: BatchEvent[],
  { profileIds, createdIds, lastSeq }: BatchProfiles,
): Promise<void> {
  const groups = new Map<string, TouchpointDay>();
  const seen = new Map<string, { day: string; key: string; type: string; profile_id: string }>();
  const counted = new Set<string>();
  events.forEach((e, i) => {
    const day = dayOf(e.occurred_at);
    const key = e.touchpoint_id ?? UNMAPPED;
    const groupKey = `${day}\u0000${key}\u0000${e.type}`;
    const g = groups.get(groupKey) ?? { day, key, type: e.type, events: 0, profiles: 0, revenue: 0 };
    g.events += 1;
    if (e.revenue !== null) g.revenue = Math.round((g.revenue + e.revenue) * 100) / 100;
    groups.set(groupKey, g);
    const profileId = profileIds[i];
    const seenKey = `${groupKey}\u0000${profileId}`;
    if (!profileId || seen.has(seenKey) || counted.has(seenKey)) return;
    if (createdIds.has(profileId)) {
      counted.add(seenKey);
      g.profiles += 1;
    } else seen.set(seenKey, { day, key, type: e.type, profile_id: profileId });
  });
  if (seen.size) {
    const fresh = await sql<{ day: string; key: string; type: string }>`
      select t.day, t.key, t.type
      from jsonb_to_recordset(${JSON.stringify([...seen.values()])}::jsonb)
        as t(day date, key text, type text, profile_id uuid)
      where not exists (
        select 1 from events e
        where e.workspace_id = ${workspaceId} and e.profile_id = t.profile_id
          and e.occurred_at >= t.day::timestamp at time zone 'UTC'
          and e.occurred_at < (t.day + 1)::timestamp at time zone 'UTC'
          and e.seq <= ${lastSeq} and e.type = t.type and coalesce(e.touchpoint_id::text, ${UNMAPPED}) = t.key)
    `.execute(trx);
    for (const f of fresh.rows) {
      const g = groups.get(`${f.day}\u0000${f.key}\u0000${f.type}`);
      if (g) g.profiles += 1;
    }
  }
  if (groups.size === 0) return;
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
}

/** Events per day, channel, channel class and event type ('' for an event without channel). */
async function updateChannelStats(trx: Db, workspaceId: string, events: BatchEvent[]): Promise<void> {
  const groups = new Map<
    string,
    { day: string; channel: string; cls: string; type: string; events: number }
  >();
  for (const e of events) {
    const day = dayOf(e.occurred_at);
    const channel = e.channel ?? '';
    const cls = e.channel_class ?? '';
    const key = `${day}\u0000${channel}\u0000${cls}\u0000${e.type}`;
    const g = groups.get(key) ?? { day, channel, cls, type: e.type, events: 0 };
    g.events += 1;
    groups.set(key, g);
  }
  if (groups.size === 0) return;
  await sql`
    insert into daily_channel_stats (workspace_id, day, channel, channel_class, event_type, events)
    select ${workspaceId}, v.day, v.channel, v.cls, v.type, v.events
    from jsonb_to_recordset(${JSON.stringify([...groups.values()])}::jsonb)
      as v(day date, channel text, cls text, type text, events bigint)
    on conflict (workspace_id, day, channel, channel_class, event_type) do update set
      events = daily_channel_stats.events + excluded.events
  `.execute(trx);
}

/** The property of a `social_interaction` that names the event id of the interaction it answers. */
const IN_REPLY_TO = 'in_reply_to';

/**
 * Replies to social interactions, per day of the reply: how many, and the hours from each answered
 * interaction to its reply. The answered interaction is looked up by its event id (primary key), so
 * it counts when it was stored before the reply was processed; a reply earlier than its question
 * (clocks of different systems) is left out.
 */
async function updateSocialReplies(trx: Db, workspaceId: string, events: BatchEvent[]): Promise<void> {
  const replies = events.flatMap((e) => {
    const askedId = e.properties[IN_REPLY_TO];
    return e.type === 'social_interaction' && typeof askedId === 'string' && askedId
      ? [{ asked_id: askedId, at: e.occurred_at.toISOString() }]
      : [];
  });
  if (replies.length === 0) return;
  await sql`
    insert into daily_social_replies (workspace_id, day, replies, response_hours)
    select ${workspaceId}, (r.at at time zone 'UTC')::date, count(*),
      sum(extract(epoch from (r.at - asked.occurred_at)) / 3600)
    from jsonb_to_recordset(${JSON.stringify(replies)}::jsonb) as r(asked_id text, at timestamptz)
    join events asked on asked.workspace_id = ${workspaceId} and asked.event_id = r.asked_id
    where asked.occurred_at <= r.at
    group by 2
    on conflict (workspace_id, day) do update set
      replies = daily_social_replies.replies + excluded.replies,
      response_hours = daily_social_replies.response_hours + excluded.response_hours
  `.execute(trx);
}
