import { describe, expect, it } from 'vitest';
import {
  buildPriorityReport,
  isAssessed,
  paretoView,
  prioritiseTouchpoint,
  quadrantOf,
  type AssessedInput,
  type PrioritisationInput,
} from '../../src/core/prioritisation/prioritise';

const tp = (over: Partial<PrioritisationInput> & { id: string }): PrioritisationInput => ({
  name: over.id,
  relevance: 3,
  impact: 3,
  effort: 3,
  currentMaturity: 'minimal',
  targetMaturity: 'good',
  customerRating: null,
  targetRating: null,
  momentThatMatters: false,
  ...over,
});
/** The same with impact and effort as given or 3 / 3, for the functions that only see assessed ones. */
const assessed = (over: Partial<AssessedInput> & { id: string }): AssessedInput => ({
  ...tp(over),
  impact: over.impact ?? 3,
  effort: over.effort ?? 3,
});

describe('prioritiseTouchpoint', () => {
  it('scores relevance × impact × gap ÷ effort', () => {
    // 5 × 4 × (excellent 3 − minimal 1 = 2) ÷ 2 = 20
    const r = prioritiseTouchpoint(
      assessed({ id: 'a', relevance: 5, impact: 4, effort: 2, targetMaturity: 'excellent' }),
    );
    expect(r).toMatchObject({
      maturityGap: 2,
      ratingGap: 0,
      priorityScore: 20,
      weightedRelevance: 20,
      quadrant: 'quick_win',
      quickWin: true,
    });
  });

  it('adds the rating gap and doubles moments that matter', () => {
    // 3 × 3 × (gap 1 + rating 4.5 − 3.2 = 1.3) ÷ 3 = 6.9, doubled = 13.8
    const r = prioritiseTouchpoint(
      assessed({ id: 'b', customerRating: 3.2, targetRating: 4.5, momentThatMatters: true }),
    );
    expect(r.ratingGap).toBe(1.3);
    expect(r.priorityScore).toBe(13.8);
  });

  it('gives nothing to do a score of 0 and never a negative gap', () => {
    const r = prioritiseTouchpoint(
      assessed({
        id: 'c',
        currentMaturity: 'excellent',
        targetMaturity: 'good',
        customerRating: 5,
        targetRating: 4,
      }),
    );
    expect(r).toMatchObject({ maturityGap: 0, ratingGap: 0, priorityScore: 0, quickWin: false });
  });

  it.each([
    [5, 1, 'quick_win'],
    [3, 2, 'quick_win'],
    [3, 3, 'major_project'],
    [2, 1, 'fill_in'],
    [2, 5, 'thankless_task'],
  ] as const)('impact %i and effort %i is a %s', (impact, effort, quadrant) => {
    expect(quadrantOf(impact, effort)).toBe(quadrant);
  });
});

describe('paretoView', () => {
  it('marks the touchpoints that carry 80 % of the weighted relevance', () => {
    // weights 25, 9, 4, 1, 1 → total 40: shares 62.5, 22.5, 10, 2.5, 2.5
    const rows = [
      tp({ id: 'a', relevance: 5, impact: 5 }),
      tp({ id: 'b', relevance: 3, impact: 3 }),
      tp({ id: 'c', relevance: 2, impact: 2 }),
      tp({ id: 'd', relevance: 1, impact: 1 }),
      tp({ id: 'e', relevance: 1, impact: 1 }),
    ].map((t) => prioritiseTouchpoint(t as AssessedInput));
    const view = paretoView(rows);
    expect(view.map((r) => [r.id, r.share, r.cumulativeShare, r.key])).toEqual([
      ['a', 62.5, 62.5, true],
      ['b', 22.5, 85, true],
      ['c', 10, 95, false],
      ['d', 2.5, 97.5, false],
      ['e', 2.5, 100, false],
    ]);
  });

  it('has no key touchpoints when there is nothing to weigh', () => {
    expect(paretoView([])).toEqual([]);
  });
});

describe('buildPriorityReport', () => {
  it('puts quick wins first, then the highest scores', () => {
    const report = buildPriorityReport([
      tp({
        id: 'big',
        relevance: 5,
        impact: 5,
        effort: 5,
        targetMaturity: 'excellent',
        currentMaturity: 'none',
      }), // 5·5·3/5 = 15
      tp({ id: 'quick', relevance: 2, impact: 3, effort: 1 }), // 2·3·1/1 = 6, quick win
      tp({ id: 'done', currentMaturity: 'good' }),
    ]);
    expect(report.touchpoints.map((t) => t.id)).toEqual(['quick', 'big', 'done']);
    expect(report.quickWins.map((t) => t.id)).toEqual(['quick']);
  });
});

describe('touchpoints not yet assessed', () => {
  // Issue 12: eight new touchpoints, one assessed. With 3/3 assumed for the rest all eight were
  // "major projects" and seven "key"; now only the assessed one is ranked and seven are waiting.
  const fresh = (id: string) => tp({ id, name: id, impact: null, effort: null, targetMaturity: 'good' });
  const report = buildPriorityReport([
    tp({ id: 'website', name: 'Website', impact: 4, effort: 2, targetMaturity: 'good' }),
    ...['a', 'b', 'c', 'd', 'e', 'f', 'g'].map(fresh),
  ]);

  it('are left out of the ranking, the quick wins and the Pareto view', () => {
    expect(report.touchpoints.map((t) => t.id)).toEqual(['website']);
    expect(report.quickWins.map((t) => t.id)).toEqual(['website']);
    expect(report.pareto.map((r) => [r.id, r.key])).toEqual([['website', true]]);
  });

  it('are listed as waiting, by name', () => {
    expect(report.notAssessed.map((t) => t.id)).toEqual(['a', 'b', 'c', 'd', 'e', 'f', 'g']);
  });

  it('need both impact and effort', () => {
    expect(isAssessed(tp({ id: 'x', impact: 4, effort: null }))).toBe(false);
    expect(isAssessed(tp({ id: 'x', impact: null, effort: 2 }))).toBe(false);
    expect(isAssessed(tp({ id: 'x', impact: 1, effort: 1 }))).toBe(true);
  });
});
