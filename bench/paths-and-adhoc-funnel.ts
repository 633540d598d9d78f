/**
 * Paths and a 4-step ad-hoc funnel on 1 million generated events, beside a plain PostgreSQL scan of the
 * same rows: `npx tsx bench/paths-and-adhoc-funnel.ts`.
 *
 * Starts an embedded PostgreSQL in a temporary folder and fills a workspace server-side (INSERT … SELECT
 * generate_series): 100,000 profiles and BENCH_EVENTS events (default 1,000,000) over a year at 20
 * touchpoints, every tenth a tracked `quote_requested` with an `amount`. Each query runs BENCH_RUNS times
 * (default 5) after one warm-up run. Results: docs/benchmarks.md, "Paths and ad-hoc funnels".
 */
import { chmod, mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { sql } from 'kysely';
import { createDb } from '../src/db/database';
import { startEmbeddedPostgres } from '../src/db/embedded';
import { migrateToLatest } from '../src/db/migrate';
import { runAdhocFunnel } from '../src/services/analytics/adhocFunnel';
import { getPaths } from '../src/services/analytics/paths';
import { createTouchpoint } from '../src/services/touchpoints';
import { benchWorkspace } from './support/benchWorkspace';

const TOTAL = Number(process.env.BENCH_EVENTS ?? 1_000_000);
const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const PROFILES = 100_000;
const TOUCHPOINTS = 20;
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
  log(`${name}: p50 ${at(0.5).toFixed(0)} ms, max ${at(1).toFixed(0)} ms`);
}

async function main() {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'touchpoint-bench-paths-'));
  await chmod(dir, 0o755);
  const pg = await startEmbeddedPostgres({ dataDir: dir, database: 'touchpoint_bench' });
  const db = createDb(pg.connectionString);
  try {
    await migrateToLatest(db);
    const { ctx } = await benchWorkspace(db, 'Bench');
    const touchpoints: string[] = [];
    for (let i = 0; i < TOUCHPOINTS; i++) {
      const tp = await createTouchpoint(ctx, { name: `Touchpoint ${i + 1}` });
      if (!tp.ok) throw new Error(tp.error.message);
      touchpoints.push(tp.value.id);
    }
    const ws = ctx.workspaceId;
    const t0 = performance.now();
    await sql`insert into profiles (workspace_id, id, name)
      select ${ws}, md5('p' || n)::uuid, 'Kunde ' || n from generate_series(0, ${PROFILES - 1}) n`.execute(
      db,
    );
    await sql`insert into events (workspace_id, event_id, type, name, occurred_at, profile_id, touchpoint_id,
        channel, properties)
      select ${ws}, 'f-' || i, case when i % 10 = 0 then 'track' else 'page_view' end,
        case when i % 10 = 0 then 'quote_requested' end,
        ${START}::timestamptz + make_interval(secs => i * (365 * 86400.0 / ${TOTAL})),
        md5('p' || ((i * 7919) % ${PROFILES}))::uuid,
        (${touchpoints}::uuid[])[1 + ((i * 31 + (i / 7)) % ${TOUCHPOINTS})::int],
        (array['search', 'paid_social', 'email'])[1 + (i % 3)::int],
        case when i % 10 = 0 then jsonb_build_object('amount', i % 1000) else '{}'::jsonb end
      from generate_series(1::bigint, ${TOTAL}::bigint) i`.execute(db);
    await sql`analyze`.execute(db);
    log(`generated ${TOTAL} events in ${((performance.now() - t0) / 1000).toFixed(1)} s`);

    const year = { from: '2025-12-01', to: '2026-11-30' };
    const month = { from: '2026-06-01', to: '2026-06-30' };
    const [a = '', b = '', c = ''] = touchpoints;
    const paths = await getPaths(ctx, { start: a, depth: 5, collapse: 'true', top: 10, ...year });
    if (!paths.ok) throw new Error(paths.error.message);
    log(`paths from touchpoint 1, year: ${paths.value.profiles} profiles, ${paths.value.nodes.length} nodes`);
    const steps = [
      { touchpointId: a },
      { touchpointId: b },
      { touchpointId: c },
      { eventName: 'quote_requested', conditions: [{ key: 'amount', op: 'gte' as const, value: 500 }] },
    ];
    const funnel = await runAdhocFunnel(ctx, { steps, order: 'loose', windowSeconds: 30 * 86_400, ...year });
    if (!funnel.ok) throw new Error(funnel.error.message);
    log(`4-step funnel, year: ${funnel.value.steps.map((s) => s.profiles).join(' / ')}`);

    const plainScan = (period: { from: string; to: string }) =>
      sql`select profile_id, touchpoint_id from events
        where workspace_id = ${ws}::uuid and occurred_at >= ${period.from}::date and occurred_at < ${period.to}::date + 1
          and profile_id is not null
        order by profile_id, occurred_at, seq`.execute(db);
    await measure('plain scan ordered by profile and time, 1M events, year', () => plainScan(year));
    await measure('plain scan, 30 days', () => plainScan(month));
    await measure('paths from a start, depth 5, collapsed, year', () =>
      getPaths(ctx, { start: a, depth: 5, collapse: 'true', top: 10, ...year }),
    );
    await measure('paths to an end, depth 5, year', () =>
      getPaths(ctx, { end: c, depth: 5, collapse: 'false', top: 10, ...year }),
    );
    await measure('paths from a start, 30 days', () =>
      getPaths(ctx, { start: a, depth: 5, collapse: 'true', top: 10, ...month }),
    );
    await measure('4-step funnel, loose, year', () =>
      runAdhocFunnel(ctx, { steps, order: 'loose', windowSeconds: 30 * 86_400, ...year }),
    );
    await measure('4-step funnel, strict, year', () =>
      runAdhocFunnel(ctx, { steps, order: 'strict', windowSeconds: 30 * 86_400, ...year }),
    );
    await measure('4-step funnel, loose, 30 days', () =>
      runAdhocFunnel(ctx, { steps, order: 'loose', windowSeconds: 30 * 86_400, ...month }),
    );
    log(
      `load average ${os
        .loadavg()
        .map((l) => l.toFixed(1))
        .join(' ')}`,
    );
  } finally {
    await db.destroy();
    await pg.stop();
    await rm(dir, { recursive: true, force: true });
  }
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
