import { describe, it, expect } from 'vitest';
import {
  compareQuickcheckRuns,
  scoreQuickcheck,
  type QuickcheckAnswer,
  type QuickcheckResultRow,
} from '../../src/core/quickcheck';

const S = 'sehr-wichtig';
const W = 'wichtig';
const L = 'weniger-wichtig';
const U = 'unwichtig';

function scored(answers: readonly QuickcheckAnswer[]): QuickcheckResultRow[] {
  const result = scoreQuickcheck(answers);
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}

// The same company before and after deciding that low running costs matter ("unwichtig" -> "wichtig").
const earlier = scored([W, L, S, S, W, S, L, U, S, L, W, U, S, U]);
const later = scored([W, L, S, S, W, S, L, U, S, L, W, U, S, W]);

describe('compareQuickcheckRuns', () => {
  it('lists every interface in the order of the later run', () => {
    const comparison = compareQuickcheckRuns(earlier, later);
    expect(comparison).toHaveLength(23);
    expect(comparison.map((c) => c.interface)).toEqual(later.map((r) => r.interface));
    expect(comparison.map((c) => c.rankAfter)).toEqual(Array.from({ length: 23 }, (_, i) => i + 1));
  });

  it('reports rank and percent changes, positive = moved up', () => {
    const comparison = compareQuickcheckRuns(earlier, later);
    // Worked out by hand from the rankings of both runs (see quickcheck-scoring.test.ts).
    expect(comparison.slice(0, 3)).toEqual([
      {
        interface: 'Bewertungsportale',
        rankBefore: 2,
        rankAfter: 1,
        rankChange: 1,
        percentBefore: 66.7,
        percentAfter: 77.8,
        percentChange: 11.1,
        labelBefore: 'empfehlenswert',
        labelAfter: 'empfehlenswert',
      },
      {
        interface: 'Blogs',
        rankBefore: 1,
        rankAfter: 2,
        rankChange: -1,
        percentBefore: 72.9,
        percentAfter: 77.1,
        percentChange: 4.2,
        labelBefore: 'empfehlenswert',
        labelAfter: 'empfehlenswert',
      },
      {
        interface: 'Newsletter (Email)',
        rankBefore: 6,
        rankAfter: 3,
        rankChange: 3,
        percentBefore: 65.1,
        percentAfter: 74.6,
        percentChange: 9.5,
        labelBefore: 'empfehlenswert',
        labelAfter: 'empfehlenswert',
      },
    ]);
    expect(comparison.slice(-2)).toEqual([
      {
        interface: 'Chatbots',
        rankBefore: 23,
        rankAfter: 22,
        rankChange: 1,
        percentBefore: 49.3,
        percentAfter: 52,
        percentChange: 2.7,
        labelBefore: 'eher uninteressant',
        labelAfter: 'bedingt empfehlenswert',
      },
      {
        interface: 'Track and Trace (Sendungsverfolgung)',
        rankBefore: 22,
        rankAfter: 23,
        rankChange: -1,
        percentBefore: 50,
        percentAfter: 50,
        percentChange: 0,
        labelBefore: 'bedingt empfehlenswert',
        labelAfter: 'bedingt empfehlenswert',
      },
    ]);
  });

  it('shows no change for identical runs', () => {
    for (const c of compareQuickcheckRuns(later, later)) {
      expect(c.rankChange).toBe(0);
      expect(c.percentChange).toBe(0);
      expect(c.labelBefore).toBe(c.labelAfter);
    }
  });

  it('orders by the later rank even when the later rows come unsorted', () => {
    const comparison = compareQuickcheckRuns(earlier, [...later].reverse());
    expect(comparison.map((c) => c.interface)).toEqual(later.map((r) => r.interface));
  });

  it('leaves the before side empty for an interface the earlier run does not list', () => {
    const withoutBlogs = earlier.filter((r) => r.interface !== 'Blogs');
    const blogs = compareQuickcheckRuns(withoutBlogs, later).find((c) => c.interface === 'Blogs');
    expect(blogs).toEqual({
      interface: 'Blogs',
      rankBefore: null,
      rankAfter: 2,
      rankChange: null,
      percentBefore: null,
      percentAfter: 77.1,
      percentChange: null,
      labelBefore: null,
      labelAfter: 'empfehlenswert',
    });
  });
});
