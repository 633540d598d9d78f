/**
 * Customer value and new vs returning visitors on the demo workspace and on generated data:
 * `npx tsx bench/customer-value.ts`.
 *
 * Starts an embedded PostgreSQL in a temporary folder, imports the Schmidt demo with its live data,
 * then fills a second workspace server-side (INSERT … SELECT generate_series): 200,000 profiles (seven
 * in ten at one of 5,000 companies) and BENCH_EVENTS events (default 1,000,000) over a year: one in
 * twenty an order with revenue (of 40,000 customers), the rest page views of 150,000 visitors at 20
 * touchpoints over the six phases. The visit summaries (`web_sessions`, `daily_visitors`) are derived
 * from those page views in SQL, one visit per visitor and day, as the processor would keep them.
 * Each query runs 10 times after 2 warm-up runs. BENCH_EXPLAIN=1 prints the plans of the demo's
 * queries. Results: docs/benchmarks.md, "Customer value and new vs returning visitors".
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
import { getCustomerValue } from '../src/services/analytics/customerValue';
import { listCustomerValueProfiles } from '../src/services/analytics/customerValueProfiles';
import { getNewVsReturning } from '../src/services/analytics/newVsReturning';
import type { WorkspaceContext } from '../src/services/context';
import { createTouchpoint } from '../src/services/touchpoints';
import { importWorkspaceDocument } from '../src/services/workspaceTransfer';
import { benchWorkspace } from './support/benchWorkspace';

const TOTAL = Number(process.env.BENCH_EVENTS ?? 1_000_000);
const PROFILES = 200_000;
const CUSTOMERS = 40_000;
const VISITORS = 150_000;
const TOUCHPOINTS = 20;
const RUNS = 10;
const START = '2025-12-01T00:00:00Z';

const log = (line: string) => console.log(`${new Date().toISOString().slice(11, 19)} ${line}`);

async function measure(name: string, fn: () => Promise<unknown>) {
  for (let i = 0; i < 2; i++) await fn();
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const t0 = performance.now();
    await fn();
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  const at = (p: number) => times[Math.min(times.length - 1, Math.ceil(p * times.length) - 1)] ?? NaN;
  log(`${name}: p50 ${at(0.5).toFixed(1)} ms, p95 ${at(0.95).toFixed(1)} ms`);
}

async function main() {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'touchpoint-bench-value-'));
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
    log(`demo: ${live.events} events`);
    const t1 = performance.now();
    const demoValue = await getCustomerValue(demo, {});
    log(
      `demo customer value (first run ${(performance.now() - t1).toFixed(0)} ms): ${demoValue.customers} customers, ` +
        `${demoValue.orders} orders, ${demoValue.revenue} EUR, CLV ${demoValue.clv.value} (${demoValue.clv.inputs.lifetimeSource})`,
    );
    const t2 = performance.now();
    const demoVisitors = await getNewVsReturning(demo, {});
    log(
      `demo visitors (first run ${(performance.now() - t2).toFixed(0)} ms): ${demoVisitors.visitors} visitors, ` +
        `${demoVisitors.newVisitors} new`,
    );
    await measure('demo, customer value, last 30 days', () => getCustomerValue(demo, {}));
    await measure('demo, new vs returning, last 30 days', () => getNewVsReturning(demo, {}));

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
    await sql`insert into companies (workspace_id, id, name)
      select ${ws}, md5('c' || n)::uuid, 'Firma ' || n from generate_series(1, 5000) n`.execute(db);
    await sql`insert into profiles (workspace_id, id, name, company_id)
      select ${ws}, md5('p' || n)::uuid, 'Kunde ' || n,
        case when n % 10 < 7 then md5('c' || (1 + n % 5000))::uuid else null end
      from generate_series(0, ${PROFILES - 1}) n`.execute(db);
    await sql`insert into events (workspace_id, event_id, type, occurred_at, anonymous_id, profile_id, touchpoint_id,
        channel, channel_class, revenue)
      select ${ws}, 'g-' || i, case when i % 20 = 0 then 'order' else 'page_view' end,
        ${START}::timestamptz + make_interval(secs => i * (365 * 86400.0 / ${TOTAL})),
        case when i % 20 = 0 then null else 'v' || ((i * 7919) % ${VISITORS}) end,
        case when i % 20 = 0 then md5('p' || ((i * 104729) % ${CUSTOMERS}))::uuid else null end,
        (${touchpoints}::uuid[])[1 + (i % ${TOUCHPOINTS})::int],
        (array['search', 'paid_social', 'email'])[1 + (i % 3)::int],
        (array['earned', 'paid', 'owned'])[1 + (i % 3)::int],
        case when i % 20 = 0 then 100 + (i % 97) * 10 else null end
      from generate_series(1::bigint, ${TOTAL}::bigint) i`.execute(db);
    await sql`insert into daily_visitors (workspace_id, day, visitor_id)
      select distinct workspace_id, (occurred_at at time zone 'UTC')::date, anonymous_id
      from events where workspace_id = ${ws} and type = 'page_view'`.execute(db);
    await sql`insert into web_sessions (workspace_id, session_id, visitor_id, day, started_at, last_event_at,
        page_views, is_new_visitor)
      select ${ws}, visitor_id || ':' || day, visitor_id, day, day::timestamptz, day::timestamptz, 1,
        day = min(day) over (partition by visitor_id)
      from daily_visitors where workspace_id = ${ws}`.execute(db);
    await sql`analyze`.execute(db);
    log(`generated ${TOTAL} events in ${((performance.now() - t0) / 1000).toFixed(1)} s`);

    const year = { from: '2025-12-01', to: '2026-11-30' };
    const month = { from: '2026-06-01', to: '2026-06-30' };
    const value = await getCustomerValue(ctx, year);
    log(
      `generated, year: ${value.customers} customers, ${value.orders} orders, ${value.accounts} accounts, ` +
        `A ${value.abc.classes[0]?.customers}, CLV ${value.clv.value} (${value.clv.inputs.lifetimeSource})`,
    );
    const visitors = await getNewVsReturning(ctx, month);
    log(`generated, June: ${visitors.visitors} visitors, ${visitors.newVisitors} new`);
    await measure('generated, customer value, 30 days', () => getCustomerValue(ctx, month));
    await measure('generated, customer value, whole year compared with June', () =>
      getCustomerValue(ctx, { ...year, compareFrom: month.from, compareTo: month.to }),
    );
    await measure('generated, customers of class A, first page', () =>
      listCustomerValueProfiles(ctx, { ...year, abc: 'A', limit: 50 }),
    );
    await measure('generated, new vs returning, 30 days by day', () => getNewVsReturning(ctx, month));
    await measure('generated, new vs returning, 30 days by week, channel class paid', () =>
      getNewVsReturning(ctx, { ...month, interval: 'week', channelClass: 'paid' }),
    );
    await measure('generated, new vs returning, whole year by week', () =>
      getNewVsReturning(ctx, { ...year, interval: 'week' }),
    );
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
