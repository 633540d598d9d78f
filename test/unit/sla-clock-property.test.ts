import { describe, expect, it } from 'vitest';
import {
  addBusinessHours,
  buildBusinessCalendar,
  businessMillisecondsBetween,
  defaultBusinessHours,
  type BusinessCalendar,
  type BusinessHoursSettings,
} from '../../src/core/sla';
import { germanPublicHolidays, parseGermanRegion } from '../../src/core/sla/germanPublicHolidays';

// Check the computation twice (STYLE.md #19): the fast clock against the slowest obvious one, which
// looks at every single minute through its own reading of the local clock.

const minute = 60_000;
const weekdayNames = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];

/** A small seeded generator (mulberry32), so a failure can be repeated with its seed. */
function randomFrom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

/** Is the minute beginning at `instant` a business minute? Read straight off the local clock. */
function businessMinuteReader(calendar: BusinessCalendar): (instant: number) => boolean {
  const clock = new Intl.DateTimeFormat('en-US', {
    timeZone: calendar.timeZone,
    hourCycle: 'h23',
    weekday: 'short',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
  });
  return (instant) => {
    const part = Object.fromEntries(clock.formatToParts(instant).map((p) => [p.type, p.value]));
    const intervals = calendar.openingHours[weekdayNames.indexOf(part.weekday ?? '')] ?? [];
    const minuteOfDay = Number(part.hour) * 60 + Number(part.minute);
    return (
      !calendar.isHoliday(`${part.year}-${part.month}-${part.day}`) &&
      intervals.some((interval) => interval.opens <= minuteOfDay && minuteOfDay < interval.closes)
    );
  };
}

function slowDeadline(isBusiness: (instant: number) => boolean, start: number, minutes: number): number {
  let t = start;
  if (minutes === 0) {
    while (!isBusiness(t)) t += minute;
    return t;
  }
  for (let left = minutes; ; t += minute) {
    if (isBusiness(t) && --left === 0) return t + minute;
  }
}

function calendarOf(settings: BusinessHoursSettings, region: string): BusinessCalendar {
  const parsed = parseGermanRegion(region);
  if (!parsed.ok) throw new Error(parsed.error.message);
  const calendar = buildBusinessCalendar(settings, germanPublicHolidays(parsed.value));
  if (!calendar.ok) throw new Error(calendar.error.message);
  return calendar.value;
}

const calendars: Array<[string, BusinessCalendar]> = [
  ['Mon-Fri 09:00-17:00 Berlin, DE-BY', calendarOf(defaultBusinessHours, 'DE-BY')],
  [
    'split shifts Mon-Sat, Sunday around the clock, DE-NW',
    calendarOf(
      {
        timeZone: 'Europe/Berlin',
        openingHours: {
          monday: ['07:30-12:00', '13:00-18:45'],
          tuesday: ['07:30-12:00', '13:00-18:45'],
          wednesday: ['00:00-01:30', '22:00-24:00'],
          thursday: ['07:30-12:00'],
          friday: ['07:30-12:00', '13:00-18:45'],
          saturday: ['10:00-14:00'],
          sunday: ['00:00-24:00'],
        },
      },
      'DE-NW',
    ),
  ],
];

// Starts are drawn near what makes the clock hard (both summer-time changes, Easter and Whitsun,
// Christmas and New Year, Fronleichnam) and anywhere in 2026-2027.
const windows = [
  ['2026-03-20', '2026-04-10'],
  ['2026-10-16', '2026-11-05'],
  ['2026-12-18', '2027-01-08'],
  ['2026-05-20', '2026-06-08'],
  ['2027-03-18', '2027-04-02'],
  ['2026-01-01', '2028-01-01'],
].map(([from, to]) => [Date.parse(`${from}T00:00:00Z`), Date.parse(`${to}T00:00:00Z`)] as const);

describe.each(calendars)('addBusinessHours against minute stepping: %s', (_name, calendar) => {
  const seed = 20261207;
  const random = randomFrom(seed);
  const isBusiness = businessMinuteReader(calendar);
  const cases = Array.from({ length: 60 }, () => {
    const [from, to] = windows[Math.floor(random() * windows.length)] ?? [0, 0];
    const start = from + Math.floor((random() * (to - from)) / minute) * minute;
    // Mostly short SLAs, some zeros, some over weeks (which the clock takes a week at a time).
    const roll = random();
    const hours = roll < 0.1 ? 0 : roll < 0.7 ? 16 : roll < 0.9 ? 60 : 200;
    const minutes = Math.floor(random() * hours * 60);
    return { start, minutes };
  });

  it(`agrees on 60 random starts and durations (seed ${seed})`, { timeout: 120_000 }, () => {
    for (const { start, minutes } of cases) {
      const due = addBusinessHours(new Date(start), minutes / 60, calendar);
      const label = `${new Date(start).toISOString()} + ${minutes} min`;
      expect(due.ok && due.value.getTime(), label).toBe(slowDeadline(isBusiness, start, minutes));
    }
  });
});

describe.each(calendars)('businessHoursBetween against minute counting: %s', (_name, calendar) => {
  const seed = 1412;
  const random = randomFrom(seed);
  const isBusiness = businessMinuteReader(calendar);

  it(`agrees on 30 random spans of up to three days (seed ${seed})`, { timeout: 120_000 }, () => {
    for (let i = 0; i < 30; i++) {
      const [from, to] = windows[Math.floor(random() * windows.length)] ?? [0, 0];
      const start = from + Math.floor((random() * (to - from)) / minute) * minute;
      const end = start + Math.floor(random() * 3 * 24 * 60) * minute;
      let minutes = 0;
      for (let t = start; t < end; t += minute) if (isBusiness(t)) minutes++;
      const label = `${new Date(start).toISOString()} to ${new Date(end).toISOString()}`;
      expect(businessMillisecondsBetween(new Date(start), new Date(end), calendar), label).toBe(
        minutes * minute,
      );
    }
  });
});

describe.each(calendars)('businessHoursBetween undoes addBusinessHours: %s', (_name, calendar) => {
  const seed = 7122026;
  const random = randomFrom(seed);

  it(
    `on 2,000 random starts to the millisecond and durations up to 500 h (seed ${seed})`,
    { timeout: 120_000 },
    () => {
      for (let i = 0; i < 2_000; i++) {
        const [from, to] = windows[Math.floor(random() * windows.length)] ?? [0, 0];
        const start = new Date(from + Math.floor(random() * (to - from)));
        const ms = Math.floor(random() * (random() < 0.5 ? 16 : 500) * 3_600_000);
        const due = addBusinessHours(start, ms / 3_600_000, calendar);
        if (!due.ok) throw new Error(due.error.message);
        expect(
          businessMillisecondsBetween(start, due.value, calendar),
          `${start.toISOString()} + ${ms} ms`,
        ).toBe(ms);
        // The deadline is the earliest such instant: a millisecond earlier, the time is not yet up.
        if (ms > 0)
          expect(businessMillisecondsBetween(start, new Date(due.value.getTime() - 1), calendar)).toBe(
            ms - 1,
          );
      }
    },
  );
});
