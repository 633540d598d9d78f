import { maturityLevel, type Maturity } from '../model';

/** What prioritisation needs to know of a touchpoint. */
export interface PrioritisationInput {
  id: string;
  name: string;
  relevance: number;
  /** Null until someone assessed it: a touchpoint is not ranked on made-up numbers. */
  impact: number | null;
  effort: number | null;
  currentMaturity: Maturity;
  targetMaturity: Maturity;
  /** Mean customer rating 1-5, if any customer rated it. */
  customerRating: number | null;
  /** Target customer rating 1-5, if set. */
  targetRating: number | null;
  momentThatMatters: boolean;
}

/** A touchpoint whose impact and effort are both known. */
export type AssessedInput = PrioritisationInput & { impact: number; effort: number };

/**
 * Impact and effort both set. One of the two alone does not place a touchpoint in the matrix either.
 * @example isAssessed({ ...tp, impact: 4, effort: null }) // false
 */
export function isAssessed(t: PrioritisationInput): t is AssessedInput {
  return t.impact !== null && t.effort !== null;
}

export type Quadrant = 'quick_win' | 'major_project' | 'fill_in' | 'thankless_task';

export interface PrioritisedTouchpoint {
  id: string;
  name: string;
  /** Maturity levels to climb: target minus as-is (0-3, never negative). */
  maturityGap: number;
  /** Rating points missing to the target rating (0-4), 0 when either is unknown. */
  ratingGap: number;
  /** Relevance weighted by impact, the basis of the Pareto view. */
  weightedRelevance: number;
  /** relevance × impact × (maturity gap + rating gap) ÷ effort, doubled for moments that matter. */
  priorityScore: number;
  quadrant: Quadrant;
  quickWin: boolean;
}

/** Impact and effort at or above this value count as high. */
export const HIGH = 3;

export function quadrantOf(impact: number, effort: number): Quadrant {
  const highImpact = impact >= HIGH;
  const lowEffort = effort < HIGH;
  if (highImpact && lowEffort) return 'quick_win';
  if (highImpact) return 'major_project';
  if (lowEffort) return 'fill_in';
  return 'thankless_task';
}

/**
 * Scores one touchpoint. A touchpoint without a gap scores 0: there is nothing to do.
 * @example prioritiseTouchpoint({ relevance: 5, impact: 4, effort: 2, currentMaturity: 'minimal', targetMaturity: 'excellent', ... }).priorityScore // 5*4*2/2 = 20
 */
export function prioritiseTouchpoint(t: AssessedInput): PrioritisedTouchpoint {
  const maturityGap = Math.max(0, maturityLevel[t.targetMaturity] - maturityLevel[t.currentMaturity]);
  const ratingGap =
    t.customerRating !== null && t.targetRating !== null
      ? Math.max(0, round1(t.targetRating - t.customerRating))
      : 0;
  const gap = maturityGap + ratingGap;
  const base = (t.relevance * t.impact * gap) / t.effort;
  const priorityScore = round1(t.momentThatMatters ? base * 2 : base);
  const quadrant = quadrantOf(t.impact, t.effort);
  return {
    id: t.id,
    name: t.name,
    maturityGap,
    ratingGap,
    weightedRelevance: t.relevance * t.impact,
    priorityScore,
    quadrant,
    quickWin: quadrant === 'quick_win' && gap > 0,
  };
}

export interface ParetoRow {
  id: string;
  name: string;
  weightedRelevance: number;
  share: number;
  cumulativeShare: number;
  /** Part of the smallest set of touchpoints that together carry 80 % of the weighted relevance. */
  key: boolean;
}

/**
 * Pareto view (seed 000: 20 % of the touchpoints carry 80 % of the effect): sorted by weighted relevance,
 * a touchpoint is `key` while the share before it is still under 80 %. Shares are percentages.
 */
export function paretoView(rows: readonly PrioritisedTouchpoint[], threshold = 80): ParetoRow[] {
  const sorted = [...rows].sort(
    (a, b) => b.weightedRelevance - a.weightedRelevance || a.name.localeCompare(b.name),
  );
  const total = sorted.reduce((sum, r) => sum + r.weightedRelevance, 0);
  let before = 0;
  return sorted.map((r) => {
    const share = total === 0 ? 0 : (100 * r.weightedRelevance) / total;
    const row: ParetoRow = {
      id: r.id,
      name: r.name,
      weightedRelevance: r.weightedRelevance,
      share: round1(share),
      cumulativeShare: round1(before + share),
      key: total > 0 && before < threshold,
    };
    before += share;
    return row;
  });
}

export interface PriorityReport {
  touchpoints: PrioritisedTouchpoint[];
  pareto: ParetoRow[];
  quickWins: PrioritisedTouchpoint[];
  /** Touchpoints waiting for impact and effort; left out of the ranking, the matrix and the Pareto view. */
  notAssessed: { id: string; name: string }[];
}

/**
 * The whole priorities view: ranked by score, Pareto set, quick wins first (seed 004). Only assessed
 * touchpoints take part; the others are listed as waiting.
 * @example buildPriorityReport([assessed, { ...other, impact: null, effort: null }]).notAssessed // [{ id, name } of other]
 */
export function buildPriorityReport(inputs: readonly PrioritisationInput[]): PriorityReport {
  const scored = inputs.filter(isAssessed).map(prioritiseTouchpoint);
  const notAssessed = inputs
    .filter((t) => !isAssessed(t))
    .map((t) => ({ id: t.id, name: t.name }))
    .sort((a, b) => a.name.localeCompare(b.name));
  const ranked = [...scored].sort(
    (a, b) =>
      Number(b.quickWin) - Number(a.quickWin) ||
      b.priorityScore - a.priorityScore ||
      a.name.localeCompare(b.name),
  );
  return {
    touchpoints: ranked,
    pareto: paretoView(scored),
    quickWins: ranked.filter((t) => t.quickWin),
    notAssessed,
  };
}

function round1(x: number): number {
  return Math.round(x * 10) / 10;
}
