import type { BusinessCalendar } from './businessCalendar';
import { msPerDay, msPerMinute, wallToInstant, zoneOffsetAtUtcDay, zoneOffsetMs } from './zonedTime';

export interface BusinessWalk {
  /** Where the walk stopped: where the budget ran out, or `untilMs`. */
  endMs: number;
  /** Business time passed between the start and `endMs`. */
  businessMs: number;
}

/** A calendar whose days are all closed or holidays for this long has no business time at all. */
const idleDaysLimit = 3660;

const dateOfDay = (day: number) => new Date(day * msPerDay).toISOString().slice(0, 10);
// 1970-01-01, day 0, was a Thursday: index 3 when Monday is 0.
const weekdayIndex = (day: number) => (((day + 3) % 7) + 7) % 7;

/**
 * The one walk behind both directions of the clock: from `fromMs` it counts business time until the
 * budget is spent (its end is then the earliest instant with that much business time behind it, which
 * lies inside or at the end of an opening interval) or until `untilMs`. It steps through local days,
 * taking a whole week in one step when no holiday and no change of offset lies in it, so a walk over
 * decades costs a few thousand steps. Returns undefined when the calendar has no business time for ten
 * years. Business hours are half-open: an interval's closing instant is not inside it.
 */
export function walkBusinessTime(
  calendar: BusinessCalendar,
  fromMs: number,
  budgetMs: number,
  untilMs: number,
): BusinessWalk | undefined {
  const zone = calendar.timeZone;
  const offsetAtDay = (day: number) => zoneOffsetAtUtcDay(zone, day);
  const openOn = (day: number) => {
    const intervals = calendar.openingHours[weekdayIndex(day)] ?? [];
    return intervals.length > 0 && !calendar.isHoliday(dateOfDay(day)) ? intervals : [];
  };
  const weekMs = calendar.openingHours
    .flat()
    .reduce((sum, interval) => sum + (interval.closes - interval.opens) * msPerMinute, 0);

  // The offset at the start from the remembered ones when its UTC day has no change in it.
  const utcDay = Math.floor(fromMs / msPerDay);
  const startOffset =
    offsetAtDay(utcDay) === offsetAtDay(utcDay + 1) ? offsetAtDay(utcDay) : zoneOffsetMs(zone, fromMs);
  const firstDay = Math.floor((fromMs + startOffset) / msPerDay);
  let cursor = fromMs;
  let used = 0;
  let lastOpenDay = firstDay;
  for (let day = firstDay; ; day++) {
    // Any offset is under a day, so local day `day` begins after UTC day `day - 1` begins.
    if ((day - 1) * msPerDay >= untilMs) return { endMs: untilMs, businessMs: used };
    if (untilMs === Infinity && day - lastOpenDay > idleDaysLimit) return undefined;

    // Every opening interval of a whole week counts in full when no holiday and no offset change
    // (assumed to happen at most once in nine days) lies in it.
    if (day > firstDay && used + weekMs < budgetMs && offsetAtDay(day - 1) === offsetAtDay(day + 8)) {
      const weekEnd = (day + 7) * msPerDay - offsetAtDay(day + 8);
      let wholeWeek = weekEnd <= untilMs;
      for (let d = day; wholeWeek && d < day + 7; d++) {
        if ((calendar.openingHours[weekdayIndex(d)] ?? []).length > 0 && openOn(d).length === 0)
          wholeWeek = false;
      }
      if (wholeWeek) {
        used += weekMs;
        cursor = weekEnd;
        lastOpenDay = day + 6;
        day += 6;
        continue;
      }
    }

    const intervals = openOn(day);
    if (intervals.length === 0) continue;
    const steady = offsetAtDay(day - 1) === offsetAtDay(day + 2);
    const offset = offsetAtDay(day - 1);
    const instant = (minute: number) => {
      const wall = day * msPerDay + minute * msPerMinute;
      return steady ? wall - offset : wallToInstant(zone, wall);
    };
    for (const interval of intervals) {
      const close = instant(interval.closes);
      const from = Math.max(instant(interval.opens), cursor);
      if (from >= close) continue;
      lastOpenDay = day;
      if (from >= untilMs) return { endMs: untilMs, businessMs: used };
      const end = Math.min(close, untilMs);
      if (used + (end - from) >= budgetMs) return { endMs: from + (budgetMs - used), businessMs: budgetMs };
      used += end - from;
      cursor = end;
      if (end === untilMs) return { endMs: untilMs, businessMs: used };
    }
  }
}
