/**
 * Time-zone arithmetic on Node's built-in Intl (full ICU ships with Node 20), so the clock needs no
 * time-zone library and follows the tz database of the running Node. Instants are epoch milliseconds;
 * "wall" milliseconds are the local date and clock time of a zone written as if they were UTC, which
 * turns local calendar arithmetic into plain integer arithmetic.
 */

export const msPerMinute = 60_000;
export const msPerHour = 3_600_000;
export const msPerDay = 86_400_000;

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (formatter === undefined) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

/** Whether Intl knows the IANA time zone name (e.g. `Europe/Berlin`). */
export function isKnownTimeZone(timeZone: string): boolean {
  try {
    formatterFor(timeZone);
    return true;
  } catch {
    return false;
  }
}

/**
 * The zone's offset from UTC at an instant, in milliseconds (Europe/Berlin: 3,600,000 in winter).
 * @example zoneOffsetMs('Europe/Berlin', Date.parse('2026-07-01T12:00:00Z')) // 7_200_000
 */
export function zoneOffsetMs(timeZone: string, instantMs: number): number {
  const seconds = Math.floor(instantMs / 1000) * 1000;
  const field = { year: 0, month: 1, day: 1, hour: 0, minute: 0, second: 0 };
  for (const part of formatterFor(timeZone).formatToParts(seconds)) {
    if (part.type in field) field[part.type as keyof typeof field] = Number(part.value);
  }
  const wall = Date.UTC(field.year, field.month - 1, field.day, field.hour, field.minute, field.second);
  return wall - seconds;
}

const dayOffsets = new Map<string, Map<number, number>>();
/** Enough for three centuries of days per zone; a full memo starts again rather than grow. */
const dayOffsetsLimit = 100_000;

/**
 * The zone's offset at the start (00:00 UTC) of a UTC day, numbered from 1970-01-01. Remembered per
 * zone: the clock asks for the same few days again and again, and each fresh answer costs an Intl call.
 * @example zoneOffsetAtUtcDay('Europe/Berlin', 20_000) // 7_200_000 (2024-10-04, summer time)
 */
export function zoneOffsetAtUtcDay(timeZone: string, day: number): number {
  let offsets = dayOffsets.get(timeZone);
  if (offsets === undefined) {
    offsets = new Map();
    dayOffsets.set(timeZone, offsets);
  }
  let offset = offsets.get(day);
  if (offset === undefined) {
    if (offsets.size >= dayOffsetsLimit) offsets.clear();
    offset = zoneOffsetMs(timeZone, day * msPerDay);
    offsets.set(day, offset);
  }
  return offset;
}

/**
 * The instant at which the zone's clock first shows a wall time. A wall time the clock skips (the hour
 * lost in spring) resolves to the moment of the jump, the first instant whose wall time is at least
 * the one asked for; a wall time shown twice (the hour repeated in autumn) to its first showing.
 * Assumes the zone changes its offset at most once within two days, which holds for every zone in
 * the tz database since 1900.
 * @example wallToInstant('Europe/Berlin', Date.UTC(2026, 2, 29, 2, 30)) // 2026-03-29T01:00:00Z
 */
export function wallToInstant(timeZone: string, wallMs: number): number {
  const before = zoneOffsetMs(timeZone, wallMs - msPerDay);
  const after = zoneOffsetMs(timeZone, wallMs + msPerDay);
  if (before === after) return wallMs - before;
  const early = wallMs - before;
  const late = wallMs - after;
  const earlyValid = zoneOffsetMs(timeZone, early) === before;
  const lateValid = zoneOffsetMs(timeZone, late) === after;
  if (earlyValid && lateValid) return Math.min(early, late);
  if (earlyValid) return early;
  if (lateValid) return late;
  return transitionBetween(timeZone, Math.min(early, late), Math.max(early, late), after);
}

/** The first instant in (from, to] at which the zone's offset is `offsetAfter`, to the second. */
function transitionBetween(timeZone: string, from: number, to: number, offsetAfter: number): number {
  let low = Math.floor(from / 1000);
  let high = Math.ceil(to / 1000);
  while (high - low > 1) {
    const middle = Math.floor((low + high) / 2);
    if (zoneOffsetMs(timeZone, middle * 1000) === offsetAfter) high = middle;
    else low = middle;
  }
  return high * 1000;
}

function pad(value: number, width = 2): string {
  return String(value).padStart(width, '0');
}

/**
 * ISO 8601 with the zone's offset at that instant, seconds always, milliseconds only when not zero.
 * @example formatZonedIso(Date.parse('2026-12-28T10:00:00Z'), 'Europe/Berlin') // '2026-12-28T11:00:00+01:00'
 */
export function formatZonedIso(instantMs: number, timeZone: string): string {
  const offset = zoneOffsetMs(timeZone, instantMs);
  const local = new Date(instantMs + offset).toISOString(); // e.g. 2026-12-28T11:00:00.000Z
  const millis = local.slice(19, 23);
  const sign = offset < 0 ? '-' : '+';
  const minutes = Math.round(Math.abs(offset) / msPerMinute);
  return `${local.slice(0, 19)}${millis === '.000' ? '' : millis}${sign}${pad(Math.floor(minutes / 60))}:${pad(minutes % 60)}`;
}
