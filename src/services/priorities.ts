import { buildPriorityReport, type PriorityReport } from '../core/prioritisation/prioritise';
import type { WorkspaceContext } from './context';
import { listTouchpoints } from './touchpoints';

/** Gap, priority score, Pareto set and quick wins of every active touchpoint (optionally one persona's). */
export async function getPriorities(
  ctx: WorkspaceContext,
  filter: { personaId?: string } = {},
): Promise<PriorityReport> {
  const touchpoints = await listTouchpoints(ctx, filter);
  return buildPriorityReport(
    touchpoints.map((t) => ({
      id: t.id,
      name: t.name,
      relevance: t.relevance,
      impact: t.impact,
      effort: t.effort,
      currentMaturity: t.current.maturity,
      targetMaturity: t.target.maturity,
      customerRating: t.current.customerRating.average,
      targetRating: t.target.rating,
      momentThatMatters: t.momentThatMatters,
    })),
  );
}
