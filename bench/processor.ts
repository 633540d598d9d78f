/**
 * The event processor's throughput and where a batch's time goes: `npx tsx bench/processor.ts`.
 *
 * Starts an embedded PostgreSQL in a temporary folder, generates BENCH_EVENTS events (default
 * 2,000,000, the dashboard benchmark's mix over two years) server-side, builds the aggregates of all but
 * the newest BENCH_PROCESSED (default 1,000,000) set-based, then sends those through `processEvents` in
 * batches of BENCH_BATCH (default: the processor's own) and prints events/s and the time per step.
 * Results: docs/benchmarks.md, "Event processor".
 */
import { chmod, mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { sql } from 'kysely';
import { createDb } from '../src/db/database';
import { startEmbeddedPostgres } from '../src/db/embedded';
import { migrateToLatest } from '../src/db/migrate';
import { DEFAULT_BATCH_SIZE, processEvents } from '../src/services/events/processor';
import type { StepTimings } from '../src/services/events/stepTimer';
import { createTouchpoint } from '../src/services/touchpoints';
import { benchWorkspace } from './support/benchWorkspace';
import { postgresCpuSeconds } from './support/cpu';
import { buildHistoryAggregates, generateEvents } from './support/generateEvents';

const TOTAL = Number(process.env.BENCH_EVENTS ?? 2_000_000);
const PROCESSED = Math.min(TOTAL, Number(process.env.BENCH_PROCESSED ?? 1_000_000));
const BATCH = Number(process.env.BENCH_BATCH ?? DEFAULT_BATCH_SIZE);
const TOUCHPOINTS = 20;

const log = (line: string) => console.log(`${new Date().toISOString().slice(11, 19)} ${line}`);
const load = () =>
  os
    .loadavg()
    .map((l) => l.toFixed(1))
    .join(' / ');

async function main() {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'touchpoint-bench-processor-'));
  await chmod(dir, 0o755);
  const pg = await startEmbeddedPostgres({ dataDir: dir, database: 'touchpoint_bench' });
  const db = createDb(pg.connectionString);
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
    for (let from = 1; from <= TOTAL; from += 1_000_000)
      await generateEvents(db, ctx.workspaceId, touchpoints, from, Math.min(TOTAL, from + 999_999), TOTAL);
    await sql`vacuum analyze events`.execute(db);
    const seqs = await sql<{ min: string; max: string }>`
      select min(seq)::text as min, max(seq)::text as max from events where workspace_id = ${ctx.workspaceId}
    `.execute(db);
    const firstSeq = Number(seqs.rows[0]?.min);
    const lastSeq = Number(seqs.rows[0]?.max);
    if (TOTAL > PROCESSED)
      await buildHistoryAggregates(db, ctx.workspaceId, firstSeq + TOTAL - PROCESSED - 1);
    await sql`analyze`.execute(db);
    log(`generated ${TOTAL.toLocaleString('en')} events; load average ${load()}`);

    const postmasterPid = Number(
      (await readFile(path.join(dir, 'pg', 'postmaster.pid'), 'utf8')).split('\n')[0],
    );
    const pg0 = await postgresCpuSeconds(postmasterPid);
    const node0 = process.cpuUsage();
    const timings: StepTimings = {};
    const batchMs: number[] = [];
    let processed = 0;
    const t0 = performance.now();
    for (;;) {
      const b0 = performance.now();
      const r = await processEvents(db, ctx.workspaceId, { batchSize: BATCH, upToSeq: lastSeq, timings });
      batchMs.push(performance.now() - b0);
      processed += r.processed;
      if (processed % 200_000 < BATCH && r.processed > 0) log(`processed ${processed.toLocaleString('en')}`);
      if (r.processed < BATCH) break;
    }
    const ms = performance.now() - t0;
    const pgCpu = (await postgresCpuSeconds(postmasterPid)) - pg0;
    const nodeUsage = process.cpuUsage(node0);
    const nodeCpu = (nodeUsage.user + nodeUsage.system) / 1e6;
    const perEvent = (s: number) => ((s * 1e6) / processed).toFixed(0);
    batchMs.sort((a, b) => a - b);
    const pct = (p: number) =>
      batchMs[Math.min(batchMs.length - 1, Math.ceil(p * batchMs.length) - 1)] ?? NaN;
    const accounted = Object.values(timings).reduce((a, b) => a + b, 0);
    console.log(
      [
        '',
        `${os.cpus().length} × ${os.cpus()[0]?.model ?? '?'}; ${new Date().toISOString().slice(0, 16)}Z; load average at the end ${load()}`,
        `processor: ${processed.toLocaleString('en')} events in ${(ms / 1000).toFixed(1)} s = ${Math.round(processed / (ms / 1000)).toLocaleString('en')} events/s (batches of ${BATCH}: p50 ${pct(0.5).toFixed(0)} ms, p95 ${pct(0.95).toFixed(0)} ms)`,
        `CPU per event: PostgreSQL ${perEvent(pgCpu)} µs, Node ${perEvent(nodeCpu)} µs (${pgCpu.toFixed(0)} s + ${nodeCpu.toFixed(0)} s); events per CPU second (one batch at a time, so Node and PostgreSQL take turns): ${Math.round(processed / (pgCpu + nodeCpu)).toLocaleString('en')}`,
        '',
        '| step | s | share |',
        '|---|---|---|',
        ...Object.entries(timings)
          .sort((a, b) => b[1] - a[1])
          .map(([name, t]) => `| ${name} | ${(t / 1000).toFixed(1)} | ${((100 * t) / ms).toFixed(0)} % |`),
        `| other (cursor, commit, JavaScript between steps) | ${((ms - accounted) / 1000).toFixed(1)} | ${((100 * (ms - accounted)) / ms).toFixed(0)} % |`,
      ].join('\n'),
    );
  } finally {
    await db.destroy();
    await pg.stop();
    await rm(dir, { recursive: true, force: true });
  }
}

await main();
