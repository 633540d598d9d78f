import { percentile } from '../funnel';

/** How the steps of an ad-hoc funnel must follow each other. */
export type FunnelOrder = 'loose' | 'strict';

/**
 * One event of a profile, reduced to what the funnel needs: when it happened, its place in the
 * profile's ordered events, and which steps it matches (the database does the matching).
 */
export interface StepMatch {
  /** Epoch milliseconds. */
  at: number;
  /** Position among all the profile's events in the scan (1, 2, 3, …); strict order needs it. */
  position: number;
  /** Indexes (0-based) of the steps this event matches; an event may match several. */
  steps: readonly number[];
}

/** One profile's matching events, ordered by time (then position). */
export interface ProfileEvents {
  profileId: string;
  events: readonly StepMatch[];
}

export interface AdhocFunnelOptions {
  stepCount: number;
  order: FunnelOrder;
  /** The conversion window in seconds, counted from the entry (the first step). */
  windowSeconds: number;
  /** An entry counts only before this instant (epoch ms): the end of the period; later steps may follow it. */
  entryBefore: number;
  /** An entry counts only from this instant (epoch ms): the start of the period. */
  entryFrom: number;
}

/** How far one profile came: the times it reached each step (`reachedAt.length` steps reached). */
export interface ProfileProgress {
  profileId: string;
  reachedAt: number[];
}

export interface AdhocFunnelStepFigures {
  /** Profiles that reached this step. */
  profiles: number;
  /** profiles / profiles of the previous step, 0..1; 1 for the first step; null when no one reached the previous. */
  conversionFromPrevious: number | null;
  /** profiles / profiles of the first step, 0..1; null when no one entered. */
  conversionFromFirst: number | null;
  /** Reached this step but not the next; null for the last step. */
  dropOff: number | null;
  /** Seconds from the previous step to this one, over the profiles that reached it; null for the first step. */
  medianSecondsFromPrevious: number | null;
  p90SecondsFromPrevious: number | null;
  /** Seconds from the entry to this step; null for the first step. */
  medianSecondsFromFirst: number | null;
  p90SecondsFromFirst: number | null;
}

/**
 * Walks one profile through the steps. First-qualifying-entry semantics: the profile's first event in
 * the period that matches step 1 is its entry, and only that attempt counts (a later step-1 event does
 * not start a new one). Each following step is reached by the first later event that matches it
 * (loose order: other events may lie between; strict order: it must be the very next event of the
 * profile, or the walk stops) and that lies within the window from the entry. One event serves one step.
 *
 * @example progressOf(events, { stepCount: 2, order: 'loose', windowSeconds: 3600, entryFrom: 0, entryBefore: Infinity })
 */
export function progressOf(events: readonly StepMatch[], options: AdhocFunnelOptions): number[] {
  const entryIndex = events.findIndex(
    (e) => e.steps.includes(0) && e.at >= options.entryFrom && e.at < options.entryBefore,
  );
  const entry = events[entryIndex];
  if (entry === undefined) return [];
  const reached = [entry.at];
  const deadline = entry.at + options.windowSeconds * 1000;
  let last = entry;
  for (let i = entryIndex + 1; i < events.length && reached.length < options.stepCount; i++) {
    const e = events[i];
    if (e === undefined || e.at > deadline) break;
    const next = reached.length;
    if (options.order === 'strict') {
      // The very next event of the profile must match; events matching no step still count as "between".
      if (e.position !== last.position + 1 || !e.steps.includes(next)) break;
    } else if (!e.steps.includes(next)) continue;
    reached.push(e.at);
    last = e;
  }
  return reached;
}

/**
 * The figures of an ad-hoc funnel from each profile's ordered events: per step the profiles that
 * reached it, conversion from the previous and from the first step, drop-off, and median / 90th
 * percentile seconds to convert (nearest rank). See {@link progressOf} for the entry rule.
 *
 * @example
 * computeAdhocFunnel(profiles, { stepCount: 3, order: 'loose', windowSeconds: 86_400, entryFrom, entryBefore })
 * // { steps: [{ profiles: 10, … }, { profiles: 6, … }, { profiles: 2, … }], progress: [...] }
 */
export function computeAdhocFunnel(
  profiles: readonly ProfileEvents[],
  options: AdhocFunnelOptions,
): { steps: AdhocFunnelStepFigures[]; progress: ProfileProgress[] } {
  const progress = profiles
    .map((p) => ({ profileId: p.profileId, reachedAt: progressOf(p.events, options) }))
    .filter((p) => p.reachedAt.length > 0);
  const counts = Array.from({ length: options.stepCount }, (_, k) =>
    progress.reduce((n, p) => n + (p.reachedAt.length > k ? 1 : 0), 0),
  );
  const first = counts[0] ?? 0;
  const steps = counts.map((count, k): AdhocFunnelStepFigures => {
    const previous = k === 0 ? count : (counts[k - 1] ?? 0);
    const reachedHere = progress.filter((p) => p.reachedAt.length > k);
    const fromPrevious = reachedHere.map((p) => secondsBetween(p.reachedAt[k - 1], p.reachedAt[k]));
    const fromFirst = reachedHere.map((p) => secondsBetween(p.reachedAt[0], p.reachedAt[k]));
    const next = counts[k + 1];
    return {
      profiles: count,
      conversionFromPrevious: k === 0 ? (count > 0 ? 1 : null) : previous > 0 ? count / previous : null,
      conversionFromFirst: first > 0 ? count / first : null,
      dropOff: next === undefined ? null : count - next,
      medianSecondsFromPrevious: k === 0 ? null : percentile(fromPrevious, 0.5),
      p90SecondsFromPrevious: k === 0 ? null : percentile(fromPrevious, 0.9),
      medianSecondsFromFirst: k === 0 ? null : percentile(fromFirst, 0.5),
      p90SecondsFromFirst: k === 0 ? null : percentile(fromFirst, 0.9),
    };
  });
  return { steps, progress };
}

const secondsBetween = (from: number | undefined, to: number | undefined): number =>
  from === undefined || to === undefined ? 0 : Math.round((to - from) / 1000);
