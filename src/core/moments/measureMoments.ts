import { differenceInterval, type Interval } from './differenceInterval';

/** One person's journey in the period: when they first touched each touchpoint, and first converted. */
export interface Journey {
  profileId: string;
  /** Touchpoint id -> the first interaction in the period that is not itself a conversion (epoch ms). */
  firstTouchAt: ReadonlyMap<string, number>;
  /** The first conversion (or order) in the period, epoch ms; null for people who did not convert. */
  convertedAt: number | null;
}

export interface MomentCandidate {
  touchpointId: string;
  /** Journeys in which the touchpoint was touched before the conversion (or at all, without one). */
  journeysWith: number;
  conversionsWith: number;
  journeysWithout: number;
  conversionsWithout: number;
  /** conversionsWith / journeysWith, 0..1; null when there are no such journeys. */
  rateWith: number | null;
  rateWithout: number | null;
  /** rateWith - rateWithout (percentage points as a fraction); null when either rate is null. */
  liftDifference: number | null;
  /** rateWith / rateWithout; null when either rate is null or rateWithout is 0. */
  liftRatio: number | null;
  /** 95 % interval of liftDifference (Newcombe's hybrid score method); null when it is null. */
  interval: Interval | null;
  /** Both groups hold at least `minJourneys` journeys; otherwise the figure is "too few journeys". */
  enoughJourneys: boolean;
}

/**
 * Whether a touchpoint counts as present in a journey: touched before the first conversion (a touch
 * after it cannot have led to it), or touched at all by someone who did not convert. A touch at the
 * same millisecond as the conversion counts (a form's page view and its submission share a timestamp).
 *
 * @example touchedBefore({ profileId: 'a', firstTouchAt: new Map([['ad', 5]]), convertedAt: 3 }, 'ad') // false
 */
export function touchedBefore(journey: Journey, touchpointId: string): boolean {
  const at = journey.firstTouchAt.get(touchpointId);
  if (at === undefined) return false;
  return journey.convertedAt === null || at <= journey.convertedAt;
}

/**
 * Moments that matter, measured: for each touchpoint, the conversion rate of the journeys in which it
 * was present against the journeys in which it was not, their difference with its 95 % interval and
 * their ratio. Ranked: candidates with enough journeys in both groups first, by difference (largest
 * lift first), then by the interval's lower bound, then by id, so the order is stable. Only numbers,
 * never NaN: empty groups give null rates.
 *
 * @example
 * // 10 journeys, 4 touched the webinar and 3 of them converted; 1 of the 6 others converted.
 * measureMoments(journeys, ['webinar'], 3)[0]
 * // { touchpointId: 'webinar', journeysWith: 4, conversionsWith: 3, rateWith: 0.75, journeysWithout: 6,
 * //   conversionsWithout: 1, rateWithout: 0.1667, liftDifference: 0.5833, liftRatio: 4.5, ... }
 */
export function measureMoments(
  journeys: readonly Journey[],
  touchpointIds: readonly string[],
  minJourneys: number,
): MomentCandidate[] {
  const total = journeys.length;
  const converted = journeys.filter((j) => j.convertedAt !== null).length;
  const withCounts = new Map(touchpointIds.map((id) => [id, { n: 0, x: 0 }]));
  for (const j of journeys)
    for (const id of j.firstTouchAt.keys()) {
      const c = withCounts.get(id);
      if (c && touchedBefore(j, id)) {
        c.n += 1;
        if (j.convertedAt !== null) c.x += 1;
      }
    }
  const candidates = touchpointIds.map((touchpointId) => {
    const { n: n1, x: x1 } = withCounts.get(touchpointId) ?? { n: 0, x: 0 };
    const n2 = total - n1;
    const x2 = converted - x1;
    const rateWith = n1 === 0 ? null : x1 / n1;
    const rateWithout = n2 === 0 ? null : x2 / n2;
    const liftDifference = rateWith === null || rateWithout === null ? null : rateWith - rateWithout;
    return {
      touchpointId,
      journeysWith: n1,
      conversionsWith: x1,
      journeysWithout: n2,
      conversionsWithout: x2,
      rateWith,
      rateWithout,
      liftDifference,
      liftRatio:
        rateWith === null || rateWithout === null || rateWithout === 0 ? null : rateWith / rateWithout,
      interval: differenceInterval(x1, n1, x2, n2),
      enoughJourneys: n1 >= minJourneys && n2 >= minJourneys,
    };
  });
  const orderKey = (c: MomentCandidate) => c.liftDifference ?? -Infinity;
  return candidates.sort(
    (a, b) =>
      Number(b.enoughJourneys) - Number(a.enoughJourneys) ||
      orderKey(b) - orderKey(a) ||
      (b.interval?.low ?? -Infinity) - (a.interval?.low ?? -Infinity) ||
      a.touchpointId.localeCompare(b.touchpointId),
  );
}
