import { describe, expect, it } from 'vitest';
import { computePhaseFunnel, percentile, type ProfileReach } from '../../src/core/funnel';

const s = 1000;
const reach = (
  profileId: string,
  companyId: string | null,
  phases: Record<string, number>,
): ProfileReach => ({
  profileId,
  companyId,
  firstReachedAt: new Map(Object.entries(phases)),
});

describe('percentile (nearest rank)', () => {
  it('is one of the values', () => {
    // sorted 1,2,3,4: median rank ceil(2) = 2 -> 2; p90 rank ceil(3.6) = 4 -> 4
    expect(percentile([4, 1, 3, 2], 0.5)).toBe(2);
    expect(percentile([4, 1, 3, 2], 0.9)).toBe(4);
    expect(percentile([7], 0.9)).toBe(7);
    expect(percentile([], 0.5)).toBeNull();
  });
});

describe('computePhaseFunnel', () => {
  it('gives zeros and nulls, never NaN, for no profiles', () => {
    const steps = computePhaseFunnel(['a', 'b'], []);
    expect(steps).toEqual([
      {
        phaseKey: 'a',
        profiles: 0,
        accounts: 0,
        convertedToNext: 0,
        conversionToNext: null,
        dropOff: 0,
        medianSecondsToNext: null,
        p90SecondsToNext: null,
      },
      {
        phaseKey: 'b',
        profiles: 0,
        accounts: 0,
        convertedToNext: null,
        conversionToNext: null,
        dropOff: null,
        medianSecondsToNext: null,
        p90SecondsToNext: null,
      },
    ]);
    expect(computePhaseFunnel([], [reach('x', null, { a: 0 })])).toEqual([]);
  });

  it('counts, converts and times a hand-worked example', () => {
    // awareness -> consideration -> decision
    // ana (acme):  0 s, 60 s, 600 s
    // ben (acme):  10 s, 130 s        (120 s to consideration, stops there)
    // cem (none):  0 s, 300 s         (300 s)
    // dora (beta): 0 s only
    // eve (beta):  consideration at 50 s, awareness only later at 100 s: counted in both, not converted
    const steps = computePhaseFunnel(
      ['awareness', 'consideration', 'decision'],
      [
        reach('ana', 'acme', { awareness: 0, consideration: 60 * s, decision: 600 * s }),
        reach('ben', 'acme', { awareness: 10 * s, consideration: 130 * s }),
        reach('cem', null, { awareness: 0, consideration: 300 * s }),
        reach('dora', 'beta', { awareness: 0 }),
        reach('eve', 'beta', { awareness: 100 * s, consideration: 50 * s }),
      ],
    );
    // awareness: 5 profiles, accounts acme+beta = 2; converted ana, ben, cem = 3 of 5; drop-off 2.
    // times 60, 120, 300: median rank ceil(1.5) = 2 -> 120; p90 rank ceil(2.7) = 3 -> 300.
    expect(steps[0]).toEqual({
      phaseKey: 'awareness',
      profiles: 5,
      accounts: 2,
      convertedToNext: 3,
      conversionToNext: 0.6,
      dropOff: 2,
      medianSecondsToNext: 120,
      p90SecondsToNext: 300,
    });
    // consideration: ana, ben, cem, eve = 4, accounts acme+beta = 2; only ana went on (540 s).
    expect(steps[1]).toEqual({
      phaseKey: 'consideration',
      profiles: 4,
      accounts: 2,
      convertedToNext: 1,
      conversionToNext: 0.25,
      dropOff: 3,
      medianSecondsToNext: 540,
      p90SecondsToNext: 540,
    });
    expect(steps[2]).toMatchObject({ phaseKey: 'decision', profiles: 1, accounts: 1, dropOff: null });
  });

  it('counts someone who reached two phases at the same moment as converted in 0 s', () => {
    const [first] = computePhaseFunnel(['a', 'b'], [reach('x', null, { a: 5 * s, b: 5 * s })]);
    expect(first).toMatchObject({ convertedToNext: 1, medianSecondsToNext: 0, dropOff: 0 });
  });

  it('keeps converted + drop-off = profiles and shares within 0..1 on random input', () => {
    let state = 42;
    const random = () => {
      state = (state * 1_103_515_245 + 12_345) % 2_147_483_648;
      return state / 2_147_483_648;
    };
    const keys = ['a', 'b', 'c', 'd'];
    for (let round = 0; round < 200; round++) {
      const reaches = Array.from({ length: Math.floor(random() * 30) }, (_, i) =>
        reach(
          `p${i}`,
          random() < 0.3 ? null : `c${Math.floor(random() * 5)}`,
          Object.fromEntries(keys.filter(() => random() < 0.6).map((k) => [k, Math.floor(random() * 1e6)])),
        ),
      );
      const steps = computePhaseFunnel(keys, reaches);
      for (const step of steps) {
        expect(step.profiles).toBe(reaches.filter((r) => r.firstReachedAt.has(step.phaseKey)).length);
        expect(step.accounts).toBeLessThanOrEqual(step.profiles);
        if (step.convertedToNext === null) continue;
        expect(step.convertedToNext + (step.dropOff ?? NaN)).toBe(step.profiles);
        if (step.conversionToNext !== null) {
          expect(step.conversionToNext).toBeGreaterThanOrEqual(0);
          expect(step.conversionToNext).toBeLessThanOrEqual(1);
        }
        if (step.medianSecondsToNext !== null)
          expect(step.medianSecondsToNext).toBeLessThanOrEqual(step.p90SecondsToNext ?? -1);
      }
    }
  });
});
