import type { PipelineStage } from './pipelineStages';

export interface ReasonCount {
  reason: string;
  deals: number;
  value: number;
}

/**
 * Why deals were won and why they were lost, most frequent first (ties by value). Reasons are compared
 * after trimming and ignoring case; the first spelling met names the group. Deals without a reason
 * are grouped under "". A row may stand for several deals summed by the store (`deals`, default 1).
 *
 * @example
 * closeReasons([{ stage: 'lost', reason: 'Preis', value: 100 }], DEFAULT_PIPELINE_STAGES)
 * // { won: [], lost: [{ reason: 'Preis', deals: 1, value: 100 }] }
 */
export function closeReasons(
  deals: readonly { stage: string; reason: string; value: number; deals?: number }[],
  stages: readonly PipelineStage[],
): { won: ReasonCount[]; lost: ReasonCount[] } {
  const kind = new Map(stages.map((s) => [s.key, s.kind]));
  const groups = { won: new Map<string, ReasonCount>(), lost: new Map<string, ReasonCount>() };
  for (const d of deals) {
    const k = kind.get(d.stage);
    if (k !== 'won' && k !== 'lost') continue;
    const key = d.reason.trim().toLowerCase();
    const row = groups[k].get(key) ?? { reason: d.reason.trim(), deals: 0, value: 0 };
    row.deals += d.deals ?? 1;
    row.value = Math.round((row.value + d.value) * 100) / 100;
    groups[k].set(key, row);
  }
  const sorted = (m: Map<string, ReasonCount>) =>
    [...m.values()].sort((a, b) => b.deals - a.deals || b.value - a.value);
  return { won: sorted(groups.won), lost: sorted(groups.lost) };
}
