import { err, ok, type Result } from '../result';

const isoWithZone =
  /^(\d{4})-(\d{2})-(\d{2})[Tt](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,3}))?)?(?:([Zz])|([+-])(\d{2}):?(\d{2}))$/;

/**
 * Reads an ISO 8601 time that names its offset (`Z` or `±HH:MM`), strictly: unlike `Date.parse` it
 * refuses 30 February, 24:00 and a time without a zone, whose instant would depend on where the
 * program runs.
 * @example parseIsoInstant('2026-12-28T11:00:00+01:00') // ok(2026-12-28T10:00:00.000Z)
 */
export function parseIsoInstant(text: string): Result<Date> {
  const match = isoWithZone.exec(text.trim());
  if (!match) {
    const withoutZone = /^\d{4}-\d{2}-\d{2}[Tt]\d{2}:\d{2}(:\d{2}(\.\d+)?)?$/.test(text.trim());
    return err(
      'validation_failed',
      withoutZone
        ? `"${text}" has no offset: add Z or one like +01:00 (e.g. ${text.trim()}+01:00)`
        : `"${text}" is not an ISO 8601 time like 2026-12-28T11:00:00+01:00`,
    );
  }
  const [
    ,
    year,
    month,
    day,
    hour,
    minute,
    second = '0',
    fraction = '0',
    zulu,
    sign,
    offsetHours,
    offsetMinutes,
  ] = match;
  const fields = [year, month, day, hour, minute, second].map(Number) as [
    number,
    number,
    number,
    number,
    number,
    number,
  ];
  const millis = Number(fraction.padEnd(3, '0'));
  const local = Date.UTC(fields[0], fields[1] - 1, fields[2], fields[3], fields[4], fields[5], millis);
  const check = new Date(local);
  // Date.UTC rolls 30 February over into March; a real date comes back unchanged.
  if (
    check.getUTCFullYear() !== fields[0] ||
    check.getUTCMonth() !== fields[1] - 1 ||
    check.getUTCDate() !== fields[2] ||
    check.getUTCHours() !== fields[3] ||
    check.getUTCMinutes() !== fields[4] ||
    check.getUTCSeconds() !== fields[5]
  )
    return err('validation_failed', `"${text}" is not a real date and time`);
  const offsetMs =
    zulu !== undefined
      ? 0
      : (sign === '-' ? -1 : 1) * (Number(offsetHours) * 60 + Number(offsetMinutes)) * 60_000;
  if (Math.abs(offsetMs) > 18 * 3_600_000 || Number(offsetMinutes) > 59)
    return err('validation_failed', `"${text}" has an offset beyond ±18:00`);
  return ok(new Date(local - offsetMs));
}
