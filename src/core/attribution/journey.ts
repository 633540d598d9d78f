/**
 * One touch of a journey: the channel or touchpoint that got the credit, and when it happened if known.
 * A journeys file has no times; the in-app analysis fills `time` from the events.
 */
export interface Touch {
  channel: string;
  /** Milliseconds since the epoch. */
  time?: number;
}

/**
 * A journey: its touches in order and what came of it. One row of a journeys file is one journey that
 * stands for many people (`conversions` + `nulls` of them); in-app, a person's journey has conversions
 * 0 or 1 and nulls 1 or 0. `value` is the total conversion value (revenue) of the journey.
 */
export interface Journey {
  touches: readonly Touch[];
  conversions: number;
  value: number;
  /** Journeys along the same path that ended without a conversion (ChannelAttribution's `total_null`). */
  nulls: number;
}

/**
 * The journeys with channels replaced by numbers, built once and shared by every model, so the models
 * work on a few flat arrays instead of strings and millions of small objects. Journey j's touches are
 * `touches[start[j]]` … `touches[start[j + 1] - 1]`.
 */
export interface IndexedJourneys {
  /** Channel names in order of first appearance (ChannelAttribution's order). */
  channels: readonly string[];
  touches: Int32Array;
  start: Int32Array;
  conversions: Float64Array;
  values: Float64Array;
  nulls: Float64Array;
  /** Touch times (ms) in the layout of `touches`, NaN where unknown; undefined when no touch has one. */
  times: Float64Array | undefined;
}

/**
 * @example
 * indexJourneys([{ touches: [{ channel: 'seo' }, { channel: 'mail' }], conversions: 1, value: 50, nulls: 0 }])
 * // channels ['seo', 'mail'], touches Int32Array [0, 1], start Int32Array [0, 2]
 */
export function indexJourneys(journeys: readonly Journey[]): IndexedJourneys {
  const start = new Int32Array(journeys.length + 1);
  let hasTimes = false;
  journeys.forEach((journey, j) => {
    start[j + 1] = (start[j] ?? 0) + journey.touches.length;
    hasTimes ||= journey.touches.some((touch) => touch.time !== undefined);
  });
  const touches = new Int32Array(start[journeys.length] ?? 0);
  const times = hasTimes ? new Float64Array(touches.length).fill(Number.NaN) : undefined;
  const conversions = new Float64Array(journeys.length);
  const values = new Float64Array(journeys.length);
  const nulls = new Float64Array(journeys.length);
  const index = new Map<string, number>();
  const channels: string[] = [];
  let at = 0;
  journeys.forEach((journey, j) => {
    for (const touch of journey.touches) {
      let id = index.get(touch.channel);
      if (id === undefined) {
        id = channels.length;
        index.set(touch.channel, id);
        channels.push(touch.channel);
      }
      if (times && touch.time !== undefined) times[at] = touch.time;
      touches[at++] = id;
    }
    conversions[j] = journey.conversions;
    values[j] = journey.value;
    nulls[j] = journey.nulls;
  });
  return { channels, touches, start, conversions, values, nulls, times };
}

/** Credit per channel (indexed like `IndexedJourneys.channels`) for conversions and for value. */
export interface Credits {
  conversions: Float64Array;
  value: Float64Array;
}

export function emptyCredits(channelCount: number): Credits {
  return { conversions: new Float64Array(channelCount), value: new Float64Array(channelCount) };
}
