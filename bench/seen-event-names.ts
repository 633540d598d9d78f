/**
 * The "seen event names" query (`GET .../event-name-mappings/event-names`) at 1 million events:
 * `npx tsx bench/seen-event-names.ts`. Starts an embedded PostgreSQL, fills one workspace with 90 days
 * of events of which one in ten came through the Segment API (page views, identifies and 40 track
 * names), then runs `listSeenEventNames` 20 times with the partial index of migration 0019 and 20
 * times without it, and prints both plans. Results: docs/benchmarks.md, "Seen event names".
 *
 * BENCH_EVENTS (default 1,000,000) and BENCH_SEGMENT_PERCENT (default 10) change the sizes.
 */
import { chmod, mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { sql } from 'kysely';
import { createDb } from '../src/db/database';
import { startEmbeddedPostgres } from '../src/db/embedded';
import { migrateToLatest } from '../src/db/migrate';
import { listSeenEventNames } from '../src/services/events/eventNameMappings';
import { benchWorkspace } from './support/benchWorkspace';

const TOTAL = Number(process.env.BENCH_EVENTS ?? 1_000_000);
const SEGMENT_PERCENT = Number(process.env.BENCH_SEGMENT_PERCENT ?? 10);
const RUNS = 20;
const NOW = new Date('2026-12-07T12:00:00Z');
const DAYS = 90;

const log = (line: string) => console.log(`${new Date().toISOString().slice(11, 19)} ${line}`);

async function main() {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'touchpoint-bench-seen-'));
  await chmod(dir, 0o755);
  const pg = await startEmbeddedPostgres({ dataDir: dir, database: 'bench' });
  const db = createDb(pg.connectionString);
  try {
    await migrateToLatest(db);
    const { ctx } = await benchWorkspace(db, 'Seen event names');
    const step = (DAYS * 86_400) / TOTAL;
    const start = new Date(NOW.getTime() - DAYS * 86_400_000).toISOString();
    const t0 = performance.now();
    await sql`
      insert into events (workspace_id, event_id, type, name, occurred_at, anonymous_id, properties, source)
      select ${ctx.workspaceId}, 'b-' || i, t.type,
        case when t.type in ('page_view', 'identify') then null else 'Event ' || (i % 40) end,
        ${start}::timestamptz + make_interval(secs => i * ${step}::float8), 'v-' || (i % 100000),
        '{}'::jsonb, case when g.segment then 'segment' else 'tracker' end
      from generate_series(1, ${TOTAL}::bigint) as i
      cross join lateral (select (i * 37) % 100 < ${SEGMENT_PERCENT} as segment, (i * 13) % 10 as r) g
      cross join lateral (select case when g.r < 4 then 'page_view' when g.r < 5 then 'identify'
        when g.segment then 'custom' else 'conversion' end as type) t
    `.execute(db);
    await sql`analyze events`.execute(db);
    log(`${TOTAL} events written in ${Math.round(performance.now() - t0)} ms`);

    const measure = async (label: string) => {
      const times: number[] = [];
      let names = 0;
      for (let run = 0; run < RUNS; run++) {
        const t = performance.now();
        names = (await listSeenEventNames(ctx, NOW)).names.length;
        times.push(performance.now() - t);
      }
      times.sort((a, b) => a - b);
      const plan = await sql<{ 'QUERY PLAN': string }>`
        explain (analyze, buffers) select coalesce(properties->>'segment_event', name) as name, count(*), max(occurred_at)
        from events
        where workspace_id = ${ctx.workspaceId} and occurred_at >= ${new Date(NOW.getTime() - 30 * 86_400_000)}
          and source = 'segment' and (type not in ('page_view', 'identify') or properties ? 'segment_event')
          and coalesce(properties->>'segment_event', name) is not null
        group by 1 order by 2 desc, 1 limit 500
      `.execute(db);
      log(
        `${label}: ${names} names, median ${times[RUNS / 2]?.toFixed(1)} ms, p95 ${times[Math.floor(RUNS * 0.95)]?.toFixed(1)} ms`,
      );
      console.log(plan.rows.map((r) => `    ${r['QUERY PLAN']}`).join('\n'));
    };
    await measure('with events_segment_track_time');
    await sql`drop index events_segment_track_time`.execute(db);
    await measure('without it (events_time only)');
  } finally {
    await db.destroy();
    await pg.stop();
    await rm(dir, { recursive: true, force: true });
  }
}

main().catch((e: unknown) => {
  console.error(e);
  process.exitCode = 1;
});
