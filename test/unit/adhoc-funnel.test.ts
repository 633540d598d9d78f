import { describe, expect, it } from 'vitest';
import {
  computeAdhocFunnel,
  progressOf,
  type AdhocFunnelOptions,
  type StepMatch,
} from '../../src/core/adhocFunnel';

const MIN = 60_000;
const base: AdhocFunnelOptions = {
  stepCount: 3,
  order: 'loose',
  windowSeconds: 3600,
  entryFrom: 0,
  entryBefore: Number.POSITIVE_INFINITY,
};
/** Events as [minute, position, steps matched]. */
const ev = (...rows: [number, number, number[]][]): StepMatch[] =>
  rows.map(([m, position, steps]) => ({ at: m * MIN, position, steps }));

describe('progressOf (first-qualifying entry)', () => {
  it('loose order lets other events lie between the steps', () => {
    expect(progressOf(ev([0, 1, [0]], [5, 3, [1]], [9, 7, [2]]), base)).toEqual([0, 5 * MIN, 9 * MIN]);
  });

  it('strict order stops at an event between the steps', () => {
    const events = ev([0, 1, [0]], [5, 2, [1]], [9, 4, [2]]);
    expect(progressOf(events, { ...base, order: 'strict' })).toEqual([0, 5 * MIN]);
    expect(progressOf(events, base)).toEqual([0, 5 * MIN, 9 * MIN]);
  });

  it('counts only the first entry: a later step-1 event does not start a new attempt', () => {
    // Entry at minute 0; step 2 only at minute 70, outside the hour although 10 minutes after the second step-1 event.
    expect(progressOf(ev([0, 1, [0]], [60, 2, [0]], [70, 3, [1]]), base)).toEqual([0]);
  });

  it('measures the window from the entry, not from the previous step', () => {
    expect(progressOf(ev([0, 1, [0]], [50, 2, [1]], [61, 3, [2]]), base)).toEqual([0, 50 * MIN]);
  });

  it('lets one event serve one step only, and steps follow in order', () => {
    // The entry matches steps 1 and 2; step 2 needs a later event. Step 3 before step 2 does not count.
    expect(progressOf(ev([0, 1, [0, 1]], [2, 2, [2]], [3, 3, [1]]), base)).toEqual([0, 3 * MIN]);
  });

  it('takes the entry only within the period, later steps may follow it', () => {
    const opts = { ...base, entryFrom: 10 * MIN, entryBefore: 20 * MIN };
    expect(progressOf(ev([5, 1, [0]], [15, 2, [0]], [25, 3, [1]]), opts)).toEqual([15 * MIN, 25 * MIN]);
    expect(progressOf(ev([25, 1, [0]]), opts)).toEqual([]);
  });
});

describe('computeAdhocFunnel', () => {
  it('counts, converts and times a hand-worked funnel', () => {
    const profiles = [
      { profileId: 'a', events: ev([0, 1, [0]], [10, 2, [1]], [30, 3, [2]]) },
      { profileId: 'b', events: ev([0, 1, [0]], [20, 2, [1]]) },
      { profileId: 'c', events: ev([0, 1, [0]], [40, 2, [1]], [50, 3, [2]]) },
      { profileId: 'd', events: ev([0, 1, [0]]) },
      { profileId: 'e', events: ev([0, 1, [1]]) },
    ];
    const { steps, progress } = computeAdhocFunnel(profiles, base);
    expect(progress.map((p) => [p.profileId, p.reachedAt.length])).toEqual([
      ['a', 3],
      ['b', 2],
      ['c', 3],
      ['d', 1],
    ]);
    expect(steps[0]).toMatchObject({
      profiles: 4,
      conversionFromPrevious: 1,
      conversionFromFirst: 1,
      dropOff: 1,
    });
    expect(steps[0]?.medianSecondsFromPrevious).toBeNull();
    // Step 2: a 600 s, b 1200 s, c 2400 s -> median 1200, p90 2400.
    expect(steps[1]).toEqual({
      profiles: 3,
      conversionFromPrevious: 0.75,
      conversionFromFirst: 0.75,
      dropOff: 1,
      medianSecondsFromPrevious: 1200,
      p90SecondsFromPrevious: 2400,
      medianSecondsFromFirst: 1200,
      p90SecondsFromFirst: 2400,
    });
    // Step 3: a 1200 s after step 2 (1800 from entry), c 600 s (3000 from entry).
    expect(steps[2]).toEqual({
      profiles: 2,
      conversionFromPrevious: 2 / 3,
      conversionFromFirst: 0.5,
      dropOff: null,
      medianSecondsFromPrevious: 600,
      p90SecondsFromPrevious: 1200,
      medianSecondsFromFirst: 1800,
      p90SecondsFromFirst: 3000,
    });
  });

  it('answers zeros and nulls, never NaN, for no one', () => {
    const { steps } = computeAdhocFunnel([], { ...base, stepCount: 2 });
    expect(steps).toEqual([
      {
        profiles: 0,
        conversionFromPrevious: null,
        conversionFromFirst: null,
        dropOff: 0,
        medianSecondsFromPrevious: null,
        p90SecondsFromPrevious: null,
        medianSecondsFromFirst: null,
        p90SecondsFromFirst: null,
      },
      {
        profiles: 0,
        conversionFromPrevious: null,
        conversionFromFirst: null,
        dropOff: null,
        medianSecondsFromPrevious: null,
        p90SecondsFromPrevious: null,
        medianSecondsFromFirst: null,
        p90SecondsFromFirst: null,
      },
    ]);
  });
});
