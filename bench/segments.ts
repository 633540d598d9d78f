/**
 * Segment counts on the demo workspace and on generated events: `npx tsx bench/segments.ts`.
 *
 * Starts an embedded PostgreSQL in a temporary folder, imports the Schmidt demo with its live data (and
 * so its saved segments) and counts each; then fills a second workspace server-side with 20,000
 * profiles and BENCH_EVENTS page views (default 200,000) over 90 days, a tenth of them of the pricing
 * page, and counts behaviour and trait segments there. Each count runs 10 times after 2 warm-up runs.
 * Results: docs/benchmarks.md, "Segments".
 */
import { chmod, mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { sql } from 'kysely';
import type { SegmentDefinition } from '../src/core/segments';
import { createDb } from '../src/db/database';
import { startEmbeddedPostgres } from '../src/db/embedded';
import { migrateToLatest } from '../src/db/migrate';
import { schmidtDemoDocument } from '../src/demo/schmidtDemo';
import { loadDemoLiveData } from '../src/demo/schmidtLiveData';
import type { WorkspaceContext } from '../src/services/context';
import { listProfiles } from '../src/services/profiles/listProfiles';
import { countDefinition } from '../src/services/segments/segmentProfileFilter';
import { listSegments } from '../src/services/segments/segments';
import { importWorkspaceDocument } from '../src/services/workspaceTransfer';
import { benchWorkspace } from './support/benchWorkspace';

const TOTAL = Number(process.env.BENCH_EVENTS ?? 200_000);
const PROFILES = 20_000;
const RUNS = 10;
const DAY = 86_400_000;

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

const one = (condition: SegmentDefinition['conditions'][number]): SegmentDefinition => ({
  version: 1,
  kind: 'all',
  conditions: [condition],
});

async function main() {
  log(
    `load average ${os
      .loadavg()
      .map((l) => l.toFixed(2))
      .join(' ')}, ${os.cpus().length} cores`,
  );
  const dir = await mkdtemp(path.join(os.tmpdir(), 'touchpoint-bench-segments-'));
  await chmod(dir, 0o755);
  const pg = await startEmbeddedPostgres({ dataDir: dir, database: 'touchpoint_bench' });
  const db = createDb(pg.connectionString);
  try {
    await migrateToLatest(db);
    const { ctx } = await benchWorkspace(db, 'Bench');
    const imported = await importWorkspaceDocument(db, schmidtDemoDocument, {
      ownerUserId: ctx.actor.userId ?? '',
    });
    if (!imported.ok) throw new Error(imported.error.message);
    const demo: WorkspaceContext = { ...ctx, workspaceId: imported.value.workspaceId };
    const live = await loadDemoLiveData(db, demo.workspaceId);
    log(`demo: ${live.events} events`);
    for (const s of await listSegments(demo)) {
      log(`demo segment "${s.name}": ${s.memberCount} members`);
      await measure(`demo, count "${s.name}"`, () =>
        countDefinition(db, demo.workspaceId, s.definition as unknown as SegmentDefinition),
      );
    }

    const ws = ctx.workspaceId;
    const now = Date.now();
    const t0 = performance.now();
    await sql`insert into profiles (workspace_id, id, name, traits, last_seen_at)
      select ${ws}, md5('p' || n)::uuid, 'Kunde ' || n,
        jsonb_build_object('plan', (array['free', 'pro', 'team'])[1 + n % 3], 'seats', n % 50),
        ${new Date(now)}::timestamptz - make_interval(days => n % 120)
      from generate_series(0, ${PROFILES - 1}) n`.execute(db);
    await sql`insert into events (workspace_id, event_id, type, occurred_at, profile_id, url)
      select ${ws}, 's-' || i, 'page_view',
        ${new Date(now - 90 * DAY)}::timestamptz + make_interval(secs => i * (90 * 86400.0 / ${TOTAL})),
        md5('p' || ((i * 7919) % ${PROFILES}))::uuid,
        case when i % 10 = 0 then 'https://example.com/pricing' else 'https://example.com/blog/' || (i % 40) end
      from generate_series(1::bigint, ${TOTAL}::bigint) i`.execute(db);
    await sql`analyze`.execute(db);
    log(
      `generated ${PROFILES} profiles, ${TOTAL} events in ${((performance.now() - t0) / 1000).toFixed(1)} s`,
    );

    const pricingTwice = one({
      kind: 'event',
      did: true,
      eventType: 'page_view',
      urlContains: 'pricing',
      frequency: 'at_least',
      times: 2,
      days: 14,
    });
    const cases: [string, SegmentDefinition][] = [
      ['trait plan = pro', one({ kind: 'trait', key: 'plan', operator: 'eq', value: 'pro' })],
      ['pricing twice in 14 days', pricingTwice],
      [
        'no page view in 30 days',
        one({ kind: 'event', did: false, eventType: 'page_view', frequency: 'at_least', times: 1, days: 30 }),
      ],
      [
        'exactly 3 page views ever',
        one({ kind: 'event', did: true, eventType: 'page_view', frequency: 'exactly', times: 3 }),
      ],
      [
        'pro and pricing twice in 14 days',
        {
          ...pricingTwice,
          conditions: [
            ...pricingTwice.conditions,
            { kind: 'trait', key: 'plan', operator: 'eq', value: 'pro' },
          ],
        },
      ],
    ];
    for (const [name, definition] of cases) {
      log(`${name}: ${await countDefinition(db, ws, definition)} members`);
      await measure(`${TOTAL / 1000}k events, count ${name}`, () => countDefinition(db, ws, definition));
    }
    const segmentId = await db
      .insertInto('segments')
      .values({ workspace_id: ws, name: 'Pricing', definition: JSON.stringify(pricingTwice) })
      .returning('id')
      .executeTakeFirstOrThrow();
    await measure(`${TOTAL / 1000}k events, first 50 members of "pricing twice"`, () =>
      listProfiles(ctx, { segment: segmentId.id, limit: 50 }),
    );
    log(
      `load average ${os
        .loadavg()
        .map((l) => l.toFixed(2))
        .join(' ')}`,
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
