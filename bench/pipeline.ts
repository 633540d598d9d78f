/**
 * The pipeline board and report with 50,000 deals: `npx tsx bench/pipeline.ts`.
 *
 * Starts an embedded PostgreSQL in a temporary folder and fills one workspace server-side with 2,000
 * companies, 50,000 deals spread over the default stages (a third closed, won or lost with reasons),
 * a contact per deal and a stage history of 1-4 rows per deal. Then times the board
 * (`getPipelineBoard`, 50 cards per stage), the report (`getPipelineReport`), the accounts list and
 * one stage move, each 20 times after a warm-up; prints median and p95. Results: docs/benchmarks.md.
 *
 * BENCH_DEALS (default 50,000) changes the size.
 */
import { chmod, mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { sql } from 'kysely';
import { createDb } from '../src/db/database';
import { startEmbeddedPostgres } from '../src/db/embedded';
import { migrateToLatest } from '../src/db/migrate';
import { accountSummaries } from '../src/services/accounts/accountSummaries';
import { getPipelineBoard } from '../src/services/deals/getPipelineBoard';
import { getPipelineReport } from '../src/services/deals/getPipelineReport';
import { moveDealStage } from '../src/services/deals/moveDealStage';
import { loadPipelineStages } from '../src/services/deals/pipelineStages';
import { benchWorkspace } from './support/benchWorkspace';

const DEALS = Number(process.env.BENCH_DEALS ?? 50_000);
const COMPANIES = 2_000;
const RUNS = 20;

const log = (line: string) => console.log(`${new Date().toISOString().slice(11, 19)} ${line}`);

async function time(label: string, fn: () => Promise<unknown>): Promise<void> {
  await fn();
  const ms: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const start = performance.now();
    await fn();
    ms.push(performance.now() - start);
  }
  ms.sort((a, b) => a - b);
  const at = (q: number) => ms[Math.min(ms.length - 1, Math.floor(q * ms.length))]?.toFixed(1);
  log(`${label}: median ${at(0.5)} ms, p95 ${at(0.95)} ms (${RUNS} runs)`);
}

async function main() {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'touchpoint-bench-pipeline-'));
  await chmod(dir, 0o755);
  const pg = await startEmbeddedPostgres({ dataDir: dir, database: 'touchpoint_bench' });
  const db = createDb(pg.connectionString);
  try {
    await migrateToLatest(db);
    const { ctx } = await benchWorkspace(db, 'Bench');
    const ws = ctx.workspaceId;
    log(`filling ${COMPANIES} companies, ${DEALS} deals`);
    await sql`
      insert into companies (workspace_id, id, name)
      select ${ws}, ('00000000-0000-4000-8000-' || lpad(to_hex(c), 12, '0'))::uuid, 'Firma ' || c
      from generate_series(1, ${COMPANIES}) c
    `.execute(db);
    await sql`
      insert into profiles (workspace_id, id, name, company_id, revenue)
      select ${ws}, ('00000000-0000-4000-9000-' || lpad(to_hex(c), 12, '0'))::uuid, 'Kontakt ' || c,
        ('00000000-0000-4000-8000-' || lpad(to_hex(c), 12, '0'))::uuid, (c % 7) * 100
      from generate_series(1, ${COMPANIES}) c
    `.execute(db);
    // Stage by deal number: 2 of 3 open (spread over the four open stages), the rest won or lost.
    await sql`
      insert into deals (workspace_id, id, company_id, title, value, stage, probability, expected_close,
        owner_user_id, reason, renewal_date, closed_at, created_at, updated_at)
      select ${ws}, ('00000000-0000-4000-a000-' || lpad(to_hex(d), 12, '0'))::uuid,
        ('00000000-0000-4000-8000-' || lpad(to_hex(1 + d % ${COMPANIES}), 12, '0'))::uuid,
        'Deal ' || d, 1000 + (d * 37) % 90000, s.stage,
        case when d % 10 = 0 then 65 end,
        current_date + (d % 365) - 60, ${ctx.actor.userId},
        case s.stage when 'won' then (array['Preis', 'Qualität', 'Lieferzeit'])[1 + d % 3]
                     when 'lost' then (array['Preis', 'Wettbewerber', 'Kein Budget', 'Timing'])[1 + d % 4] else '' end,
        case when s.stage = 'won' then current_date + d % 400 end,
        case when s.stage in ('won', 'lost') then now() - (d % 300) * interval '1 day' end,
        now() - (d % 400) * interval '1 day', now()
      from generate_series(1, ${DEALS}) d
      cross join lateral (select (array['qualification', 'needs_analysis', 'proposal', 'negotiation',
        'qualification', 'needs_analysis', 'won', 'lost', 'proposal'])[1 + d % 9] as stage) s
    `.execute(db);
    await sql`
      insert into deal_contacts (workspace_id, deal_id, profile_id)
      select workspace_id, id, ('00000000-0000-4000-9000-' || substr(company_id::text, 25))::uuid from deals
      where workspace_id = ${ws}
    `.execute(db);
    // History: created in qualification, then one row per stage up to the current one.
    await sql`
      insert into deal_stage_history (workspace_id, deal_id, from_stage, to_stage, at)
      select d.workspace_id, d.id, lag(p.stage) over (partition by d.id order by p.n), p.stage,
        d.created_at + p.n * ((d.id::text ~ '[0-7]$')::int + 1) * interval '9 days'
      from deals d
      cross join lateral (
        select n, stage from unnest(array['qualification', 'needs_analysis', 'proposal', 'negotiation', d.stage])
          with ordinality as u(stage, n)
        where n <= coalesce(array_position(array['qualification', 'needs_analysis', 'proposal', 'negotiation'], d.stage), 4)
           or n = 5 and d.stage in ('won', 'lost')
      ) p
      where d.workspace_id = ${ws}
    `.execute(db);
    await sql`analyze`.execute(db);
    const counts = await sql<{ deals: number; history: number }>`
      select (select count(*) from deals)::int as deals, (select count(*) from deal_stage_history)::int as history
    `.execute(db);
    log(`filled: ${JSON.stringify(counts.rows[0])}`);

    const board = await getPipelineBoard(ctx, { limit: 50 });
    log(`board: ${board.stages.map((s) => `${s.key} ${s.count}`).join(', ')}; weighted ${board.weighted}`);
    await time('GET /pipeline (board, 50 cards per stage)', () => getPipelineBoard(ctx, { limit: 50 }));
    await time('GET /pipeline/report', () => getPipelineReport(ctx, {}));
    await time('GET /accounts (2,000 accounts)', async () =>
      accountSummaries(db, ws, await loadPipelineStages(db, ws)),
    );
    const deal = board.stages[0]?.deals[0];
    if (!deal) throw new Error('no deal on the board');
    let flip = false;
    await time('POST /deals/:id/stage (move)', async () => {
      flip = !flip;
      const moved = await moveDealStage(ctx, deal.id, { stage: flip ? 'needs_analysis' : 'qualification' });
      if (!moved.ok) throw new Error(moved.error.message);
    });
  } finally {
    await db.destroy();
    await pg.stop();
    await rm(dir, { recursive: true, force: true });
  }
}

await main();
