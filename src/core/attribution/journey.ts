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
 * work on arrays instead of strings.
 */
export interface IndexedJourneys {
  /** Channel names in order of first appearance (ChannelAttribution's order). */
  channels: readonly string[];
  paths: readonly Int32Array[];
  conversions: Float64Array;
  values: Float64Array;
  nulls: Float64Array;
  /** Touch times per journey, or undefined when a touch of that journey has none. */
  times: readonly (Float64Array | undefined)[];
}

/**
 * @example
 * indexJourneys([{ touches: [{ channel: 'seo' }, { channel: 'mail' }], conversions: 1, value: 50, nulls: 0 }])
 * // channels ['seo', 'mail'], paths [Int32Array [0, 1]]
 */
export function indexJourneys(journeys: readonly Journey[]): IndexedJourneys {
  const index = new Map<string, number>();
  const channels: string[] = [];
  const paths: Int32Array[] = [];
  const times: (Float64Array | undefined)[] = [];
  const conversions = new Float64Array(journeys.length);
  const values = new Float64Array(journeys.length);
  const nulls = new Float64Array(journeys.length);
  journeys.forEach((journey, j) => {
    const { touches } = journey;
    const path = new Int32Array(touches.length);
    // Files have no times: allocate the time array only for journeys that have them.
    let touchTimes = touches[0]?.time === undefined ? undefined : new Float64Array(touches.length);
    for (let i = 0; i < touches.length; i++) {
      const touch = touches[i] as Touch;
      let id = index.get(touch.channel);
      if (id === undefined) {
        id = channels.length;
        index.set(touch.channel, id);
        channels.push(touch.channel);
      }
      path[i] = id;
      if (touchTimes === undefined) continue;
      if (touch.time === undefined) touchTimes = undefined;
      else touchTimes[i] = touch.time;
    }
    paths.push(path);
    times.push(touchTimes);
    conversions[j] = journey.conversions;
    values[j] = journey.value;
    nulls[j] = journey.nulls;
  });
  return { channels, paths, conversions, values, nulls, times };
}

/** Credit per channel (indexed like `IndexedJourneys.channels`) for conversions and for value. */
export interface Credits {
  conversions: Float64Array;
  value: Float64Array;
}

export function emptyCredits(channelCount: number): Credits {
  return { conversions: new Float64Array(channelCount), value: new Float64Array(channelCount) };
}
