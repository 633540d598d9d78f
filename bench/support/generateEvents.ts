import { sql } from 'kysely';
import type { Db } from '../../src/db/database';

/** The generated log spans two years from START. */
export const DAYS = 730;
export const START = '2024-07-01T00:00:00Z';
/** Distinct browsers; consecutive groups of five events come from one visitor (one visit). */
const VISITORS = 400_000;

/**
 * Events `from`..`to` (1-based, in time order over two years): 85 % page views, 5 % conversions at
 * four conversion points, 3 % identify calls (a visitor's user id; every fifth user on two devices),
 * 3 % e-mail opens, 2 % orders with revenue, 1 % custom, 1 % social interactions (every other one a
 * reply to the one 100 events before); 1 in 25 events at no touchpoint. A visit's channel: 40 % direct,
 * 20 % search, 10 % each social, paid social, e-mail and referral.
 */
export async function generateEvents(
  db: Db,
  workspaceId: string,
  touchpoints: string[],
  from: number,
  to: number,
  total: number,
) {
  const step = (DAYS * 86_400) / total;
  await sql`
    insert into events (workspace_id, event_id, type, name, occurred_at, received_at, anonymous_id, user_id,
      touchpoint_id, channel, channel_class, url, properties, revenue, source)
    select ${workspaceId}, 'b-' || i, t.type,
      case t.type when 'conversion' then (array['Kontaktformular', 'Whitepaper', 'Newsletter', 'Rückruf'])[1 + ((i / 7) % 4)::int]
        when 'custom' then 'video_play' else null end,
      ts, ts, 'v-' || v, case when t.type in ('identify', 'order') then 'u-' || (v % 320000) else null end,
      case when i % 25 = 0 then null else (${touchpoints}::uuid[])[1 + (i % ${touchpoints.length})::int] end,
      c.channel, c.channel_class, 'https://www.schmidt-drehteile.de/produkte/' || (i % 50),
      case when t.type = 'identify' then jsonb_build_object('email', 'kunde' || (v % 320000) || '@example.com',
        'name', 'Kunde ' || (v % 320000))
        when t.type = 'social_interaction' and (i / 100) % 2 = 1 then jsonb_build_object('in_reply_to', 'b-' || (i - 100))
        else '{}'::jsonb end,
      case when t.type = 'order' then round((100 + (i % 900))::numeric, 2) else null end,
      'api'
    from generate_series(${from}::bigint, ${to}::bigint) as i
    cross join lateral (select
      ${START}::timestamptz + make_interval(secs => i * ${step}::float8) as ts,
      ((i / 5) * 7919) % ${VISITORS} as v,
      (i * 37) % 100 as r) g
    cross join lateral (select case
      when g.r < 85 then 'page_view' when g.r < 90 then 'conversion' when g.r < 93 then 'identify'
      when g.r < 96 then 'email_open' when g.r < 98 then 'order' when g.r < 99 then 'custom'
      else 'social_interaction' end as type) t
    cross join lateral (select
      (array['direct', 'direct', 'direct', 'direct', 'search', 'search', 'social', 'paid_social', 'email', 'referral'])[1 + ((i / 5) % 10)::int] as channel,
      (array['owned', 'owned', 'owned', 'owned', 'earned', 'earned', 'earned', 'paid', 'owned', 'earned'])[1 + ((i / 5) % 10)::int] as channel_class) c
  `.execute(db);
}

/**
 * The history's aggregates, set-based, by the processor's definitions: visits of page views 30
 * minutes apart per visitor, counted on their first day; bounces; daily unique visitors; new = first
 * visit ever that day; conversions per point; events, profiles (visitors stand in) and revenue per
 * touchpoint and type. Then the cursor moves past the history.
 */
export async function buildHistoryAggregates(db: Db, ws: string, upToSeq: number) {
  await sql`
    insert into web_sessions (workspace_id, session_id, visitor_id, day, started_at, last_event_at, page_views,
      is_new_visitor, channel_class, converted)
    select ${ws}, 'auto:' || visitor_id || ':' || (extract(epoch from min(occurred_at)) * 1000)::bigint, visitor_id,
      (min(occurred_at) at time zone 'UTC')::date, min(occurred_at), max(occurred_at), count(*), bool_and(n = 1),
      'owned', false
    from (
      select visitor_id, occurred_at, sum(starts) over (partition by visitor_id order by occurred_at, seq) as n
      from (
        select anonymous_id as visitor_id, occurred_at, seq,
          case when lag(occurred_at) over w is null or occurred_at - lag(occurred_at) over w > interval '30 minutes'
            then 1 else 0 end as starts
        from events where workspace_id = ${ws} and seq <= ${upToSeq} and type = 'page_view'
        window w as (partition by anonymous_id order by occurred_at, seq)) s) numbered
    group by visitor_id, n
  `.execute(db);
  await sql`
    insert into daily_visitors (workspace_id, day, visitor_id)
    select distinct ${ws}::uuid, (occurred_at at time zone 'UTC')::date, anonymous_id
    from events where workspace_id = ${ws} and seq <= ${upToSeq} and type = 'page_view'
  `.execute(db);
  await sql`
    insert into daily_web_stats (workspace_id, day, page_views, visits, bounced_visits, unique_visitors,
      new_visitors, returning_visitors, conversions)
    select ${ws}, d.day, coalesce(pv.n, 0), coalesce(v.visits, 0), coalesce(v.bounced, 0), coalesce(u.n, 0),
      coalesce(nv.n, 0), coalesce(u.n, 0) - coalesce(nv.n, 0), coalesce(c.n, 0)
    from (select distinct (occurred_at at time zone 'UTC')::date as day from events
          where workspace_id = ${ws} and seq <= ${upToSeq}) d
    left join (select (occurred_at at time zone 'UTC')::date as day, count(*) as n from events
          where workspace_id = ${ws} and seq <= ${upToSeq} and type = 'page_view' group by 1) pv using (day)
    left join (select day, count(*) as visits, count(*) filter (where page_views = 1) as bounced from web_sessions
          where workspace_id = ${ws} group by day) v using (day)
    left join (select day, count(*) as n from daily_visitors where workspace_id = ${ws} group by day) u using (day)
    left join (select day, count(*) as n from web_sessions where workspace_id = ${ws} and is_new_visitor
          group by day) nv using (day)
    left join (select (occurred_at at time zone 'UTC')::date as day, count(*) as n from events
          where workspace_id = ${ws} and seq <= ${upToSeq} and type = 'conversion' group by 1) c using (day)
  `.execute(db);
  await sql`
    insert into daily_conversion_stats (workspace_id, day, conversion_point, conversions)
    select ${ws}, (occurred_at at time zone 'UTC')::date, name, count(*)
    from events where workspace_id = ${ws} and seq <= ${upToSeq} and type = 'conversion' group by 2, 3
  `.execute(db);
  await sql`
    insert into daily_touchpoint_stats (workspace_id, day, touchpoint_key, event_type, events, profiles, revenue)
    select ${ws}, (occurred_at at time zone 'UTC')::date, coalesce(touchpoint_id::text, 'unmapped'), type, count(*),
      count(distinct anonymous_id), coalesce(sum(revenue), 0)
    from events where workspace_id = ${ws} and seq <= ${upToSeq} group by 2, 3, 4
  `.execute(db);
  await sql`
    insert into daily_channel_stats (workspace_id, day, channel, channel_class, event_type, events)
    select ${ws}, (occurred_at at time zone 'UTC')::date, coalesce(channel, ''), coalesce(channel_class, ''), type,
      count(*)
    from events where workspace_id = ${ws} and seq <= ${upToSeq} group by 2, 3, 4, 5
  `.execute(db);
  await sql`
    insert into daily_social_replies (workspace_id, day, replies, response_hours)
    select ${ws}, (reply.occurred_at at time zone 'UTC')::date, count(*),
      sum(extract(epoch from (reply.occurred_at - asked.occurred_at)) / 3600)
    from events reply
    join events asked on asked.workspace_id = reply.workspace_id and asked.event_id = reply.properties->>'in_reply_to'
    where reply.workspace_id = ${ws} and reply.seq <= ${upToSeq} and reply.type = 'social_interaction'
      and asked.occurred_at <= reply.occurred_at
    group by 2
  `.execute(db);
  await db.insertInto('event_cursors').values({ workspace_id: ws, last_seq: upToSeq }).execute();
}
