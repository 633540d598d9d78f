import type { Journey, Touch } from './journey';

/** One event as the journey builder sees it, in the order of a profile's events. */
export interface AttributionEvent {
  profileId: string;
  /** Milliseconds since the epoch. */
  time: number;
  /** Whether the event is a conversion (its type is one of the configured conversion types). */
  conversion: boolean;
  /** A conversion's value (0 for none; negative or non-finite values count as 0). */
  value: number;
  /** The touch's key in the chosen dimension (touchpoint, channel, campaign); null: not a touch. */
  key: string | null;
  /** Whether the touch passes the filters (persona, channel); only read when a filter is set. */
  matches: boolean;
}

export interface JourneyRules {
  /** Start of the period (ms, included) and its end (ms, excluded): conversions inside it count. */
  from: number;
  to: number;
  /** How far before a conversion a touch still counts (ms). */
  lookbackMs: number;
  /** A run of touches with the same key counts once (at its latest time). */
  collapseRepeats: boolean;
  /** Keep only journeys with at least one touch that matches the filters. */
  filtered: boolean;
}

export interface BuiltJourneys {
  /** Converting journeys (conversions 1) and journeys without a conversion (nulls 1). */
  journeys: Journey[];
  /** The profile of each journey, index for index. */
  profileIds: string[];
  /** Conversions in the period without any touch in their window: counted, but no one gets credit. */
  untouched: { conversions: number; value: number };
}

/**
 * Builds journeys from a stream of events ordered by profile and time (ties in log order). A
 * conversion in the period gets the profile's touches since its previous conversion that lie within
 * the lookback window; a conversion uses its touches up, so each touch is credited once. The touches
 * in the period after a profile's last conversion form a journey without a conversion (a null path
 * for the Markov model). Feeding events one at a time keeps memory to the journeys, not the events.
 *
 * @example
 * const builder = journeyBuilder({ from, to, lookbackMs: 30 * 86_400_000, collapseRepeats: true, filtered: false });
 * for (const event of events) builder.add(event);
 * const { journeys } = builder.finish();
 */
export function journeyBuilder(rules: JourneyRules): {
  add(event: AttributionEvent): void;
  finish(): BuiltJourneys;
} {
  const built: BuiltJourneys = { journeys: [], profileIds: [], untouched: { conversions: 0, value: 0 } };
  let profile: string | null = null;
  let touches: Touch[] = [];
  let matches: boolean[] = [];

  const push = (touchList: Touch[], conversions: number, value: number) => {
    built.journeys.push({ touches: touchList, conversions, value, nulls: conversions > 0 ? 0 : 1 });
    built.profileIds.push(profile ?? '');
  };
  const closeProfile = () => {
    const first = touches.findIndex((t) => (t.time ?? 0) >= rules.from);
    if (first >= 0 && (!rules.filtered || matches.slice(first).some(Boolean)))
      push(touches.slice(first), 0, 0);
    touches = [];
    matches = [];
  };

  return {
    add(event) {
      if (event.profileId !== profile) {
        if (profile !== null) closeProfile();
        profile = event.profileId;
      }
      if (event.conversion) {
        if (event.time >= rules.from && event.time < rules.to) {
          const value = Number.isFinite(event.value) && event.value > 0 ? event.value : 0;
          const first = touches.findIndex((t) => (t.time ?? 0) >= event.time - rules.lookbackMs);
          const window = first < 0 ? [] : touches.slice(first);
          const relevant = !rules.filtered || (first >= 0 && matches.slice(first).some(Boolean));
          if (window.length > 0 && relevant) push(window, 1, value);
          else if (window.length === 0 && !rules.filtered) {
            built.untouched.conversions += 1;
            built.untouched.value += value;
          }
        }
        touches = [];
        matches = [];
        return;
      }
      if (event.key === null) return;
      const last = touches[touches.length - 1];
      if (rules.collapseRepeats && last?.channel === event.key) {
        last.time = event.time;
        matches[matches.length - 1] ||= event.matches;
        return;
      }
      touches.push({ channel: event.key, time: event.time });
      matches.push(event.matches);
    },
    finish() {
      if (profile !== null) closeProfile();
      profile = null;
      return built;
    },
  };
}
