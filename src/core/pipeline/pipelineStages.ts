import { z } from 'zod';

/** Open deals are in the funnel; a won or lost deal has left it (seed 003, pipeline from cold to close). */
export const stageKindSchema = z.enum(['open', 'won', 'lost']);
export type StageKind = z.infer<typeof stageKindSchema>;

/** One column of the board. `probability` (0-100) weighs the deals in it unless a deal overrides it. */
export interface PipelineStage {
  key: string;
  name: string;
  probability: number;
  kind: StageKind;
}

/**
 * The stages a workspace starts with (German B2B sales, as in the seed). Order matters: it is the
 * order of the board and what "forward" means for stage conversion.
 */
export const DEFAULT_PIPELINE_STAGES: readonly PipelineStage[] = [
  { key: 'qualification', name: 'Qualifizierung', probability: 10, kind: 'open' },
  { key: 'needs_analysis', name: 'Bedarfsanalyse', probability: 25, kind: 'open' },
  { key: 'proposal', name: 'Angebot', probability: 50, kind: 'open' },
  { key: 'negotiation', name: 'Verhandlung', probability: 75, kind: 'open' },
  { key: 'won', name: 'Gewonnen', probability: 100, kind: 'won' },
  { key: 'lost', name: 'Verloren', probability: 0, kind: 'lost' },
];

/**
 * The probability a deal is weighed with: its own override, else its stage's.
 *
 * @example
 * dealProbability({ stage: 'proposal', probability: null }, DEFAULT_PIPELINE_STAGES) // 50
 */
export function dealProbability(
  deal: { stage: string; probability: number | null },
  stages: readonly PipelineStage[],
): number {
  if (deal.probability !== null) return deal.probability;
  return stages.find((s) => s.key === deal.stage)?.probability ?? 0;
}

/** Rounds money to cents, so sums of many deals do not carry float noise into the answers. */
export const cents = (value: number): number => Math.round(value * 100) / 100;
