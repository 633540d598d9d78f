import { err, ok, type Result } from '../result';
import type { PipelineStage } from './pipelineStages';

export interface DealMove {
  from: string;
  to: string;
  /** Set when the deal leaves the funnel (won or lost); null when it is (re)opened. */
  closedAt: Date | null;
  /** True when the deal becomes won now: its value becomes revenue. */
  becameWon: boolean;
  reason: string;
}

/**
 * Decides a stage change (a drag on the board): the target must be a stage of the pipeline, and a
 * lost deal needs a reason (the report counts lost reasons); a won reason is welcome but optional.
 *
 * @example
 * moveDeal({ stage: 'proposal', reason: '' }, { stage: 'won' }, DEFAULT_PIPELINE_STAGES, now)
 * // ok({ from: 'proposal', to: 'won', closedAt: now, becameWon: true, reason: '' })
 */
export function moveDeal(
  deal: { stage: string; reason: string },
  target: { stage: string; reason?: string | undefined },
  stages: readonly PipelineStage[],
  now: Date,
): Result<DealMove> {
  const to = stages.find((s) => s.key === target.stage);
  if (!to)
    return err('validation_failed', `There is no stage "${target.stage}" in this pipeline`, {
      field: 'stage',
      stages: stages.map((s) => s.key),
    });
  const reason = (target.reason ?? (to.kind === 'open' ? '' : deal.reason)).trim();
  if (to.kind === 'lost' && reason === '')
    return err('validation_failed', 'A lost deal needs a reason', { field: 'reason' });
  const from = stages.find((s) => s.key === deal.stage);
  return ok({
    from: deal.stage,
    to: to.key,
    closedAt: to.kind === 'open' ? null : now,
    becameWon: to.kind === 'won' && from?.kind !== 'won',
    reason: to.kind === 'open' ? '' : reason,
  });
}
