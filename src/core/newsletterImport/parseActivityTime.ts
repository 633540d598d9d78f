/**
 * Reads the times newsletter tools write into their exports, as an instant:
 * - ISO 8601 with an offset or `Z` (`2026-03-02T09:15:00+00:00`, Mailchimp's API),
 * - `2026-03-02 09:15[:00]` and `2026-03-02T09:15[:00]` without a zone (Brevo, our plain format),
 * - German `02.03.2026 09:15[:00]` or `02.03.2026` (CleverReach),
 * - US `03/02/2026 9:15[:00] AM` (Mailchimp's report screens),
 * - Unix time in seconds (10 digits) or milliseconds (13 digits) (Brevo's `ts_event`).
 * A time without a zone is taken as wall-clock time in `timeZone` (an IANA name). Returns null for
 * anything else, or an impossible date (31.02.).
 *
 * @example parseActivityTime('02.03.2026 10:15', 'Europe/Berlin')?.toISOString() // '2026-03-02T09:15:00.000Z'
 */
export function parseActivityTime(text: string, timeZone: string): Date | null {
  const s = text.trim();
  if (/^\d{10}$/.test(s)) return new Date(Number(s) * 1000);
  if (/^\d{13}$/.test(s)) return new Date(Number(s));
  const iso =
    /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{1,2}):(\d{2})(?::(\d{2})(?:\.(\d{1,6}))?)?)?\s*(Z|UTC|[+-]\d{2}:?\d{2})?$/i.exec(
      s,
    );
  if (iso) {
    const [, y, mo, d, h, mi, sec, frac, zone] = iso;
    const ms = frac ? Math.round(Number(`0.${frac}`) * 1000) : 0;
    return instantOf(
      {
        y: Number(y),
        mo: Number(mo),
        d: Number(d),
        h: Number(h ?? 0),
        mi: Number(mi ?? 0),
        s: Number(sec ?? 0),
        ms,
      },
      zone,
      timeZone,
    );
  }
  const german = /^(\d{1,2})\.(\d{1,2})\.(\d{4})(?:,?\s+(\d{1,2}):(\d{2})(?::(\d{2}))?(?:\s*Uhr)?)?$/i.exec(
    s,
  );
  if (german) {
    const [, d, mo, y, h, mi, sec] = german;
    return instantOf(
      {
        y: Number(y),
        mo: Number(mo),
        d: Number(d),
        h: Number(h ?? 0),
        mi: Number(mi ?? 0),
        s: Number(sec ?? 0),
        ms: 0,
      },
      undefined,
      timeZone,
    );
  }
  const us = /^(\d{1,2})\/(\d{1,2})\/(\d{4})(?:,?\s+(\d{1,2}):(\d{2})(?::(\d{2}))?\s*(AM|PM)?)?$/i.exec(s);
  if (us) {
    const [, mo, d, y, h, mi, sec, half] = us;
    let hour = Number(h ?? 0);
    if (half) {
      if (hour < 1 || hour > 12) return null;
      hour = (hour % 12) + (half.toUpperCase() === 'PM' ? 12 : 0);
    }
    return instantOf(
      {
        y: Number(y),
        mo: Number(mo),
        d: Number(d),
        h: hour,
        mi: Number(mi ?? 0),
        s: Number(sec ?? 0),
        ms: 0,
      },
      undefined,
      timeZone,
    );
  }
  return null;
}

interface WallClock {
  y: number;
  mo: number;
  d: number;
  h: number;
  mi: number;
  s: number;
  ms: number;
}

function instantOf(t: WallClock, zone: string | undefined, timeZone: string): Date | null {
  if (t.mo < 1 || t.mo > 12 || t.d < 1 || t.h > 23 || t.mi > 59 || t.s > 59) return null;
  const utc = Date.UTC(t.y, t.mo - 1, t.d, t.h, t.mi, t.s, t.ms);
  // Date.UTC rolls 31.02. over into March; a date that does not exist is a bad row, not another day.
  if (new Date(utc).getUTCDate() !== t.d) return null;
  if (zone !== undefined) {
    if (/^(Z|UTC)$/i.test(zone)) return new Date(utc);
    const m = /^([+-])(\d{2}):?(\d{2})$/.exec(zone);
    if (!m) return null;
    const offset = (Number(m[2]) * 60 + Number(m[3])) * 60_000 * (m[1] === '-' ? -1 : 1);
    return new Date(utc - offset);
  }
  // The zone's offset at that wall-clock time: guess with the offset at `utc`, then correct once, which
  // settles every time but the hour a clock change skips (taken as the hour after).
  const first = utc - offsetAt(utc, timeZone);
  return new Date(utc - offsetAt(first, timeZone));
}

const formatters = new Map<string, Intl.DateTimeFormat>();

/** Milliseconds the zone is ahead of UTC at an instant. */
function offsetAt(instant: number, timeZone: string): number {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(timeZone, f);
  }
  const parts = f.formatToParts(instant);
  const part = (type: string) => Number(parts.find((p) => p.type === type)?.value ?? 0);
  const wall = Date.UTC(
    part('year'),
    part('month') - 1,
    part('day'),
    part('hour'),
    part('minute'),
    part('second'),
  );
  return wall - Math.floor(instant / 1000) * 1000;
}

/** Whether `name` is a time zone this runtime knows. */
export function isTimeZone(name: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: name });
    return true;
  } catch {
    return false;
  }
}
