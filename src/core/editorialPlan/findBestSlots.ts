/** ISO weekday 1 = Monday … 7 = Sunday, hour 0-23 in the time zone the counts were read in. */
export interface HourOfWeekCount {
  weekday: number;
  hour: number;
  count: number;
}

export interface Slot {
  weekday: number;
  hour: number;
  count: number;
  /** Share of all the channel's events, 0-1. */
  share: number;
}

/**
 * Below this many events the strongest hours are mostly chance: one busy afternoon would decide them.
 * With 30 events spread over 168 hours a top slot still rests on a handful, so the rule is a floor,
 * not a guarantee; the answer shows the count so the reader can judge.
 */
export const MIN_EVENTS_FOR_BEST_TIMES = 30;

export type BestSlots =
  | { status: 'not_enough_data'; events: number; minEvents: number }
  | {
      status: 'enough_data';
      events: number;
      minEvents: number;
      /** 7 rows (Monday first) of 24 hours. */
      matrix: number[][];
      topSlots: Slot[];
      /** Weekdays, strongest first; hours likewise. */
      bestWeekdays: { weekday: number; count: number }[];
      bestHours: { hour: number; count: number }[];
    };

/**
 * The strongest hours of the week from a channel's own events (seed 000: "Evaluierung der stärksten
 * Tage und Uhrzeiten"). Ties go to the earlier slot so the answer is stable.
 *
 * @example
 * findBestSlots([{ weekday: 2, hour: 9, count: 40 }], 3).topSlots // [{ weekday: 2, hour: 9, count: 40, share: 1 }]
 */
export function findBestSlots(
  counts: readonly HourOfWeekCount[],
  top = 3,
  minEvents = MIN_EVENTS_FOR_BEST_TIMES,
): BestSlots {
  const matrix = Array.from({ length: 7 }, () => Array.from({ length: 24 }, () => 0));
  let events = 0;
  for (const c of counts) {
    const row = matrix[c.weekday - 1];
    if (!row || c.hour < 0 || c.hour > 23 || c.count <= 0) continue;
    row[c.hour] = (row[c.hour] ?? 0) + c.count;
    events += c.count;
  }
  if (events < minEvents) return { status: 'not_enough_data', events, minEvents };
  const slots = matrix.flatMap((row, d) =>
    row.map((count, hour) => ({ weekday: d + 1, hour, count, share: count / events })),
  );
  const strongestFirst = <T extends { count: number }>(xs: T[]) =>
    xs.filter((x) => x.count > 0).sort((a, b) => b.count - a.count);
  return {
    status: 'enough_data',
    events,
    minEvents,
    matrix,
    topSlots: strongestFirst(slots).slice(0, top),
    bestWeekdays: strongestFirst(
      matrix.map((row, d) => ({ weekday: d + 1, count: row.reduce((s, n) => s + n, 0) })),
    ),
    bestHours: strongestFirst(
      Array.from({ length: 24 }, (_, hour) => ({
        hour,
        count: matrix.reduce((s, row) => s + (row[hour] ?? 0), 0),
      })),
    ),
  };
}
