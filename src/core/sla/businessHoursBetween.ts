import type { BusinessCalendar } from './businessCalendar';
import { walkBusinessTime } from './walkBusinessTime';
import { msPerHour } from './zonedTime';

/**
 * Business time between two instants in milliseconds: the part of [from, to) that lies in opening
 * hours on days that are not holidays. Negative when `to` is before `from`.
 * @example businessMillisecondsBetween(leadHandedOver, leadAccepted, calendar) // 5_400_000 (1.5 h)
 */
export function businessMillisecondsBetween(from: Date, to: Date, calendar: BusinessCalendar): number {
  const fromMs = from.getTime();
  const toMs = to.getTime();
  if (!Number.isFinite(fromMs) || !Number.isFinite(toMs)) throw new RangeError('Invalid Date');
  if (toMs < fromMs) return -businessMillisecondsBetween(to, from, calendar);
  // Walking to a bounded end always ends; it never gives up.
  return walkBusinessTime(calendar, fromMs, Infinity, toMs)?.businessMs ?? 0;
}

/**
 * Business hours between two instants (see businessMillisecondsBetween), e.g. how long sales took to
 * accept a lead. `businessHoursBetween(start, addBusinessHours(start, h))` is `h`.
 * @example businessHoursBetween(new Date('2026-12-18T16:00:00+01:00'), new Date('2026-12-21T10:00:00+01:00'), calendar) // 2
 */
export function businessHoursBetween(from: Date, to: Date, calendar: BusinessCalendar): number {
  return businessMillisecondsBetween(from, to, calendar) / msPerHour;
}
