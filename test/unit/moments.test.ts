import { describe, expect, it } from 'vitest';
import { touchpointKpiStatus } from '../../src/core/mapLive/touchpointKpiStatus';
import {
  differenceInterval,
  lowRatedBusy,
  measureMoments,
  median,
  touchedBefore,
  wilsonInterval,
  type Journey,
} from '../../src/core/moments';

const round = (v: number | undefined | null) =>
  v === null || v === undefined ? v : Math.round(v * 10_000) / 10_000;

describe('the difference interval (Newcombe 1998, method 10)', () => {
  // The published examples of Newcombe's table II, to four places.
  it.each([
    [56, 70, 48, 80, 0.0524, 0.3339],
    [9, 10, 3, 10, 0.1705, 0.809],
    [6, 7, 2, 7, 0.0582, 0.8062],
    [5, 56, 0, 29, -0.0381, 0.1926],
  ])('%i/%i - %i/%i lies in %f..%f', (x1, n1, x2, n2, low, high) => {
    const i = differenceInterval(x1, n1, x2, n2);
    expect(round(i?.low)).toBe(low);
    expect(round(i?.high)).toBe(high);
  });

  it('stays inside -1..1 at the extremes and has no interval for an empty group', () => {
    expect(differenceInterval(10, 10, 0, 20)).toEqual({ low: expect.closeTo(0.6791, 4) as number, high: 1 });
    expect(differenceInterval(0, 0, 1, 2)).toBeNull();
    expect(wilsonInterval(0, 0)).toBeNull();
    expect(wilsonInterval(0, 10)?.low).toBe(0);
    expect(round(wilsonInterval(8, 10)?.low)).toBe(0.4902);
  });
});

const j = (profileId: string, touches: Record<string, number>, convertedAt: number | null): Journey => ({
  profileId,
  firstTouchAt: new Map(Object.entries(touches)),
  convertedAt,
});

describe('measureMoments', () => {
  // 10 journeys. The webinar: 4 touched it, 3 of them converted after it. 1 of the 6 others converted.
  // The ad: touched by all but p9 -> with 9 (4 converted), without 1 (0 converted).
  // p10 converted before touching the webinar, so the webinar does not count for p10.
  const journeys = [
    j('p1', { webinar: 1, ad: 0 }, 5),
    j('p2', { webinar: 1, ad: 0 }, 5),
    j('p3', { webinar: 5, ad: 0 }, 5),
    j('p4', { webinar: 1, ad: 0 }, null),
    j('p5', { ad: 0 }, null),
    j('p6', { ad: 0 }, null),
    j('p7', { ad: 0 }, null),
    j('p8', { ad: 0 }, null),
    j('p9', {}, null),
    j('p10', { webinar: 9, ad: 0 }, 5),
  ];

  it('counts journeys with and without each touchpoint and their rates, by hand', () => {
    const [webinar, ad, never] = measureMoments(journeys, ['ad', 'webinar', 'never'], 3);
    expect(webinar).toMatchObject({
      touchpointId: 'webinar',
      journeysWith: 4,
      conversionsWith: 3,
      journeysWithout: 6,
      conversionsWithout: 1,
      rateWith: 0.75,
      enoughJourneys: true,
    });
    expect(round(webinar?.rateWithout)).toBe(0.1667);
    expect(round(webinar?.liftDifference)).toBe(0.5833);
    expect(webinar?.liftRatio).toBeCloseTo(4.5, 10);
    expect(webinar?.interval?.low).toBeLessThan(0.5833);
    // ad: 9 with (4 converted), 1 without (0): too few without, ranked after the webinar.
    expect(ad).toMatchObject({
      journeysWith: 9,
      conversionsWith: 4,
      journeysWithout: 1,
      conversionsWithout: 0,
    });
    expect(ad?.enoughJourneys).toBe(false);
    expect(ad?.liftRatio).toBeNull();
    // never touched: no rate with it, no difference, no NaN anywhere.
    expect(never).toMatchObject({ journeysWith: 0, rateWith: null, liftDifference: null, interval: null });
  });

  it('never answers NaN, even without journeys', () => {
    const [c] = measureMoments([], ['ad'], 30);
    expect(c).toMatchObject({ journeysWith: 0, journeysWithout: 0, rateWith: null, rateWithout: null });
    expect(JSON.stringify(c)).not.toContain('NaN');
  });

  it('a touch after the conversion does not count; one at the same moment does', () => {
    expect(touchedBefore(j('a', { x: 6 }, 5), 'x')).toBe(false);
    expect(touchedBefore(j('a', { x: 5 }, 5), 'x')).toBe(true);
    expect(touchedBefore(j('a', { x: 6 }, null), 'x')).toBe(true);
  });

  it('agrees with counting journey by journey on random input', () => {
    let seed = 7;
    const rnd = () => (seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31;
    const ids = ['a', 'b', 'c', 'd'];
    for (let round_ = 0; round_ < 50; round_++) {
      const js = Array.from({ length: Math.floor(rnd() * 40) }, (_, i) =>
        j(
          `p${i}`,
          Object.fromEntries(ids.filter(() => rnd() < 0.5).map((id) => [id, Math.floor(rnd() * 10)])),
          rnd() < 0.4 ? Math.floor(rnd() * 10) : null,
        ),
      );
      for (const c of measureMoments(js, ids, 5)) {
        const withIt = js.filter((x) => touchedBefore(x, c.touchpointId));
        const without = js.filter((x) => !touchedBefore(x, c.touchpointId));
        expect(c.journeysWith).toBe(withIt.length);
        expect(c.journeysWithout).toBe(without.length);
        expect(c.conversionsWith).toBe(withIt.filter((x) => x.convertedAt !== null).length);
        expect(c.conversionsWithout).toBe(without.filter((x) => x.convertedAt !== null).length);
        expect(JSON.stringify(c)).not.toMatch(/NaN|Infinity/);
      }
    }
  });

  it('ranks enough journeys first, by lift, then by id', () => {
    const ranked = measureMoments(journeys, ['never', 'ad', 'webinar'], 1);
    expect(ranked.map((c) => c.touchpointId)).toEqual(['webinar', 'ad', 'never']);
  });
});

describe('low ratings on busy paths', () => {
  it('lists touchpoints busier than the median with an average below the threshold', () => {
    const t = (touchpointId: string, people: number, averageRating: number | null) => ({
      touchpointId,
      people,
      averageRating,
      ratings: averageRating === null ? 0 : 3,
    });
    const result = lowRatedBusy(
      [t('hotline', 40, 2.5), t('ad', 10, 1), t('shop', 30, 4.5), t('faq', 35, null), t('x', 0, null)],
      3,
    );
    expect(result.medianPeople).toBe(30);
    expect(result.items.map((i) => i.touchpointId)).toEqual(['hotline']);
    expect(median([])).toBe(0);
    expect(median([3, 1, 2, 10])).toBe(2.5);
  });
});

describe('a touchpoint KPI status on the map', () => {
  it('shows the worst of its KPIs', () => {
    expect(touchpointKpiStatus([])).toBe('no_kpi');
    expect(touchpointKpiStatus(['on_target', 'off_target'])).toBe('off_target');
    expect(touchpointKpiStatus(['no_data', 'on_target'])).toBe('on_target');
    expect(touchpointKpiStatus(['no_data', 'no_target'])).toBe('no_target');
  });
});
