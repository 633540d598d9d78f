/**
 * Moments that matter and the map's live layer on the demo and on 1 million generated events:
 * `npx tsx bench/moments.ts`.
 *
 * Starts an embedded PostgreSQL in a temporary folder, imports the Schmidt demo with its live data,
 * then fills a second workspace server-side (INSERT … SELECT generate_series): 100,000 profiles and
 * BENCH_EVENTS events (default 1,000,000) over a year at 20 touchpoints in six phases, as journeys
 * of ten events each, every third ending in an order, and the daily touchpoint summary the processor
 * would keep for them. Each query runs RUNS times (default 5) after one warm-up run.
 * Results: docs/benchmarks.md, "Moments that matter".
 */
import { chmod, mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { sql } from 'kysely';
import { createDb } from '../src/db/database';
import { startEmbeddedPostgres } from '../src/db/embedded';
import { migrateToLatest } from '../src/db/migrate';
import { schmidtDemoDocument } from '../src/demo/schmidtDemo';
import { loadDemoLiveData } from '../src/demo/schmidtLiveData';
import { getMapLive } from '../src/services/analytics/mapLive';
import { getMoments } from '../src/services/analytics/moments';
import { listMomentProfiles } from '../src/services/analytics/momentsProfiles';
import type { WorkspaceContext } from '../src/services/context';
import { createTouchpoint } from '../src/services/touchpoints';
import { importWorkspaceDocument } from '../src/services/workspaceTransfer';
import { benchWorkspace } from './support/benchWorkspace';

const TOTAL = Number(process.env.BENCH_EVENTS ?? 1_000_000);
const PROFILES = 100_000;
const TOUCHPOINTS = 20;
const RUNS = Number(process.env.RUNS ?? 5);
const START = '2025-12-01T00:00:00Z';

const log = (line: string) => console.log(`${new Date().toISOString().slice(11, 19)} ${line}`);

async function measure(name: string, fn: () => Promise<unknown>) {
  await fn();
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const t0 = performance.now();
    await fn();
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  const at = (p: number) => times[Math.min(times.length - 1, Math.ceil(p * times.length) - 1)] ?? NaN;
  log(
    `${name}: p50 ${at(0.5).toFixed(1)} ms, max ${at(1).toFixed(1)} ms (load ${os.loadavg()[0]?.toFixed(1)})`,
  );
}

async function main() {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'touchpoint-bench-moments-'));
  await chmod(dir, 0o755);
  const pg = await startEmbeddedPostgres({ dataDir: dir, database: 'touchpoint_bench' });
  const db = createDb(pg.connectionString);
  try {
    await migrateToLatest(db);
    const { ctx, phases } = await benchWorkspace(db, 'Bench');
    const imported = await importWorkspaceDocument(db, schmidtDemoDocument, {
      ownerUserId: ctx.actor.userId ?? '',
    });
    if (!imported.ok) throw new Error(imported.error.message);
    const demo: WorkspaceContext = { ...ctx, workspaceId: imported.value.workspaceId };
    const live = await loadDemoLiveData(db, demo.workspaceId);
    const demoMoments = await getMoments(demo, { minJourneys: 30, ratingBelow: 3 });
    log(`demo: ${live.events} events, ${demoMoments.journeys} journeys in the last 30 days`);
    await measure('demo, moments, last 30 days', () => getMoments(demo, { minJourneys: 30, ratingBelow: 3 }));
    await measure('demo, map live layer, last 30 days', () => getMapLive(demo, {}));

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
    const ws = ctx.workspaceId;
    const t0 = performance.now();
    await sql`insert into profiles (workspace_id, id, name)
      select ${ws}, md5('p' || n)::uuid, 'Kunde ' || n from generate_series(0, ${PROFILES - 1}) n`.execute(
      db,
    );
    await sql`insert into events (workspace_id, event_id, type, occurred_at, profile_id, touchpoint_id, channel,
        channel_class)
      select ${ws}, 'm-' || i,
        case when i % 10 = 9 and (i / 10) % 3 = 0 then 'order' else 'page_view' end,
        ${START}::timestamptz + make_interval(secs => i * (365 * 86400.0 / ${TOTAL})),
        md5('p' || ((i / 10) % ${PROFILES}))::uuid,
        (${touchpoints}::uuid[])[1 + ((i * 31 + i / 1000) % ${TOUCHPOINTS})::int],
        (array['search', 'paid_social', 'email'])[1 + (i % 3)::int],
        (array['earned', 'paid', 'owned'])[1 + (i % 3)::int]
      from generate_series(1::bigint, ${TOTAL}::bigint) i`.execute(db);
    await sql`insert into daily_touchpoint_stats (workspace_id, day, touchpoint_key, event_type, events, profiles, revenue)
      select workspace_id, (occurred_at at time zone 'UTC')::date, touchpoint_id::text, type, count(*),
        count(distinct profile_id), 0
      from events where workspace_id = ${ws} group by 1, 2, 3, 4`.execute(db);
    await sql`analyze`.execute(db);
    log(`generated ${TOTAL} events in ${((performance.now() - t0) / 1000).toFixed(1)} s`);

    const month = { from: '2026-06-01', to: '2026-06-30' };
    const year = { from: '2025-12-01', to: '2026-11-30' };
    const m = await getMoments(ctx, { ...month, minJourneys: 30, ratingBelow: 3 });
    log(`1M, 30 days: ${m.journeys} journeys, ${m.conversions} converted`);
    const y = await getMoments(ctx, { ...year, minJourneys: 30, ratingBelow: 3 });
    log(`1M, year: ${y.journeys} journeys, ${y.conversions} converted`);
    await measure('1M events, moments, 30 days', () =>
      getMoments(ctx, { ...month, minJourneys: 30, ratingBelow: 3 }),
    );
    await measure('1M events, moments, whole year', () =>
      getMoments(ctx, { ...year, minJourneys: 30, ratingBelow: 3 }),
    );
    await measure('1M events, moments, 30 days, first 50 people behind a figure', () =>
      listMomentProfiles(ctx, { ...month, touchpoint: touchpoints[0] ?? '', group: 'with', limit: 50 }),
    );
    await measure('1M events, map live layer, 30 days', () => getMapLive(ctx, month));
    await measure('1M events, map live layer, whole year', () => getMapLive(ctx, year));
  } finally {
    await db.destroy();
    await pg.stop();
    await rm(dir, { recursive: true, force: true });
  }
}

void main().catch((e: unknown) => {
  console.error(e);
  process.exitCode = 1;
});
