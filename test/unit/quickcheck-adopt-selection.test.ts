import { describe, expect, it } from 'vitest';
import { defaultAdoptSelection } from '../../src/core/quickcheck';

const row = (
  rank: number,
  name: string,
  labelKey: 'very_recommended' | 'recommended' | 'conditionally_recommended',
) => ({
  rank,
  interface: name,
  labelKey,
});

describe('defaultAdoptSelection', () => {
  it('proposes every "Sehr empfehlenswert" interface the inventory does not have yet', () => {
    const rows = [
      row(2, 'B', 'very_recommended'),
      row(1, 'A', 'very_recommended'),
      row(3, 'C', 'recommended'),
    ];
    expect(defaultAdoptSelection(rows, new Set())).toEqual(['A', 'B']);
    expect(defaultAdoptSelection(rows, new Set(['A']))).toEqual(['B']);
  });

  it('falls back to the best three by rank when none is "Sehr empfehlenswert"', () => {
    const rows = ['A', 'B', 'C', 'D', 'E'].map((name, i) => row(i + 1, name, 'recommended'));
    expect(defaultAdoptSelection(rows, new Set())).toEqual(['A', 'B', 'C']);
    expect(defaultAdoptSelection(rows, new Set(['B']))).toEqual(['A', 'C']);
  });

  it('proposes nothing more once the recommendations are in the inventory', () => {
    const rows = [row(1, 'A', 'very_recommended'), row(2, 'B', 'conditionally_recommended')];
    expect(defaultAdoptSelection(rows, new Set(['A']))).toEqual([]);
    expect(defaultAdoptSelection([], new Set())).toEqual([]);
  });
});
