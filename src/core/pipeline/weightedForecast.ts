import { cents, dealProbability, type PipelineStage } from './pipelineStages';

export interface ForecastDeal {
  stage: string;
  value: number;
  probability: number | null;
  /** `YYYY-MM-DD`, or null when nobody named a date yet. */
  expectedClose: string | null;
  closedAt: Date | null;
  /** How many deals the row stands for when the store sums them first (value is then their sum); default 1. */
  deals?: number;
}

export interface ForecastMonth {
  /** `YYYY-MM`, or null for open deals without an expected close date. */
  month: string | null;
  openDeals: number;
  openValue: number;
  /** Sum of value × probability of the open deals expected to close in the month. */
  weighted: number;
  /** Value of the deals won in the month (by their close date). */
  won: number;
}

/**
 * The weighted forecast per month of expected close: open deals count with value × probability, won
 * deals with their full value in the month they were won, lost deals not at all. Months come in
 * calendar order, the unscheduled bucket (month null) last.
 *
 * @example
 * weightedForecast([{ stage: 'proposal', value: 1000, probability: null, expectedClose: '2026-03-10', closedAt: null }], DEFAULT_PIPELINE_STAGES)
 * // [{ month: '2026-03', openDeals: 1, openValue: 1000, weighted: 500, won: 0 }]
 */
export function weightedForecast(
  deals: readonly ForecastDeal[],
  stages: readonly PipelineStage[],
): ForecastMonth[] {
  const kindOf = new Map(stages.map((s) => [s.key, s.kind]));
  const months = new Map<string | null, ForecastMonth>();
  const monthOf = (m: string | null) => {
    let row = months.get(m);
    if (!row) {
      row = { month: m, openDeals: 0, openValue: 0, weighted: 0, won: 0 };
      months.set(m, row);
    }
    return row;
  };
  for (const d of deals) {
    const kind = kindOf.get(d.stage) ?? 'open';
    if (kind === 'lost') continue;
    if (kind === 'won') {
      const at = d.closedAt ?? (d.expectedClose ? new Date(d.expectedClose) : null);
      if (!at) continue;
      const row = monthOf(at.toISOString().slice(0, 7));
      row.won = cents(row.won + d.value);
      continue;
    }
    const row = monthOf(d.expectedClose ? d.expectedClose.slice(0, 7) : null);
    row.openDeals += d.deals ?? 1;
    row.openValue = cents(row.openValue + d.value);
    row.weighted = cents(row.weighted + (d.value * dealProbability(d, stages)) / 100);
  }
  return [...months.values()].sort((a, b) =>
    a.month === null ? 1 : b.month === null ? -1 : a.month.localeCompare(b.month),
  );
}
