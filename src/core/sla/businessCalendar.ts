import { err, ok, type Result } from '../result';
import { isKnownTimeZone } from './zonedTime';

export const weekdays = [
  'monday',
  'tuesday',
  'wednesday',
  'thursday',
  'friday',
  'saturday',
  'sunday',
] as const;
export type Weekday = (typeof weekdays)[number];

/** Opening hours of one day as minutes after local midnight, half-open: open at `opens`, closed at `closes`. */
export interface OpeningInterval {
  opens: number;
  closes: number;
}

/** Whether a local calendar date (`YYYY-MM-DD`, in the calendar's zone) is a day off. */
export type HolidayLookup = (date: string) => boolean;

/**
 * When the business clock runs: opening hours per weekday in local (wall-clock) time of `timeZone`,
 * minus the days `isHoliday` names. The SLA object of a workspace turns into one of these, with its
 * own zone, hours and holiday region.
 */
export interface BusinessCalendar {
  timeZone: string;
  /** Indexed by ISO weekday - 1 (Monday = 0); each day's intervals sorted and not overlapping. */
  openingHours: readonly (readonly OpeningInterval[])[];
  isHoliday: HolidayLookup;
}

/** How a person writes a calendar: an IANA zone and `HH:MM-HH:MM` ranges per weekday. */
export interface BusinessHoursSettings {
  timeZone: string;
  openingHours: Partial<Record<Weekday, readonly string[]>>;
}

/** Monday to Friday, 09:00 to 17:00 in Europe/Berlin: the default of issue 14. */
export const defaultBusinessHours: BusinessHoursSettings = {
  timeZone: 'Europe/Berlin',
  openingHours: {
    monday: ['09:00-17:00'],
    tuesday: ['09:00-17:00'],
    wednesday: ['09:00-17:00'],
    thursday: ['09:00-17:00'],
    friday: ['09:00-17:00'],
  },
};

function parseClock(text: string, allowMidnightEnd: boolean): number | undefined {
  const match = /^(\d{2}):(\d{2})$/.exec(text);
  if (!match) return undefined;
  const minutes = Number(match[1]) * 60 + Number(match[2]);
  if (Number(match[2]) > 59) return undefined;
  if (minutes < 24 * 60 || (allowMidnightEnd && minutes === 24 * 60)) return minutes;
  return undefined;
}

function parseDay(day: Weekday, ranges: readonly string[]): Result<OpeningInterval[]> {
  const intervals: OpeningInterval[] = [];
  for (const range of ranges) {
    const [from = '', to = '', ...rest] = range.split('-');
    const opens = parseClock(from.trim(), false);
    const closes = parseClock(to.trim(), true);
    if (rest.length > 0 || opens === undefined || closes === undefined || closes <= opens)
      return err('validation_failed', `openingHours.${day}: "${range}" is not a range like 09:00-17:00`, {
        field: `openingHours.${day}`,
      });
    intervals.push({ opens, closes });
  }
  intervals.sort((a, b) => a.opens - b.opens);
  for (let i = 1; i < intervals.length; i++) {
    if ((intervals[i]?.opens ?? 0) < (intervals[i - 1]?.closes ?? 0))
      return err('validation_failed', `openingHours.${day}: the ranges overlap`, {
        field: `openingHours.${day}`,
      });
  }
  return ok(intervals);
}

/**
 * Checks the settings once and builds the calendar the clock runs on; holidays come from outside so
 * tests (and other countries) can pass their own.
 * @example
 * const calendar = buildBusinessCalendar(defaultBusinessHours, germanPublicHolidays('DE-BY'));
 */
export function buildBusinessCalendar(
  settings: BusinessHoursSettings,
  isHoliday: HolidayLookup,
): Result<BusinessCalendar> {
  if (!isKnownTimeZone(settings.timeZone))
    return err('validation_failed', `timeZone: "${settings.timeZone}" is not an IANA time zone`, {
      field: 'timeZone',
    });
  const openingHours: OpeningInterval[][] = [];
  for (const day of weekdays) {
    const parsed = parseDay(day, settings.openingHours[day] ?? []);
    if (!parsed.ok) return parsed;
    openingHours.push(parsed.value);
  }
  if (openingHours.every((intervals) => intervals.length === 0))
    return err('validation_failed', 'openingHours: at least one weekday needs opening hours', {
      field: 'openingHours',
    });
  return ok({ timeZone: settings.timeZone, openingHours, isHoliday });
}
