import { DEMO_LIVE_DAYS, HOUR, DAY } from './settings';

/** CET or CEST (last Sunday of March to last Sunday of October, 01:00 UTC). */
export function berlinOffsetHours(ms: number): number {
  const year = new Date(ms).getUTCFullYear();
  const lastSunday = (month: number) => {
    const last = new Date(Date.UTC(year, month + 1, 0));
    return Date.UTC(year, month + 1, -last.getUTCDay(), 1);
  };
  return ms >= lastSunday(2) && ms < lastSunday(9) ? 2 : 1;
}

export function local(ms: number) {
  const offset = berlinOffsetHours(ms) * HOUR;
  const l = new Date(ms + offset);
  const midnight = Date.UTC(l.getUTCFullYear(), l.getUTCMonth(), l.getUTCDate()) - offset;
  return { hour: (ms - midnight) / HOUR, weekday: l.getUTCDay(), midnight };
}

export const isWorkday = (weekday: number) => weekday >= 1 && weekday <= 5;

/** The first moment of the data: midnight (UTC, as the dashboards count days) `DEMO_LIVE_DAYS` days ago. */
export function demoLiveStart(now: number): number {
  const today = new Date(now);
  return Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate()) - DEMO_LIVE_DAYS * DAY;
}
export const iso = (ms: number) => new Date(Math.round(ms / 1000) * 1000).toISOString();
