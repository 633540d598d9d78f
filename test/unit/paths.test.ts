import { describe, expect, it } from 'vitest';
import { collapseRepeats, computePaths, pathAround, type PathOptions } from '../../src/core/paths';

const from = (touchpointId: string, more: Partial<PathOptions> = {}): PathOptions => ({
  anchor: { kind: 'start', touchpointId },
  depth: 3,
  collapse: false,
  top: 10,
  ...more,
});
const to = (touchpointId: string, more: Partial<PathOptions> = {}): PathOptions => ({
  ...from(touchpointId, more),
  anchor: { kind: 'end', touchpointId },
});

describe('pathAround', () => {
  it('starts at the first time the start touchpoint was reached and says whether the journey went on', () => {
    expect(pathAround(['x', 'a', 'b', 'a', 'c'], from('a'))).toEqual({
      touchpointIds: ['a', 'b', 'a'],
      open: true,
    });
    expect(pathAround(['a', 'b'], from('a'))).toEqual({ touchpointIds: ['a', 'b'], open: false });
    expect(pathAround(['b'], from('a'))).toBeNull();
  });

  it('ends at the first time the end touchpoint was reached', () => {
    expect(pathAround(['x', 'y', 'z', 'e', 'e'], to('e'))).toEqual({
      touchpointIds: ['y', 'z', 'e'],
      open: true,
    });
    expect(pathAround(['z', 'e'], to('e'))).toEqual({ touchpointIds: ['z', 'e'], open: false });
  });

  it('collapses consecutive repeats on request only', () => {
    expect(collapseRepeats(['a', 'a', 'b', 'a', 'a'])).toEqual(['a', 'b', 'a']);
    expect(pathAround(['a', 'a', 'b'], from('a', { collapse: true }))).toEqual({
      touchpointIds: ['a', 'b'],
      open: false,
    });
    expect(pathAround(['a', 'a', 'b'], from('a'))?.touchpointIds).toEqual(['a', 'a', 'b']);
  });
});

describe('computePaths', () => {
  // Hand-worked: from "a", depth 3. p1,p2: a b c (ended); p3: a b (ended); p4: a c d e (open); p5: no "a".
  const sequences = [
    { profileId: 'p1', touchpointIds: ['a', 'b', 'c'] },
    { profileId: 'p2', touchpointIds: ['x', 'a', 'b', 'c'] },
    { profileId: 'p3', touchpointIds: ['a', 'b'] },
    { profileId: 'p4', touchpointIds: ['a', 'c', 'd', 'e'] },
    { profileId: 'p5', touchpointIds: ['b', 'c'] },
  ];

  it('counts the most frequent paths from a start, with nodes per level, links and drop-off', () => {
    const r = computePaths(sequences, from('a'));
    expect(r.profiles).toBe(4);
    expect(r.shownProfiles).toBe(4);
    expect(r.paths).toEqual([
      { touchpointIds: ['a', 'b', 'c'], profiles: 2, open: false },
      { touchpointIds: ['a', 'b'], profiles: 1, open: false },
      { touchpointIds: ['a', 'c', 'd'], profiles: 1, open: true },
    ]);
    expect(r.nodes.map((n) => [n.id, n.profiles, n.dropOff])).toEqual([
      ['0:a', 4, 0],
      ['1:b', 3, 1],
      ['1:c', 1, 0],
      ['2:c', 2, 2],
      ['2:(end)', 1, 0],
      ['2:d', 1, 0],
      ['3:(end)', 2, 0],
    ]);
    expect(r.links).toEqual([
      { source: '0:a', target: '1:b', profiles: 3 },
      { source: '1:b', target: '2:c', profiles: 2 },
      { source: '2:c', target: '3:(end)', profiles: 2 },
      { source: '0:a', target: '1:c', profiles: 1 },
      { source: '1:b', target: '2:(end)', profiles: 1 },
      { source: '1:c', target: '2:d', profiles: 1 },
    ]);
  });

  it('keeps the top paths only and right-aligns paths to an end', () => {
    const r = computePaths(sequences, to('c', { top: 1 }));
    // To "c": p1 a b c (began), p2 x a b c -> a b c (open), p4 a c (began), p5 b c (began).
    expect(r.profiles).toBe(4);
    expect(r.paths).toEqual([{ touchpointIds: ['a', 'b', 'c'], profiles: 1, open: false }]);
    expect(r.shownProfiles).toBe(1);
    expect(r.nodes.map((n) => n.id)).toEqual(['0:(start)', '1:a', '2:b', '3:c']);
  });
});
