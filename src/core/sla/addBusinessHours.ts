import { err, ok, type Result } from '../result';
import type { BusinessCalendar } from './businessCalendar';
import { walkBusinessTime } from './walkBusinessTime';
import { msPerHour } from './zonedTime';

/** Far enough for any SLA (about 480 years of a 40-hour week), near enough to answer in a second. */
export const maxBusinessHours = 1_000_000;
const earliest = Date.UTC(1900, 0, 1);
const latest = Date.UTC(9999, 11, 31, 23, 59, 59, 999);

/**
 * The earliest instant at which `hours` business hours have passed since `start`: a start outside
 * business hours counts from the next opening, a deadline exactly at closing time is that closing
 * time, and 0 hours gives the start itself when it lies in business hours, else the next opening.
 * Fractions of an hour count to the millisecond.
 * @example
 * // Friday 16:00 Berlin + 2 business hours = Monday 10:00
 * addBusinessHours(new Date('2026-12-18T16:00:00+01:00'), 2, calendar) // ok(2026-12-21T09:00:00Z)
 */
export function addBusinessHours(start: Date, hours: number, calendar: BusinessCalendar): Result<Date> {
  const startMs = start.getTime();
  if (!Number.isFinite(startMs) || startMs < earliest || startMs > latest)
    return err('validation_failed', 'start must be a time between the years 1900 and 9999', {
      field: 'start',
    });
  if (!Number.isFinite(hours) || hours < 0 || hours > maxBusinessHours)
    return err('validation_failed', `hours must be a number from 0 to ${maxBusinessHours}`, {
      field: 'hours',
    });
  const walk = walkBusinessTime(calendar, startMs, Math.round(hours * msPerHour), Infinity);
  if (walk === undefined)
    return err('validation_failed', 'the calendar has no business hours in the ten years after the start', {
      field: 'calendar',
    });
  if (walk.endMs > latest)
    return err('validation_failed', 'the deadline would fall after the year 9999', { field: 'hours' });
  return ok(new Date(walk.endMs));
}
