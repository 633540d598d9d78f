/**
 * Applying a mapping rule to 1 million stored events: `npx tsx bench/apply-mapping-rules.ts`.
 *
 * Starts an embedded PostgreSQL in a temporary folder and fills one workspace's log server-side with
 * unmapped, already processed events (60 days, 20,000 profiles, page views on two hosts, conversions
 * and identify calls), with `daily_touchpoint_stats` built set-based as the processor would have left
 * it and the cursor after the last event. Then one rule (`host/*`, which matches 80 % of the events)
 * is applied through the same batches as the job, a second run checks that nothing is left, and the
 * kept statistics are compared with a rebuild from the log. Results: docs/benchmarks.md.
 *
 * BENCH_EVENTS (default 1,000,000) changes the size.
 */
import { chmod, mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { sql } from 'kysely';
import { createDb } from '../src/db/database';
import { startEmbeddedPostgres } from '../src/db/embedded';
import { migrateToLatest } from '../src/db/migrate';
import { applyRun, startApplyRun } from '../src/services/events/applyRuleToPastEvents';
import { createMappingRule } from '../src/services/events/mappingRules';
import { createTouchpoint } from '../src/services/touchpoints';
import { benchWorkspace } from './support/benchWorkspace';

const TOTAL = Number(process.env.BENCH_EVENTS ?? 1_000_000);
const PROFILES = 20_000;
const DAYS = 60;

const log = (line: string) => console.log(`${new Date().toISOString().slice(11, 19)} ${line}`);

async function main() {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'touchpoint-bench-apply-'));
  await chmod(dir, 0o755);
  const pg = await startEmbeddedPostgres({ dataDir: dir, database: 'touchpoint_bench' });
  const db = createDb(pg.connectionString);
  try {
    await migrateToLatest(db);
    const { ctx } = await benchWorkspace(db, 'Bench');
    const ws = ctx.workspaceId;
    const website = await createTouchpoint(ctx, { name: 'Website' });
    if (!website.ok) throw new Error(website.error.message);
    log(`filling ${TOTAL} events`);
    await sql`
      insert into profiles (workspace_id, id)
      select ${ws}, ('00000000-0000-4000-8000-' || lpad(to_hex(p), 12, '0'))::uuid
      from generate_series(1, ${PROFILES}) p
    `.execute(db);
    const step = (DAYS * 86_400) / TOTAL;
    await sql`
      insert into events (workspace_id, event_id, type, occurred_at, anonymous_id, profile_id, url, channel, channel_class)
      select ${ws}, 'b-' || i,
        case when i % 20 = 0 then 'conversion' when i % 33 = 0 then 'identify' else 'page_view' end,
        now() - interval '${sql.raw(String(DAYS))} days' + make_interval(secs => i * ${step}::float8),
        'v-' || (i % ${PROFILES}),
        ('00000000-0000-4000-8000-' || lpad(to_hex(1 + i % ${PROFILES}), 12, '0'))::uuid,
        case when i % 5 = 0 then 'https://shop.schmidt-drehteile.de/artikel/' || (i % 300)
          else 'https://www.schmidt-drehteile.de/produkte/' || (i % 50) end,
        'direct', 'owned'
      from generate_series(1, ${TOTAL}) as i
    `.execute(db);
    await sql`
      insert into daily_touchpoint_stats (workspace_id, day, touchpoint_key, event_type, events, profiles, revenue)
      select ${ws}, (occurred_at at time zone 'UTC')::date, 'unmapped', type, count(*), count(distinct profile_id), 0
      from events where workspace_id = ${ws} group by 2, 4
    `.execute(db);
    await sql`
      insert into event_cursors (workspace_id, last_seq)
      select ${ws}, max(seq) from events where workspace_id = ${ws}
    `.execute(db);
    await sql`vacuum analyze events`.execute(db);

    const rule = await createMappingRule(ctx, {
      touchpointId: website.value.id,
      urlPattern: 'www.schmidt-drehteile.de/*',
    });
    if (!rule.ok) throw new Error(rule.error.message);
    for (const label of ['first run', 'second run']) {
      const cpu0 = process.cpuUsage();
      const t0 = performance.now();
      const run = await startApplyRun(ctx, rule.value.id);
      if (!run.ok) throw new Error(run.error.message);
      const counted = performance.now() - t0;
      await applyRun(db, { workspaceId: ws, runId: run.value.id });
      const ms = performance.now() - t0;
      const after = await db
        .selectFrom('mapping_apply_runs')
        .select(['done', 'mapped'])
        .where('workspace_id', '=', ws)
        .where('id', '=', run.value.id)
        .executeTakeFirstOrThrow();
      const cpu = process.cpuUsage(cpu0);
      log(
        `${label}: ${after.done} events looked at, ${after.mapped} mapped in ${ms.toFixed(0)} ms ` +
          `(counting ${counted.toFixed(0)} ms) = ${Math.round((after.done / ms) * 1000)} events/s; Node CPU ${((cpu.user + cpu.system) / 1000).toFixed(0)} ms`,
      );
    }
    const mismatches = await sql<{ n: number }>`
      with rebuilt as (
        select (occurred_at at time zone 'UTC')::date as day, coalesce(touchpoint_id::text, 'unmapped') as key,
          type, count(*) as events, count(distinct profile_id) as profiles
        from events where workspace_id = ${ws} group by 1, 2, 3),
      kept as (
        select day, touchpoint_key as key, event_type as type, events, profiles
        from daily_touchpoint_stats where workspace_id = ${ws} and (events <> 0 or profiles <> 0))
      select count(*)::int as n from (
        (select * from rebuilt except select * from kept) union all (select * from kept except select * from rebuilt)) d
    `.execute(db);
    log(`kept statistics that differ from a rebuild from the log: ${mismatches.rows[0]?.n ?? '?'}`);
  } finally {
    await db.destroy();
    await pg.stop();
    await rm(dir, { recursive: true, force: true });
  }
}

await main();
