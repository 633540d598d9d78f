/**
 * Lead scoring under load: `npx tsx bench/lead-scoring.ts`.
 *
 * Starts an embedded PostgreSQL in a temporary folder, a workspace with ten scoring rules (fit and
 * engagement, with decay and caps), the event processor and the scoring consumer, as `touchpoint
 * serve` runs them. Then writes events at 5,000 per second (batches of 500 every 100 ms, through
 * `ingestEvents` as the collector does) from 20,000 people for BENCH_SECONDS (30) seconds, and
 * measures for every batch the time from its commit to the moment the scoring consumer's cursor has
 * passed it: every profile the batch touched has been rescored by then. Results: docs/benchmarks.md,
 * "Lead scoring".
 */
import { randomUUID } from 'node:crypto';
import { chmod, mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { scoringRuleInputSchema } from '../src/contract/scoring';
import { createDb } from '../src/db/database';
import { startEmbeddedPostgres } from '../src/db/embedded';
import { migrateToLatest } from '../src/db/migrate';
import { ingestEvents } from '../src/services/events/ingest';
import { startEventProcessor } from '../src/services/events/processor';
import { startScoringConsumer } from '../src/services/scoring/scoringConsumer';
import { createScoringRule } from '../src/services/scoring/scoringRules';
import { benchWorkspace } from './support/benchWorkspace';

const SECONDS = Number(process.env.BENCH_SECONDS ?? 30);
const RATE = Number(process.env.BENCH_RATE ?? 5000);
const PEOPLE = 20_000;
const BATCH = RATE / 10;
const log = (line: string) => console.log(line);

const RULES = [
  {
    kind: 'fit',
    name: 'IT',
    points: 10,
    conditions: [{ field: 'industry', operator: 'one_of', value: ['it', 'software'] }],
  },
  {
    kind: 'fit',
    name: 'Big',
    points: 10,
    conditions: [{ field: 'company.size', operator: 'gte', value: 200 }],
  },
  {
    kind: 'fit',
    name: 'Student',
    points: -20,
    conditions: [{ field: 'role', operator: 'contains', value: 'student' }],
  },
  {
    kind: 'engagement',
    name: 'Pages',
    points: 1,
    eventType: 'page_view',
    cap: 20,
    decay: { kind: 'half_life', days: 14 },
  },
  {
    kind: 'engagement',
    name: 'Pricing',
    points: 5,
    eventType: 'page_view',
    urlContains: '/pricing',
    cap: 25,
    decay: { kind: 'half_life', days: 7 },
  },
  { kind: 'engagement', name: 'Careers', points: -10, eventType: 'page_view', urlContains: '/careers' },
  {
    kind: 'engagement',
    name: 'Quote',
    points: 30,
    eventType: 'quote_request',
    decay: { kind: 'linear', days: 60 },
  },
  {
    kind: 'engagement',
    name: 'Conversion',
    points: 15,
    eventType: 'conversion',
    decay: { kind: 'half_life', days: 30 },
  },
  {
    kind: 'engagement',
    name: 'Click',
    points: 3,
    eventType: 'email_click',
    cap: 12,
    decay: { kind: 'half_life', days: 21 },
  },
  { kind: 'engagement', name: 'Unsubscribe', points: -20, eventType: 'email_unsubscribe' },
];

const PAGES = ['/', '/produkte', '/pricing', '/blog/a', '/careers', '/kontakt'];

function eventFor(i: number) {
  const person = Math.floor(Math.random() * PEOPLE);
  const roll = Math.random();
  const type =
    roll < 0.9 ? 'page_view' : roll < 0.95 ? 'email_click' : roll < 0.98 ? 'conversion' : 'quote_request';
  return {
    eventId: randomUUID(),
    type,
    timestamp: new Date().toISOString(),
    anonymousId: `visitor-${person}`,
    ...(type === 'page_view' && { url: `https://www.example.de${PAGES[i % PAGES.length]}` }),
    ...(type === 'conversion' && { name: 'Kontaktformular' }),
  };
}

async function main() {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'touchpoint-bench-scoring-'));
  await chmod(dir, 0o755);
  const pg = await startEmbeddedPostgres({ dataDir: dir, database: 'touchpoint_bench' });
  const db = createDb(pg.connectionString);
  try {
    await migrateToLatest(db);
    const { ctx } = await benchWorkspace(db, 'Bench');
    const ws = ctx.workspaceId;
    for (const rule of RULES) {
      const created = await createScoringRule(ctx, scoringRuleInputSchema.parse(rule));
      if (!created.ok) throw new Error(created.error.message);
    }
    const processor = startEventProcessor(db, { workspaceIds: [ws] });
    const scoring = startScoringConsumer(db, { workspaceIds: [ws] });
    const batches: { seq: number; at: number; latency: number | null }[] = [];
    let stop = false;
    const watcher = (async () => {
      while (!stop || batches.some((b) => b.latency === null)) {
        const row = await db
          .selectFrom('scoring_cursors')
          .select('last_seq')
          .where('workspace_id', '=', ws)
          .executeTakeFirst();
        const done = Number(row?.last_seq ?? 0);
        const now = performance.now();
        for (const b of batches) if (b.latency === null && b.seq <= done) b.latency = now - b.at;
        await new Promise((r) => setTimeout(r, 20));
      }
    })();
    const started = performance.now();
    let sent = 0;
    for (let tick = 0; tick < SECONDS * 10; tick++) {
      const due = started + tick * 100;
      const wait = due - performance.now();
      if (wait > 0) await new Promise((r) => setTimeout(r, wait));
      const events = Array.from({ length: BATCH }, (_, i) => eventFor(sent + i));
      const result = await ingestEvents(db, ws, events, { source: 'tracker' });
      sent += result.accepted;
      const top = await db
        .selectFrom('events')
        .select((eb) => eb.fn.max('seq').as('seq'))
        .where('workspace_id', '=', ws)
        .executeTakeFirst();
      batches.push({ seq: Number(top?.seq ?? 0), at: performance.now(), latency: null });
    }
    const elapsed = (performance.now() - started) / 1000;
    stop = true;
    await watcher;
    const drained = (performance.now() - started) / 1000;
    await processor.stop();
    await scoring.stop();
    const latencies = batches.map((b) => b.latency ?? NaN).sort((a, b) => a - b);
    const at = (p: number) =>
      latencies[Math.min(latencies.length - 1, Math.ceil(p * latencies.length) - 1)] ?? NaN;
    const scored = await db
      .selectFrom('profile_scores')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('workspace_id', '=', ws)
      .executeTakeFirst();
    log(
      `machine: ${os.cpus().length} cores (${os.cpus()[0]?.model ?? '?'}), load average ${os
        .loadavg()
        .map((l) => l.toFixed(2))
        .join(' ')}`,
    );
    log(
      `ingested ${sent} events in ${elapsed.toFixed(1)} s (${Math.round(sent / elapsed)} events/s), all scored after ${drained.toFixed(1)} s`,
    );
    log(`profiles scored: ${scored?.n ?? 0}`);
    log(
      `event -> score latency: p50 ${(at(0.5) / 1000).toFixed(2)} s, p95 ${(at(0.95) / 1000).toFixed(2)} s, max ${(at(1) / 1000).toFixed(2)} s`,
    );
  } finally {
    await db.destroy();
    await pg.stop();
    await rm(dir, { recursive: true, force: true });
  }
}

await main();
