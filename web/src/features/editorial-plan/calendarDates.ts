/**
 * Calendar arithmetic in the browser's local time: the plan is shown and moved in the reader's own
 * days, and the API receives instants.
 */

/** `YYYY-MM-DD` of a local day. */
export function dayKey(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

export function addDays(date: Date, days: number): Date {
  const next = new Date(date);
  next.setDate(next.getDate() + days);
  return next;
}

/** Monday 00:00 of the week `date` lies in. */
export function startOfWeek(date: Date): Date {
  const start = new Date(date.getFullYear(), date.getMonth(), date.getDate());
  return addDays(start, -((start.getDay() + 6) % 7));
}

export function startOfMonth(date: Date): Date {
  return new Date(date.getFullYear(), date.getMonth(), 1);
}

/** The 7 days of a week view, or the whole weeks (Monday first) that cover a month. */
export function daysOf(view: 'week' | 'month', anchor: Date): Date[] {
  if (view === 'week') {
    const start = startOfWeek(anchor);
    return Array.from({ length: 7 }, (_, i) => addDays(start, i));
  }
  const first = startOfMonth(anchor);
  const start = startOfWeek(first);
  const next = new Date(first.getFullYear(), first.getMonth() + 1, 1);
  const weeks = Math.ceil((next.getTime() - start.getTime()) / (7 * 86_400_000) - 1e-9);
  return Array.from({ length: weeks * 7 }, (_, i) => addDays(start, i));
}

/** The same wall-clock time on another local day: what a drag to another day means. */
export function moveToDay(instant: string, day: string): string {
  const from = new Date(instant);
  const [y = 0, m = 1, d = 1] = day.split('-').map(Number);
  return new Date(y, m - 1, d, from.getHours(), from.getMinutes()).toISOString();
}

/** The value of an `<input type="datetime-local">` for an instant, and back. */
export function toLocalInput(instant: string): string {
  const d = new Date(instant);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${dayKey(d)}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
}
export function fromLocalInput(value: string): string {
  return new Date(value).toISOString();
}
