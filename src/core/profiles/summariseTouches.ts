import { dayOf } from '../webAnalytics';

/** One event of a known person at a touchpoint. */
export interface Touch {
  profileId: string;
  touchpointId: string;
  occurredAt: Date;
}

/** A person's events at one touchpoint on one UTC day: a row of the journey summary. */
export interface TouchpointDay {
  profileId: string;
  touchpointId: string;
  /** YYYY-MM-DD, UTC. */
  day: string;
  firstAt: Date;
  lastAt: Date;
  events: number;
}

/**
 * Folds events into journey-summary rows: one per profile, touchpoint and UTC day, with the first and
 * last time and the number of events. Rows for the same key add up the same way (earliest first, latest
 * last, counts summed), so a batch's rows can be merged into stored ones in any order.
 *
 * @example
 * summariseTouches([
 *   { profileId: 'p', touchpointId: 't', occurredAt: new Date('2026-04-06T10:00:00Z') },
 *   { profileId: 'p', touchpointId: 't', occurredAt: new Date('2026-04-06T09:00:00Z') },
 * ])
 * // [{ profileId: 'p', touchpointId: 't', day: '2026-04-06', firstAt: 09:00, lastAt: 10:00, events: 2 }]
 */
export function summariseTouches(touches: readonly Touch[]): TouchpointDay[] {
  const rows = new Map<string, TouchpointDay>();
  for (const t of touches) {
    const day = dayOf(t.occurredAt);
    const key = `${t.profileId}\u0000${t.touchpointId}\u0000${day}`;
    const row = rows.get(key);
    if (!row)
      rows.set(key, {
        profileId: t.profileId,
        touchpointId: t.touchpointId,
        day,
        firstAt: t.occurredAt,
        lastAt: t.occurredAt,
        events: 1,
      });
    else {
      if (t.occurredAt < row.firstAt) row.firstAt = t.occurredAt;
      if (t.occurredAt > row.lastAt) row.lastAt = t.occurredAt;
      row.events += 1;
    }
  }
  return [...rows.values()];
}
