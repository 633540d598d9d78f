/**
 * How long an event takes from being accepted to being visible in the analyses, at a steady rate:
 * `npx tsx bench/processor-lag.ts`.
 *
 * Starts an embedded PostgreSQL, one workspace with 20 touchpoints, and the event processor as
 * `touchpoint serve` runs it (woken by ingestion, polling every 2 s). Then ingests BENCH_RATE events per
 * second (default 10,000) through the ingest service (validation, channel, mapping, the idempotent
 * insert: what `POST /api/v1/collect` does after parsing) for BENCH_SECONDS (default 60), in ticks of
 * 100 ms: page views by a pool of 20,000 browsers, every 20th event an identify that names the person.
 * Every 50 ms it reads the processor's cursor; an event's lag is from its ingest call returning (it is
 * committed) to the first reading that shows the cursor past it. Results: docs/benchmarks.md.
 */
import { chmod, mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { sql } from 'kysely';
import { createDb } from '../src/db/database';
import { startEmbeddedPostgres } from '../src/db/embedded';
import { migrateToLatest } from '../src/db/migrate';
import { ingestEvents } from '../src/services/events/ingest';
import { startEventProcessor } from '../src/services/events/processor';
import { createTouchpoint } from '../src/services/touchpoints';
import { benchWorkspace } from './support/benchWorkspace';

const RATE = Number(process.env.BENCH_RATE ?? 10_000);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 60);
const TICK_MS = 100;
const BROWSERS = 20_000;

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const load = () =>
  os
    .loadavg()
    .map((l) => l.toFixed(1))
    .join(' / ');

async function main() {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'touchpoint-bench-lag-'));
  await chmod(dir, 0o755);
  const pg = await startEmbeddedPostgres({ dataDir: dir, database: 'touchpoint_bench' });
  const db = createDb(pg.connectionString);
  try {
    await migrateToLatest(db);
    const { ctx, phases } = await benchWorkspace(db, 'Bench');
    const touchpoints: string[] = [];
    for (let i = 0; i < 20; i++) {
      const phase = phases[i % phases.length];
      const tp = await createTouchpoint(ctx, { name: `Seite ${i + 1}`, phaseIds: phase ? [phase.id] : [] });
      if (!tp.ok) throw new Error(tp.error.message);
      touchpoints.push(tp.value.id);
    }
    const processor = startEventProcessor(db, { workspaceIds: [ctx.workspaceId] });
    const perTick = Math.round((RATE * TICK_MS) / 1000);
    /** Per tick: the highest seq it wrote and when its ingest call returned. */
    const acked: { seq: number; at: number; events: number }[] = [];
    const lags: number[] = [];
    let n = 0;
    let polling = true;
    const poller = (async () => {
      let next = 0;
      while (polling || next < acked.length) {
        const row = await db
          .selectFrom('event_cursors')
          .select('last_seq')
          .where('workspace_id', '=', ctx.workspaceId)
          .executeTakeFirst();
        const now = performance.now();
        const cursor = Number(row?.last_seq ?? 0);
        while (next < acked.length && (acked[next]?.seq ?? Infinity) <= cursor) {
          const a = acked[next];
          if (a) for (let i = 0; i < a.events; i++) lags.push(now - a.at);
          next++;
        }
        await sleep(50);
      }
    })();
    console.log(`ingesting ${RATE.toLocaleString('en')} events/s for ${SECONDS} s; load average ${load()}`);
    const start = performance.now();
    let behind = 0;
    for (let tick = 0; tick < (SECONDS * 1000) / TICK_MS; tick++) {
      const due = start + tick * TICK_MS;
      const wait = due - performance.now();
      if (wait > 0) await sleep(wait);
      else behind++;
      const events = Array.from({ length: perTick }, () => {
        n++;
        const browser = `b-${(n * 7919) % BROWSERS}`;
        return n % 20 === 0
          ? { eventId: `e-${n}`, type: 'identify', anonymousId: browser, userId: `u-${n % 5000}` }
          : {
              eventId: `e-${n}`,
              type: 'page_view',
              anonymousId: browser,
              touchpointId: touchpoints[n % touchpoints.length],
              url: `https://www.example.com/seite/${n % 50}`,
            };
      });
      const result = await ingestEvents(db, ctx.workspaceId, events, { source: 'api' });
      if (result.rejected.length) throw new Error(JSON.stringify(result.rejected[0]));
      const top = await sql<{ seq: string }>`
        select max(seq)::text as seq from events where workspace_id = ${ctx.workspaceId}
      `.execute(db);
      acked.push({ seq: Number(top.rows[0]?.seq ?? 0), at: performance.now(), events: perTick });
    }
    const sent = performance.now() - start;
    polling = false;
    await poller;
    await processor.stop();
    lags.sort((a, b) => a - b);
    const pct = (p: number) => lags[Math.min(lags.length - 1, Math.ceil(p * lags.length) - 1)] ?? NaN;
    console.log(
      [
        `${os.cpus().length} × ${os.cpus()[0]?.model ?? '?'}; ${new Date().toISOString().slice(0, 16)}Z; load average at the end ${load()}`,
        `sent ${n.toLocaleString('en')} events in ${(sent / 1000).toFixed(1)} s (${Math.round(n / (sent / 1000)).toLocaleString('en')}/s; ${behind} of ${acked.length} ticks started late)`,
        `accepted -> visible (processor cursor past the event): p50 ${(pct(0.5) / 1000).toFixed(2)} s, p95 ${(pct(0.95) / 1000).toFixed(2)} s, max ${(pct(1) / 1000).toFixed(2)} s over ${lags.length.toLocaleString('en')} events`,
      ].join('\n'),
    );
  } finally {
    await db.destroy();
    await pg.stop();
    await rm(dir, { recursive: true, force: true });
  }
}

await main();
