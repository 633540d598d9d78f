import type { EditorialStatus, TargetPeriod } from './editorialModel';

const DAY_MS = 86_400_000;
/** A week target is checked over the next (and the last) two weeks, a month target over 30 days. */
const WINDOW_DAYS: Record<TargetPeriod, number> = { week: 14, month: 30 };
const PERIOD_DAYS: Record<TargetPeriod, number> = { week: 7, month: 30 };

export interface FrequencyTarget {
  count: number;
  period: TargetPeriod;
}

export interface PlannedPost {
  plannedAt: Date;
  status: EditorialStatus;
}

export interface FrequencyCheck {
  /** `no_target` when the channel has none; otherwise whether the coming window is planned full. */
  status: 'no_target' | 'on_plan' | 'behind';
  windowDays: number;
  /** Items due in the window: `planned` counts every item past the idea stage. */
  coming: { planned: number; expected: number; from: string; to: string };
  /** What went out in the window before now (published items only) against the same target. */
  past: { published: number; expected: number; from: string; to: string };
}

/**
 * Checks a channel's plan against its frequency target ("LinkedIn: 2 per week; 1 planned in the next
 * 2 weeks"). An idea does not count as planned: nobody has committed to it yet. The expected number
 * is the target scaled to the window, rounded up, so "1 per week" expects 2 posts in 14 days.
 *
 * @example
 * checkFrequency({ count: 2, period: 'week' }, posts, new Date('2026-03-02T08:00:00Z'))
 * // { status: 'behind', windowDays: 14, coming: { planned: 1, expected: 4, … }, past: { … } }
 */
export function checkFrequency(
  target: FrequencyTarget | null,
  posts: readonly PlannedPost[],
  now: Date,
): FrequencyCheck {
  const period = target?.period ?? 'week';
  const windowDays = WINDOW_DAYS[period];
  const start = now.getTime();
  const end = start + windowDays * DAY_MS;
  const before = start - windowDays * DAY_MS;
  const expected = target ? Math.ceil((target.count * windowDays) / PERIOD_DAYS[period]) : 0;
  let planned = 0;
  let published = 0;
  for (const p of posts) {
    const t = p.plannedAt.getTime();
    if (t >= start && t < end && p.status !== 'idea') planned++;
    if (t >= before && t < start && p.status === 'published') published++;
  }
  const iso = (ms: number) => new Date(ms).toISOString();
  return {
    status: target === null ? 'no_target' : planned >= expected ? 'on_plan' : 'behind',
    windowDays,
    coming: { planned, expected, from: iso(start), to: iso(end) },
    past: { published, expected, from: iso(before), to: iso(start) },
  };
}
