import type { PipelineStage } from './pipelineStages';

/** One row of `deal_stage_history`: the deal entered `to` at `at` (from null when it was created). */
export interface StageChange {
  dealId: string;
  from: string | null;
  to: string;
  at: Date;
}

export interface StageFlow {
  stage: string;
  /** Deals that were ever in the stage. */
  entered: number;
  /** Of those, deals that left it to a later stage or to won (not to lost, not backwards). */
  forward: number;
  /** forward / entered, 0-1; null when no deal entered. */
  conversion: number | null;
  /** Median days a deal spent in the stage before it left (stays not ended yet do not count). */
  medianDays: number | null;
  /** Stays that ended, the base of the median. */
  stays: number;
}

const DAY_MS = 24 * 60 * 60 * 1000;

export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  const value = sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
  return Math.round(value * 10) / 10;
}

/**
 * Stage conversion and velocity from the deals' stage history, for the open stages of the pipeline in
 * board order. A deal counts once per stage however often it came back; its stays all count for the
 * median.
 *
 * @example
 * stageFlow([{ dealId: 'a', from: null, to: 'proposal', at: d1 }, { dealId: 'a', from: 'proposal', to: 'won', at: d3 }], stages)
 * // proposal: { entered: 1, forward: 1, conversion: 1, medianDays: 2, stays: 1 }
 */
export function stageFlow(changes: readonly StageChange[], stages: readonly PipelineStage[]): StageFlow[] {
  const index = new Map(stages.map((s, i) => [s.key, i]));
  const kind = new Map(stages.map((s) => [s.key, s.kind]));
  const byDeal = new Map<string, StageChange[]>();
  for (const c of changes) {
    const list = byDeal.get(c.dealId) ?? [];
    list.push(c);
    byDeal.set(c.dealId, list);
  }
  const entered = new Map<string, Set<string>>();
  const forward = new Map<string, Set<string>>();
  const days = new Map<string, number[]>();
  const add = (m: Map<string, Set<string>>, stage: string, deal: string) => {
    const set = m.get(stage) ?? new Set<string>();
    set.add(deal);
    m.set(stage, set);
  };
  for (const [dealId, list] of byDeal) {
    list.sort((a, b) => a.at.getTime() - b.at.getTime());
    for (const [i, c] of list.entries()) {
      add(entered, c.to, dealId);
      const next = list[i + 1];
      if (!next) continue;
      const stay = days.get(c.to) ?? [];
      stay.push((next.at.getTime() - c.at.getTime()) / DAY_MS);
      days.set(c.to, stay);
      const isForward =
        kind.get(next.to) === 'won' ||
        (kind.get(next.to) === 'open' && (index.get(next.to) ?? -1) > (index.get(c.to) ?? -1));
      if (isForward) add(forward, c.to, dealId);
    }
  }
  return stages
    .filter((s) => s.kind === 'open')
    .map((s) => {
      const n = entered.get(s.key)?.size ?? 0;
      const f = forward.get(s.key)?.size ?? 0;
      const stays = days.get(s.key) ?? [];
      return {
        stage: s.key,
        entered: n,
        forward: f,
        conversion: n ? Math.round((f / n) * 1000) / 1000 : null,
        medianDays: median(stays),
        stays: stays.length,
      };
    });
}
