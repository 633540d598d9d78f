import Holidays from 'date-holidays';
import { err, ok, type Result } from '../result';
import type { HolidayLookup } from './businessCalendar';

// Loading date-holidays parses the rules of every country (about 0.3 s): the CLI imports this module
// only when a command needs holidays, so other commands start as fast as before.

/** `DE` (nationwide holidays only) and the 16 states as ISO 3166-2 codes (`DE-BY`, `DE-NW`, …). */
export const germanRegions: readonly string[] = [
  'DE',
  ...Object.keys(new Holidays().getStates('DE') ?? {})
    .sort()
    .map((state) => `DE-${state}`),
];

export type GermanRegion = string & { readonly __brand: 'GermanRegion' };

/**
 * Accepts `DE` or a state code such as `DE-BY` (any letter case). A region below a state (the city of
 * Augsburg's Friedensfest, catholic communities in Bavaria) is not a choice: the clock counts what
 * holds in the whole state.
 * @example parseGermanRegion('de-by') // ok('DE-BY')
 */
export function parseGermanRegion(text: string): Result<GermanRegion> {
  const region = text.trim().toUpperCase();
  if (!germanRegions.includes(region))
    return err(
      'validation_failed',
      `"${text}" is not a German region; use one of ${germanRegions.join(', ')}`,
      {
        field: 'region',
        allowed: germanRegions,
      },
    );
  return ok(region as GermanRegion);
}

const lookups = new Map<GermanRegion, HolidayLookup>();

/**
 * The public holidays (type `public` in date-holidays) of a German region as a lookup by local date.
 * 24 and 31 December are `bank` days there, Mariä Himmelfahrt in Bavaria an `observance` (it is a
 * holiday only in catholic communities), so neither stops the clock. Each year is computed once.
 * @example germanPublicHolidays(region)('2026-10-03') // true
 */
export function germanPublicHolidays(region: GermanRegion): HolidayLookup {
  const known = lookups.get(region);
  if (known) return known;
  const [, state] = region.split('-');
  // Asking only for public holidays makes a year about three times faster to compute.
  const holidays =
    state === undefined
      ? new Holidays('DE', { types: ['public'] })
      : new Holidays('DE', state, { types: ['public'] });
  const years = new Map<number, ReadonlySet<string>>();
  const lookup: HolidayLookup = (date) => {
    const year = Number(date.slice(0, 4));
    let days = years.get(year);
    if (days === undefined) {
      days = new Set(
        holidays
          .getHolidays(year)
          .filter((holiday) => holiday.type === 'public')
          .map((holiday) => holiday.date.slice(0, 10)),
      );
      years.set(year, days);
    }
    return days.has(date);
  };
  lookups.set(region, lookup);
  return lookup;
}
