/**
 * In-app attribution on 1 million generated events: `npx tsx bench/attribution-workspace.ts`.
 *
 * Starts an embedded PostgreSQL in a temporary folder and fills one workspace server-side
 * (INSERT … SELECT generate_series): 100,000 profiles and BENCH_EVENTS events (default 1,000,000)
 * over a year, in runs of 7 consecutive events per person: 97 % touches at 20 touchpoints in 6 channels (half with one of 10 utm campaigns), 3 %
 * orders with revenue. Every model runs on each call (first/last touch, linear, time decay,
 * position-based, Markov, Shapley, fixed shares). BENCH_RUNS runs (default 5) after 1 warm-up run.
 * Results: docs/benchmarks.md, "Attribution from the workspace's events".
 */
import { chmod, mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { sql } from 'kysely';
import { createDb } from '../src/db/database';
import { startEmbeddedPostgres } from '../src/db/embedded';
import { migrateToLatest } from '../src/db/migrate';
import { defaultAttributionSettings } from '../src/contract/attribution';
import { putAttributionSettings } from '../src/services/attribution/attributionSettings';
import { createCampaign } from '../src/services/attribution/campaigns';
import { getAttribution } from '../src/services/attribution/getAttribution';
import { getCampaignRoi } from '../src/services/attribution/getCampaignRoi';
import { createTouchpoint } from '../src/services/touchpoints';
import { benchWorkspace } from './support/benchWorkspace';

const TOTAL = Number(process.env.BENCH_EVENTS ?? 1_000_000);
const PROFILES = 100_000;
const TOUCHPOINTS = 20;
const RUNS = Number(process.env.BENCH_RUNS ?? 5);
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
  log(
    `load average at start: ${os
      .loadavg()
      .map((x) => x.toFixed(1))
      .join(' / ')}`,
  );
  const dir = await mkdtemp(path.join(os.tmpdir(), 'touchpoint-bench-attribution-'));
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
    for (let i = 1; i <= 8; i++) {
      const c = await createCampaign(ctx, {
        name: `Kampagne ${i}`,
        utmCampaigns: [`kampagne-${i}`],
        costEur: 1000 * i,
      });
      if (!c.ok) throw new Error(c.error.message);
    }
    await putAttributionSettings(ctx, {
      ...defaultAttributionSettings,
      fixedShares: [{ dimension: 'touchpoint', key: touchpoints[0] ?? '', share: 0.05 }],
    });
    const ws = ctx.workspaceId;
    const t0 = performance.now();
    await sql`insert into profiles (workspace_id, id, name)
      select ${ws}, md5('p' || n)::uuid, 'Kunde ' || n from generate_series(0, ${PROFILES - 1}) n`.execute(
      db,
    );
    await sql`insert into events (workspace_id, event_id, type, occurred_at, profile_id, touchpoint_id, channel,
        utm_campaign, revenue)
      select ${ws}, 'a-' || i, case when i % 33 = 0 then 'order' else 'page_view' end,
        ${START}::timestamptz + make_interval(secs => i * (365 * 86400.0 / ${TOTAL})),
        md5('p' || (((i / 7) * 7919) % ${PROFILES}))::uuid,
        case when i % 33 = 0 then null else (${touchpoints}::uuid[])[1 + ((i * 31) % ${TOUCHPOINTS})::int] end,
        case when i % 33 = 0 then null
          else (array['search', 'paid_social', 'email', 'direct', 'referral', 'social'])[1 + (i % 6)::int] end,
        case when i % 33 <> 0 and i % 2 = 0 then 'kampagne-' || (1 + (i / 2) % 10) end,
        case when i % 33 = 0 then 50 + (i % 950) end
      from generate_series(1::bigint, ${TOTAL}::bigint) i`.execute(db);
    await sql`analyze`.execute(db);
    log(`generated ${TOTAL} events in ${((performance.now() - t0) / 1000).toFixed(1)} s`);

    const year = { from: '2025-12-01', to: '2026-11-30' };
    const whole = await getAttribution(ctx, { ...year, dimension: 'touchpoint' });
    if (!whole.ok) throw new Error(whole.error.message);
    log(
      `year, touchpoints: ${whole.value.totals.journeys} journeys (${whole.value.totals.convertingJourneys} converting), ${whole.value.totals.touches} touches, models ${whole.value.models.join(', ')}`,
    );
    const memory = process.memoryUsage().rss;
    await measure('1M, 30 days, touchpoints', () =>
      getAttribution(ctx, { from: '2026-06-01', to: '2026-06-30', dimension: 'touchpoint' }),
    );
    await measure('1M, whole year, touchpoints', () =>
      getAttribution(ctx, { ...year, dimension: 'touchpoint' }),
    );
    await measure('1M, whole year, channels', () => getAttribution(ctx, { ...year, dimension: 'channel' }));
    await measure('1M, whole year, campaigns', () => getAttribution(ctx, { ...year, dimension: 'campaign' }));
    await measure('1M, campaign ROI, whole year', () => getCampaignRoi(ctx, { ...year, model: 'markov' }));
    log(
      `rss after the first run ${(memory / 1e6).toFixed(0)} MB, at the end ${(process.memoryUsage().rss / 1e6).toFixed(0)} MB`,
    );
    log(
      `load average at end: ${os
        .loadavg()
        .map((x) => x.toFixed(1))
        .join(' / ')}`,
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
