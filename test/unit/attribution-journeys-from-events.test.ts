import { describe, expect, it } from 'vitest';
import {
  attributeAll,
  campaignReturn,
  journeyBuilder,
  type AttributionEvent,
} from '../../src/core/attribution';

const DAY = 86_400_000;
const at = (day: number) => Date.UTC(2026, 3, day);
const touch = (profileId: string, day: number, key: string, matches = true): AttributionEvent => ({
  profileId,
  time: at(day),
  conversion: false,
  value: 0,
  key,
  matches,
});
const conversion = (profileId: string, day: number, value: number): AttributionEvent => ({
  profileId,
  time: at(day),
  conversion: true,
  value,
  key: null,
  matches: false,
});

function build(events: AttributionEvent[], filtered = false) {
  const builder = journeyBuilder({
    from: at(1),
    to: at(31),
    lookbackMs: 10 * DAY,
    collapseRepeats: true,
    filtered,
  });
  for (const e of events) builder.add(e);
  return builder.finish();
}

describe('journeys from events', () => {
  it('cuts journeys at conversions, within the lookback window, collapsing repeats', () => {
    const built = build([
      touch('a', 2, 'ad'),
      touch('a', 15, 'web'),
      touch('a', 16, 'web'),
      conversion('a', 20, 100), // the ad of day 2 is 18 days before: outside the 10 days
      touch('a', 22, 'mail'),
      conversion('a', 23, -5), // a refund-like value counts as 0
      touch('a', 25, 'ad'), // after the last conversion: a null path
      conversion('b', 3, 40), // no touch at all: untouched
    ]);
    expect(built.journeys).toEqual([
      { touches: [{ channel: 'web', time: at(16) }], conversions: 1, value: 100, nulls: 0 },
      { touches: [{ channel: 'mail', time: at(22) }], conversions: 1, value: 0, nulls: 0 },
      { touches: [{ channel: 'ad', time: at(25) }], conversions: 0, value: 0, nulls: 1 },
    ]);
    expect(built.profileIds).toEqual(['a', 'a', 'a']);
    expect(built.untouched).toEqual({ conversions: 1, value: 40 });
  });

  it('keeps only journeys with a matching touch when filtered', () => {
    const built = build(
      [touch('a', 2, 'ad', false), conversion('a', 3, 10), touch('b', 2, 'ad', true), conversion('b', 3, 20)],
      true,
    );
    expect(built.profileIds).toEqual(['b']);
    expect(built.untouched).toEqual({ conversions: 0, value: 0 });
  });

  it('gives credits that add up to the conversions and value on random streams', () => {
    for (let seed = 1; seed <= 20; seed++) {
      let x = seed;
      const rand = () => (x = (x * 48271) % 2147483647) / 2147483647;
      const events: AttributionEvent[] = [];
      for (let p = 0; p < 30; p++)
        for (let d = 1; d <= 30; d++) {
          if (rand() < 0.2)
            events.push(touch(`p${p}`, d, ['ad', 'web', 'mail', 'fair'][Math.floor(rand() * 4)] ?? 'ad'));
          if (rand() < 0.05) events.push(conversion(`p${p}`, d, Math.round(rand() * 500)));
        }
      const built = build(events);
      const report = attributeAll(built.journeys, {
        decayClock: 'days',
        halfLife: 7,
        fixedShares: { fair: 0.2 },
      });
      if (!report.ok) throw new Error(report.error.message);
      for (const model of report.value.models) {
        const sum = (what: 'conversions' | 'value') =>
          report.value.channels.reduce((s, c) => s + (c[what][model.kind] ?? 0), 0);
        expect(sum('conversions')).toBeCloseTo(report.value.totals.conversions, 6);
        expect(sum('value')).toBeCloseTo(report.value.totals.value, 6);
      }
    }
  });
});

describe('campaign return', () => {
  it('divides only by a cost above zero', () => {
    expect(campaignReturn(1000, 4, 2500)).toEqual({ roi: 1.5, costPerConversion: 250, gap: null });
    expect(campaignReturn(null, 4, 2500)).toEqual({ roi: null, costPerConversion: null, gap: 'no_cost' });
    expect(campaignReturn(0, 4, 2500)).toEqual({ roi: null, costPerConversion: 0, gap: 'zero_cost' });
    expect(campaignReturn(100, 0, 0)).toEqual({ roi: -1, costPerConversion: null, gap: null });
  });
});
