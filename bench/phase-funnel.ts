/**
 * The phase funnel on the demo workspace and on 1 million generated events: `npx tsx bench/phase-funnel.ts`.
 *
 * Starts an embedded PostgreSQL in a temporary folder, imports the Schmidt demo with its live data,
 * then fills a second workspace server-side (INSERT … SELECT generate_series): 100,000 profiles (seven
 * in ten at one of 5,000 companies) and BENCH_EVENTS events (default 1,000,000) over a year at 20
 * touchpoints spread over the six phases, marked processed with the journey summary rebuilt from them
 * (BENCH_FUNNEL_FROM_LOG=1 leaves them unprocessed, so the funnel reads the log as it did before the
 * summary). Each query runs 20 times after 3 warm-up runs.
 * Results: docs/benchmarks.md, "Phase funnel".
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
import type { PhaseFunnel, PhaseFunnelQuery } from '../src/contract/funnel';
import { getPhaseFunnel as funnelResult } from '../src/services/analytics/phaseFunnel';
import { listPhaseFunnelProfiles } from '../src/services/analytics/phaseFunnelProfiles';
import { rebuildJourneySummary } from '../src/services/events/journeySummary';
import type { WorkspaceContext } from '../src/services/context';
import { createTouchpoint } from '../src/services/touchpoints';
import { importWorkspaceDocument } from '../src/services/workspaceTransfer';
import { benchWorkspace } from './support/benchWorkspace';

async function getPhaseFunnel(ctx: WorkspaceContext, query: PhaseFunnelQuery): Promise<PhaseFunnel> {
  const funnel = await funnelResult(ctx, query);
  if (!funnel.ok) throw new Error(funnel.error.message);
  return funnel.value;
}

const TOTAL = Number(process.env.BENCH_EVENTS ?? 1_000_000);
const PROFILES = 100_000;
const TOUCHPOINTS = 20;
const RUNS = Number(process.env.BENCH_RUNS ?? 20);
const START = '2025-12-01T00:00:00Z';

const log = (line: string) => console.log(`${new Date().toISOString().slice(11, 19)} ${line}`);

async function measure(name: string, fn: () => Promise<unknown>) {
  for (let i = 0; i < 3; i++) await fn();
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
  const dir = await mkdtemp(path.join(os.tmpdir(), 'touchpoint-bench-funnel-'));
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
    const demoFunnel = await getPhaseFunnel(demo, {});
    log(`demo funnel, last 30 days: ${demoFunnel.profiles} profiles, ${demoFunnel.accounts} accounts`);
    await measure('demo, last 30 days', () => getPhaseFunnel(demo, {}));

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
    // A person's events move forward through the touchpoints (and so the phases) as the year goes on.
    await sql`insert into events (workspace_id, event_id, type, occurred_at, profile_id, touchpoint_id, channel,
        channel_class)
      select ${ws}, 'f-' || i, 'page_view',
        ${START}::timestamptz + make_interval(secs => i * (365 * 86400.0 / ${TOTAL})),
        md5('p' || ((i * 7919) % ${PROFILES}))::uuid,
        (${touchpoints}::uuid[])[1 + least(${TOUCHPOINTS - 1}, (i * ${TOUCHPOINTS} / ${TOTAL}) + (i % 3))::int],
        (array['search', 'paid_social', 'email'])[1 + (i % 3)::int],
        (array['earned', 'paid', 'owned'])[1 + (i % 3)::int]
      from generate_series(1::bigint, ${TOTAL}::bigint) i`.execute(db);
    await sql`analyze`.execute(db);
    log(`generated ${TOTAL} events in ${((performance.now() - t0) / 1000).toFixed(1)} s`);

    const year: PhaseFunnelQuery = { from: '2025-12-01', to: '2026-11-30' };
    // Not processed yet: the funnel reads them all from the log (as it did before the journey summary).
    const fromLog = await getPhaseFunnel(ctx, year);
    if (process.env.BENCH_FUNNEL_FROM_LOG !== '1') {
      // As if the processor had passed them: the cursor at the end and the summary rebuilt from the log.
      const t1 = performance.now();
      await db.transaction().execute(async (trx) => {
        await sql`insert into event_cursors (workspace_id, last_seq)
          select ${ws}, max(seq) from events where workspace_id = ${ws}`.execute(trx);
        await rebuildJourneySummary(trx, ws);
      });
      await sql`vacuum analyze profile_touchpoint_days`.execute(db);
      log(`journey summary built in ${((performance.now() - t1) / 1000).toFixed(1)} s`);
    }
    const whole = await getPhaseFunnel(ctx, year);
    if (JSON.stringify(whole) !== JSON.stringify(fromLog)) throw new Error('summary and log funnels differ');
    log(
      `1M, year: ${whole.profiles} profiles, ${whole.accounts} accounts, ${whole.phases.map((p) => p.profiles).join(' / ')}`,
    );
    await measure('1M events, 30 days', () => getPhaseFunnel(ctx, { from: '2026-06-01', to: '2026-06-30' }));
    await measure('1M events, whole year', () => getPhaseFunnel(ctx, year));
    await measure('1M events, whole year, channel class paid', () =>
      getPhaseFunnel(ctx, { ...year, channelClass: 'paid' }),
    );
    await measure('1M events, two half years compared', () =>
      getPhaseFunnel(ctx, {
        from: '2026-06-01',
        to: '2026-11-30',
        compareFrom: '2025-12-01',
        compareTo: '2026-05-31',
      }),
    );
    const first = phases[0]?.key ?? '';
    await measure('1M events, whole year, first 50 profiles of phase 1', () =>
      listPhaseFunnelProfiles(ctx, { ...year, phase: first, limit: 50 }),
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
