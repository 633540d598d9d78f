import { describe, expect, it } from 'vitest';
import { arrowPath, closestPair, type Box } from '../../web/src/features/journey-map/linkGeometry';

const box = (left: number, top: number): Box => ({ left, top, width: 100, height: 40 });

describe('where an arrow between two cards runs', () => {
  it('runs from the right edge of a card to the left edge of a card in a later column', () => {
    expect(arrowPath(box(0, 0), box(200, 100))).toBe('M 100 20 C 150 20, 150 120, 200 120');
  });

  it('runs back from the left edge to the right edge of a card in an earlier column', () => {
    expect(arrowPath(box(200, 0), box(0, 0))).toBe('M 200 20 C 150 20, 150 20, 100 20');
  });

  it('leaves and re-enters a card in the same column on its right, never through the cards', () => {
    // 18 px plus a sixth of the 120 px between the centres.
    expect(arrowPath(box(0, 0), box(0, 120))).toBe('M 100 20 C 138 20, 138 140, 100 140');
  });

  it('bends at least 24 px between neighbouring columns', () => {
    expect(arrowPath(box(0, 0), box(110, 0))).toBe('M 100 20 C 124 20, 86 20, 110 20');
  });

  it('joins the nearest copies of touchpoints in several phases, forward before backward', () => {
    const fairAttention = box(0, 0);
    const fairLoyalty = box(800, 0);
    const quoteDesire = box(400, 0);
    expect(closestPair([fairAttention, fairLoyalty], [quoteDesire])).toEqual([fairAttention, quoteDesire]);
    // The loyalty copy is nearer, but the link would run backwards from it.
    expect(closestPair([fairLoyalty, fairAttention], [quoteDesire])?.[0]).toBe(fairAttention);
    expect(closestPair([], [quoteDesire])).toBeNull();
  });
});
