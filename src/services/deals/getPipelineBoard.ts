import { sql } from 'kysely';
import type { PipelineBoard } from '../../contract/deals';
import { cents, dealProbability } from '../../core/pipeline';
import type { WorkspaceContext } from '../context';
import { selectDeals, toDeals } from './dealRows';
import { loadPipelineStages } from './pipelineStages';

export interface BoardQuery {
  ownerUserId?: string | undefined;
  companyId?: string | undefined;
  limit: number;
}

/**
 * The board: every stage with its count, value and weighted value over all its deals, and its first
 * `limit` cards (open stages: soonest expected close first; won and lost: latest closed first). Sums
 * are one grouped query; each column's cards are one indexed query, so the board stays fast with tens
 * of thousands of deals (docs/benchmarks.md).
 *
 * @example await getPipelineBoard(ctx, { limit: 50 })
 */
export async function getPipelineBoard(ctx: WorkspaceContext, query: BoardQuery): Promise<PipelineBoard> {
  const ws = ctx.workspaceId;
  const stages = await loadPipelineStages(ctx.db, ws);
  let sums = ctx.db
    .selectFrom('deals as d')
    .select([
      'd.stage',
      'd.probability',
      sql<number>`count(*)::int`.as('n'),
      sql<number>`coalesce(sum(d.value), 0)`.as('value'),
    ])
    .where('d.workspace_id', '=', ws)
    .groupBy(['d.stage', 'd.probability']);
  let cards = selectDeals(ctx.db, ws);
  if (query.ownerUserId) {
    sums = sums.where('d.owner_user_id', '=', query.ownerUserId);
    cards = cards.where('d.owner_user_id', '=', query.ownerUserId);
  }
  if (query.companyId) {
    sums = sums.where('d.company_id', '=', query.companyId);
    cards = cards.where('d.company_id', '=', query.companyId);
  }
  const [groups, ...columns] = await Promise.all([
    sums.execute(),
    ...stages.map((s) =>
      (s.kind === 'open'
        ? cards.where('d.stage', '=', s.key).orderBy(sql`d.expected_close asc nulls last`)
        : cards.where('d.stage', '=', s.key).orderBy(sql`d.closed_at desc nulls last`)
      )
        .orderBy('d.id')
        .limit(query.limit)
        .execute(),
    ),
  ]);
  const deals = await toDeals(ctx.db, ws, columns.flat(), stages);
  const byStage = new Map<string, typeof deals>();
  for (const d of deals) byStage.set(d.stage, [...(byStage.get(d.stage) ?? []), d]);
  let openValue = 0;
  let weightedTotal = 0;
  const board = stages.map((s) => {
    let count = 0;
    let value = 0;
    let weighted = 0;
    for (const g of groups) {
      if (g.stage !== s.key) continue;
      const v = Number(g.value);
      count += Number(g.n);
      value += v;
      weighted += (v * dealProbability(g, stages)) / 100;
    }
    if (s.kind === 'open') {
      openValue += value;
      weightedTotal += weighted;
    }
    return { ...s, count, value: cents(value), weighted: cents(weighted), deals: byStage.get(s.key) ?? [] };
  });
  return { stages: board, openValue: cents(openValue), weighted: cents(weightedTotal) };
}
