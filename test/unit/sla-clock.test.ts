import { describe, expect, it } from 'vitest';
import {
  addBusinessHours,
  buildBusinessCalendar,
  businessHoursBetween,
  defaultBusinessHours,
  formatZonedIso,
  wallToInstant,
  type BusinessCalendar,
  type BusinessHoursSettings,
  type HolidayLookup,
} from '../../src/core/sla';
import { germanPublicHolidays, parseGermanRegion } from '../../src/core/sla/germanPublicHolidays';

function calendarOf(
  settings: BusinessHoursSettings,
  isHoliday: HolidayLookup = () => false,
): BusinessCalendar {
  const calendar = buildBusinessCalendar(settings, isHoliday);
  if (!calendar.ok) throw new Error(calendar.error.message);
  return calendar.value;
}

function german(region = 'DE'): BusinessCalendar {
  const parsed = parseGermanRegion(region);
  if (!parsed.ok) throw new Error(parsed.error.message);
  return calendarOf(defaultBusinessHours, germanPublicHolidays(parsed.value));
}

/** The deadline as the CLI prints it, in Berlin time. */
function deadline(start: string, hours: number, calendar = german()): string {
  const due = addBusinessHours(new Date(start), hours, calendar);
  if (!due.ok) throw new Error(due.error.message);
  return formatZonedIso(due.value.getTime(), calendar.timeZone);
}

describe('addBusinessHours, Monday to Friday 09:00-17:00 Berlin, nationwide holidays', () => {
  it.each([
    // [what, start, hours, deadline]
    ['within one day', '2026-12-07T10:00:00+01:00', 3, '2026-12-07T13:00:00+01:00'],
    ['a start before opening counts from 09:00', '2026-12-07T07:15:00+01:00', 1, '2026-12-07T10:00:00+01:00'],
    ['Friday 16:00 + 2 h is Monday 10:00', '2026-12-18T16:00:00+01:00', 2, '2026-12-21T10:00:00+01:00'],
    [
      'a start on Saturday counts from Monday 09:00',
      '2026-12-19T11:00:00+01:00',
      1,
      '2026-12-21T10:00:00+01:00',
    ],
    ['start exactly at opening', '2026-12-07T09:00:00+01:00', 1, '2026-12-07T10:00:00+01:00'],
    [
      'start exactly at closing counts from the next opening',
      '2026-12-07T17:00:00+01:00',
      1,
      '2026-12-08T10:00:00+01:00',
    ],
    [
      'a deadline exactly at closing is that closing time',
      '2026-12-07T09:00:00+01:00',
      8,
      '2026-12-07T17:00:00+01:00',
    ],
    ['40 h from Monday 09:00 end Friday 17:00', '2026-12-07T09:00:00+01:00', 40, '2026-12-11T17:00:00+01:00'],
    ['0 h inside business hours is the start', '2026-12-07T11:22:33+01:00', 0, '2026-12-07T11:22:33+01:00'],
    ['0 h at opening is the start', '2026-12-07T09:00:00+01:00', 0, '2026-12-07T09:00:00+01:00'],
    ['0 h at closing is the next opening', '2026-12-07T17:00:00+01:00', 0, '2026-12-08T09:00:00+01:00'],
    ['0 h on Saturday is Monday 09:00', '2026-12-19T11:00:00+01:00', 0, '2026-12-21T09:00:00+01:00'],
    ['half an hour over the evening', '2026-12-07T16:45:00+01:00', 0.5, '2026-12-08T09:15:00+01:00'],
    ['1.25 h', '2026-12-07T16:00:00+01:00', 1.25, '2026-12-08T09:15:00+01:00'],
    [
      'seconds and milliseconds are kept',
      '2026-12-07T09:00:00.123+01:00',
      0.0001,
      '2026-12-07T09:00:00.483+01:00',
    ],
    ['the start may be given in UTC', '2026-12-07T08:00:00Z', 2, '2026-12-07T11:00:00+01:00'],
    // 24 December 2026 is a Thursday and a working day; 25 (Fri) and 26 (Sat) are holidays.
    [
      'Christmas: 24 December counts, 25 does not',
      '2026-12-24T15:00:00+01:00',
      4,
      '2026-12-28T11:00:00+01:00',
    ],
    // 2027: 25 and 26 December fall on the weekend; Germany has no substitute day, Monday 27 counts.
    [
      'Christmas on a weekend has no substitute day',
      '2027-12-24T16:00:00+01:00',
      2,
      '2027-12-27T10:00:00+01:00',
    ],
    ['31 December counts, 1 January does not', '2026-12-31T16:00:00+01:00', 2, '2027-01-04T10:00:00+01:00'],
    // Easter 2026: Good Friday 3 April, Easter Monday 6 April.
    ['Easter', '2026-04-02T16:00:00+02:00', 2, '2026-04-07T10:00:00+02:00'],
    ['Pfingstmontag (25 May 2026)', '2026-05-22T16:00:00+02:00', 2, '2026-05-26T10:00:00+02:00'],
    ['Christi Himmelfahrt (14 May 2026)', '2026-05-13T16:00:00+02:00', 2, '2026-05-15T10:00:00+02:00'],
    [
      'Tag der Deutschen Einheit (Tuesday 3 October 2028)',
      '2028-10-02T16:00:00+02:00',
      2,
      '2028-10-04T10:00:00+02:00',
    ],
    ['Tag der Arbeit (Friday 1 May 2026)', '2026-04-30T16:00:00+02:00', 2, '2026-05-04T10:00:00+02:00'],
  ])('%s', (_what, start, hours, expected) => {
    expect(deadline(start, hours)).toBe(expected);
  });

  it('keeps wall-clock opening hours across the spring change (29 March 2026)', () => {
    // 16:00-17:00 on Friday, then Monday 09:00-10:00, now in summer time: 65 h of real time later.
    const due = deadline('2026-03-27T16:00:00+01:00', 2);
    expect(due).toBe('2026-03-30T10:00:00+02:00');
    expect(Date.parse(due) - Date.parse('2026-03-27T16:00:00+01:00')).toBe(65 * 3_600_000);
  });

  it('keeps wall-clock opening hours across the autumn change (25 October 2026)', () => {
    // 16:30-17:00 on Friday, 09:00-09:45 on Monday; the wall clock says 65:15 h, the night back adds one.
    const due = deadline('2026-10-23T16:30:00+02:00', 1.25);
    expect(due).toBe('2026-10-26T09:45:00+01:00');
    expect(Date.parse(due) - Date.parse('2026-10-23T16:30:00+02:00')).toBe(
      (65 * 60 + 15) * 60_000 + 3_600_000,
    );
  });

  it('crosses Easter and the spring change in one weekend (Easter Sunday 28 March 2027)', () => {
    expect(deadline('2027-03-25T16:00:00+01:00', 2)).toBe('2027-03-30T10:00:00+02:00');
  });

  it('answers 100,000 hours fast and exactly', () => {
    const calendar = german('DE-BY');
    const start = new Date('2026-12-24T10:00:00+01:00');
    const began = performance.now();
    const due = addBusinessHours(start, 100_000, calendar);
    expect(performance.now() - began).toBeLessThan(2_000);
    expect(due.ok && businessHoursBetween(start, due.value, calendar)).toBe(100_000);
  });

  it('refuses negative, infinite and too many hours, and an impossible start', () => {
    const calendar = german();
    const start = new Date('2026-12-07T09:00:00Z');
    for (const hours of [-1, Number.NaN, Number.POSITIVE_INFINITY, 1_000_001])
      expect(addBusinessHours(start, hours, calendar)).toMatchObject({
        ok: false,
        error: { details: { field: 'hours' } },
      });
    expect(addBusinessHours(new Date('x'), 1, calendar)).toMatchObject({
      ok: false,
      error: { details: { field: 'start' } },
    });
  });

  it('gives up on a calendar whose every day is a holiday', () => {
    const calendar = calendarOf(defaultBusinessHours, () => true);
    expect(addBusinessHours(new Date('2026-12-07T09:00:00Z'), 1, calendar)).toMatchObject({
      ok: false,
      error: { details: { field: 'calendar' } },
    });
  });
});

describe('state holidays', () => {
  it.each([
    // Fronleichnam, Thursday 4 June 2026: Bavaria and North Rhine-Westphalia, not Berlin.
    ['DE-BY', '2026-06-03T16:00:00+02:00', '2026-06-05T10:00:00+02:00'],
    ['DE-NW', '2026-06-03T16:00:00+02:00', '2026-06-05T10:00:00+02:00'],
    ['DE-BE', '2026-06-03T16:00:00+02:00', '2026-06-04T10:00:00+02:00'],
    ['DE', '2026-06-03T16:00:00+02:00', '2026-06-04T10:00:00+02:00'],
    // Internationaler Frauentag, Monday 8 March 2027: Berlin only of these.
    ['DE-BE', '2027-03-05T16:00:00+01:00', '2027-03-09T10:00:00+01:00'],
    ['DE-BY', '2027-03-05T16:00:00+01:00', '2027-03-08T10:00:00+01:00'],
    // Allerheiligen, Monday 1 November 2027: Bavaria and North Rhine-Westphalia, not Berlin.
    ['DE-BY', '2027-10-29T16:00:00+02:00', '2027-11-02T10:00:00+01:00'],
    ['DE-NW', '2027-10-29T16:00:00+02:00', '2027-11-02T10:00:00+01:00'],
    ['DE-BE', '2027-10-29T16:00:00+02:00', '2027-11-01T10:00:00+01:00'],
    // Heilige Drei Könige, Wednesday 6 January 2027: Bavaria, not North Rhine-Westphalia.
    ['DE-BY', '2027-01-05T16:00:00+01:00', '2027-01-07T10:00:00+01:00'],
    ['DE-NW', '2027-01-05T16:00:00+01:00', '2027-01-06T10:00:00+01:00'],
    // Buß- und Bettag, Wednesday 18 November 2026: Saxony only.
    ['DE-SN', '2026-11-17T16:00:00+01:00', '2026-11-19T10:00:00+01:00'],
    ['DE-BY', '2026-11-17T16:00:00+01:00', '2026-11-18T10:00:00+01:00'],
    // Augsburger Friedensfest, Friday 8 August 2025: the city of Augsburg, not the state of Bavaria.
    ['DE-BY', '2025-08-07T16:00:00+02:00', '2025-08-08T10:00:00+02:00'],
  ])('%s: %s + 2 h = %s', (region, start, expected) => {
    expect(deadline(start, 2, german(region))).toBe(expected);
  });
});

describe('businessHoursBetween', () => {
  const calendar = german();
  const between = (a: string, b: string) => businessHoursBetween(new Date(a), new Date(b), calendar);

  it('counts only opening hours on working days', () => {
    expect(between('2026-12-18T16:00:00+01:00', '2026-12-21T10:00:00+01:00')).toBe(2);
    expect(between('2026-12-19T00:00:00+01:00', '2026-12-20T23:59:00+01:00')).toBe(0);
    expect(between('2026-12-07T08:00:00+01:00', '2026-12-07T18:00:00+01:00')).toBe(8);
    expect(between('2026-12-07T12:00:00+01:00', '2026-12-07T12:00:00+01:00')).toBe(0);
    expect(between('2026-12-21T10:00:00+01:00', '2026-12-18T16:00:00+01:00')).toBe(-2);
  });

  it('counts the days around both changes of summer time by the wall clock', () => {
    expect(between('2026-03-27T09:00:00+01:00', '2026-03-30T17:00:00+02:00')).toBe(16);
    expect(between('2026-10-23T09:00:00+02:00', '2026-10-26T17:00:00+01:00')).toBe(16);
  });

  it('over a year: 252 working days of 8 hours in 2026 (nationwide holidays on weekdays: 9)', () => {
    // 261 weekdays in 2026; Neujahr, Karfreitag, Ostermontag, 1 Mai, Himmelfahrt, Pfingstmontag and
    // 25 December fall on weekdays, 3 October and 26 December on a Saturday.
    expect(between('2026-01-01T00:00:00+01:00', '2027-01-01T00:00:00+01:00')).toBe((261 - 7) * 8);
  });
});

describe('calendars other than the default', () => {
  const sundays = (ranges: string[]) =>
    calendarOf({ timeZone: 'Europe/Berlin', openingHours: { sunday: ranges } });

  it('a day open around the clock has 23 hours in spring and 25 in autumn', () => {
    const calendar = sundays(['00:00-24:00']);
    expect(
      businessHoursBetween(new Date('2026-03-28T12:00:00Z'), new Date('2026-03-30T12:00:00Z'), calendar),
    ).toBe(23);
    expect(
      businessHoursBetween(new Date('2026-10-24T12:00:00Z'), new Date('2026-10-26T12:00:00Z'), calendar),
    ).toBe(25);
  });

  it('an opening time the clock skips opens when the clock jumps; a repeated one at its first showing', () => {
    const calendar = sundays(['02:30-04:00']);
    // 29 March 2026: 02:00 becomes 03:00, so the day has 03:00-04:00 summer time.
    expect(wallToInstant('Europe/Berlin', Date.UTC(2026, 2, 29, 2, 30))).toBe(
      Date.parse('2026-03-29T01:00:00Z'),
    );
    expect(
      businessHoursBetween(new Date('2026-03-28T12:00:00Z'), new Date('2026-03-30T12:00:00Z'), calendar),
    ).toBe(1);
    // 25 October 2026: 03:00 becomes 02:00; from the first 02:30 (summer) to 04:00 (winter) is 2.5 h.
    expect(
      businessHoursBetween(new Date('2026-10-24T12:00:00Z'), new Date('2026-10-26T12:00:00Z'), calendar),
    ).toBe(2.5);
  });

  it('split shifts and another zone (New York changes on 8 March 2026)', () => {
    const calendar = calendarOf({
      timeZone: 'America/New_York',
      openingHours: { friday: ['08:00-12:00', '13:00-17:00'], monday: ['08:00-12:00', '13:00-17:00'] },
    });
    // Friday 11:00-12:00 and 13:00-17:00 are 5 h, the sixth is Monday 08:00-09:00, in summer time.
    const due = addBusinessHours(new Date('2026-03-06T11:00:00-05:00'), 6, calendar);
    expect(due.ok && formatZonedIso(due.value.getTime(), 'America/New_York')).toBe(
      '2026-03-09T09:00:00-04:00',
    );
  });

  it.each([
    [{ timeZone: 'Europe/Bonn', openingHours: { monday: ['09:00-17:00'] } }, 'timeZone'],
    [{ timeZone: 'Europe/Berlin', openingHours: { monday: ['9-17'] } }, 'openingHours.monday'],
    [{ timeZone: 'Europe/Berlin', openingHours: { monday: ['17:00-09:00'] } }, 'openingHours.monday'],
    [
      { timeZone: 'Europe/Berlin', openingHours: { friday: ['09:00-13:00', '12:00-17:00'] } },
      'openingHours.friday',
    ],
    [{ timeZone: 'Europe/Berlin', openingHours: {} }, 'openingHours'],
  ])('refuses a wrong setting (%j)', (settings, field) => {
    expect(buildBusinessCalendar(settings, () => false)).toMatchObject({
      ok: false,
      error: { details: { field } },
    });
  });
});

describe('formatZonedIso', () => {
  it('prints the Berlin offset of the instant, seconds always, milliseconds when there are some', () => {
    expect(formatZonedIso(Date.parse('2026-12-28T10:00:00Z'), 'Europe/Berlin')).toBe(
      '2026-12-28T11:00:00+01:00',
    );
    expect(formatZonedIso(Date.parse('2026-07-01T10:00:00.5Z'), 'Europe/Berlin')).toBe(
      '2026-07-01T12:00:00.500+02:00',
    );
    expect(formatZonedIso(Date.parse('2026-07-01T10:00:00Z'), 'America/New_York')).toBe(
      '2026-07-01T06:00:00-04:00',
    );
  });
});
