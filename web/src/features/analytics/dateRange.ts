/** `YYYY-MM-DD` of a date in UTC. */
export const isoDay = (date: Date) => date.toISOString().slice(0, 10);

/** The last `days` days up to today (UTC), both ends included, as the API's default. */
export function lastDays(days: number): { from: string; to: string } {
  const to = new Date();
  const from = new Date(to.getTime() - (days - 1) * 86_400_000);
  return { from: isoDay(from), to: isoDay(to) };
}

/**
 * The API lists only days with visits; a chart needs every day of the range, so missing days become
 * zero rows.
 */
export function everyDay<T extends { day: string }>(days: readonly T[], from: string, to: string): T[] {
  const byDay = new Map(days.map((d) => [d.day.slice(0, 10), d]));
  const template = days[0];
  if (!template) return [];
  const zero = Object.fromEntries(Object.keys(template).map((k) => [k, 0])) as unknown as T;
  const result: T[] = [];
  for (let t = Date.parse(from); t <= Date.parse(to); t += 86_400_000) {
    const day = isoDay(new Date(t));
    result.push(byDay.get(day) ?? { ...zero, day });
  }
  return result;
}
