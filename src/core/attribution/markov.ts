import { emptyCredits, type Credits, type IndexedJourneys } from './journey';

/** The Markov model's credits and each channel's removal effect (the share of conversions lost without it). */
export interface MarkovResult extends Credits {
  removalEffects: { conversions: Float64Array; value: Float64Array };
}

/** The transition graph of the journeys: state 0 is the start, the others are windows of channels. */
interface Chain {
  stateCount: number;
  /** Incoming edges in compressed rows: for state t, `from`/`probability` in [start[t], start[t + 1]). */
  inStart: Int32Array;
  inFrom: Int32Array;
  inProbability: Float64Array;
  /** Probability of stepping from a state to the conversion, and the mean value of those conversions. */
  toConversion: Float64Array;
  meanValue: Float64Array;
  /** For each channel, the states whose window contains it. */
  statesOfChannel: readonly number[][];
}

/**
 * The states a journey walks through: windows of `order` consecutive channels (the whole path when it
 * is shorter), with repeats in a row merged, so the chain has no self-transitions (as ChannelAttribution).
 */
function walkStates(
  path: Int32Array,
  order: number,
  stateOf: (key: string, channels: Int32Array) => number,
): number[] {
  const width = Math.min(order, path.length);
  const states: number[] = [];
  for (let i = 0; i + width <= path.length; i++) {
    const window = path.subarray(i, i + width);
    const state = stateOf(window.join(','), window);
    if (states[states.length - 1] !== state) states.push(state);
  }
  return states;
}

function buildChain(indexed: IndexedJourneys, order: number): Chain {
  const stateIds = new Map<string, number>();
  const statesOfChannel: number[][] = indexed.channels.map(() => []);
  const out: Map<number, number>[] = [new Map()];
  const conversionWeight: number[] = [0];
  const nullWeight: number[] = [0];
  const valueWeight: number[] = [0];
  const stateOf = (key: string, channels: Int32Array): number => {
    let id = stateIds.get(key);
    if (id === undefined) {
      id = out.length;
      stateIds.set(key, id);
      out.push(new Map());
      conversionWeight.push(0);
      nullWeight.push(0);
      valueWeight.push(0);
      for (const channel of new Set(channels)) statesOfChannel[channel]?.push(id);
    }
    return id;
  };
  indexed.paths.forEach((path, j) => {
    const conversions = indexed.conversions[j] ?? 0;
    const nulls = indexed.nulls[j] ?? 0;
    // Every person on the path makes each step; a path nobody walked adds nothing.
    const people = conversions + nulls;
    if (people === 0 || path.length === 0) return;
    let previous = 0;
    for (const state of walkStates(path, order, stateOf)) {
      const edges = out[previous];
      edges?.set(state, (edges.get(state) ?? 0) + people);
      previous = state;
    }
    conversionWeight[previous] = (conversionWeight[previous] ?? 0) + conversions;
    valueWeight[previous] = (valueWeight[previous] ?? 0) + (indexed.values[j] ?? 0);
    nullWeight[previous] = (nullWeight[previous] ?? 0) + nulls;
  });

  const stateCount = out.length;
  const outTotal = out.map(
    (edges, s) =>
      [...edges.values()].reduce((a, b) => a + b, 0) + (conversionWeight[s] ?? 0) + (nullWeight[s] ?? 0),
  );
  const inStart = new Int32Array(stateCount + 1);
  for (const edges of out) for (const to of edges.keys()) inStart[to + 1] = (inStart[to + 1] ?? 0) + 1;
  for (let s = 0; s < stateCount; s++) inStart[s + 1] = (inStart[s + 1] ?? 0) + (inStart[s] ?? 0);
  const fill = inStart.slice(0, stateCount);
  const inFrom = new Int32Array(inStart[stateCount] ?? 0);
  const inProbability = new Float64Array(inFrom.length);
  out.forEach((edges, from) => {
    for (const [to, weight] of edges) {
      const at = fill[to] ?? 0;
      inFrom[at] = from;
      inProbability[at] = weight / (outTotal[from] ?? 1);
      fill[to] = at + 1;
    }
  });
  const toConversion = new Float64Array(stateCount);
  const meanValue = new Float64Array(stateCount);
  for (let s = 1; s < stateCount; s++) {
    const conversions = conversionWeight[s] ?? 0;
    if (conversions === 0) continue;
    toConversion[s] = conversions / (outTotal[s] ?? 1);
    meanValue[s] = (valueWeight[s] ?? 0) / conversions;
  }
  return { stateCount, inStart, inFrom, inProbability, toConversion, meanValue, statesOfChannel };
}

const TOLERANCE = 1e-14;
const MAX_SWEEPS = 100_000;

/**
 * Probability of reaching the conversion from the start, and the expected conversion value, with the
 * `removed` states turned into dead ends. Solves the expected visits N(t) = Σ N(u)·P(u→t), N(start) = 1,
 * by Gauss-Seidel sweeps in order of first appearance, which is nearly topological, so a chain without
 * cycles converges in two sweeps. Absorption through t happens at most once, so N(t)·P(t→conversion) is
 * the probability of converting right after t.
 */
function conversionOutcome(chain: Chain, removed: Uint8Array): { conversions: number; value: number } {
  const visits = new Float64Array(chain.stateCount);
  visits[0] = 1;
  for (let sweep = 0; sweep < MAX_SWEEPS; sweep++) {
    let change = 0;
    let largest = 1;
    for (let t = 1; t < chain.stateCount; t++) {
      if (removed[t]) continue;
      let sum = 0;
      const end = chain.inStart[t + 1] ?? 0;
      for (let e = chain.inStart[t] ?? 0; e < end; e++) {
        const from = chain.inFrom[e] ?? 0;
        if (!removed[from]) sum += (visits[from] ?? 0) * (chain.inProbability[e] ?? 0);
      }
      change = Math.max(change, Math.abs(sum - (visits[t] ?? 0)));
      largest = Math.max(largest, sum);
      visits[t] = sum;
    }
    if (change <= TOLERANCE * largest) break;
  }
  let conversions = 0;
  let value = 0;
  for (let t = 1; t < chain.stateCount; t++) {
    if (removed[t]) continue;
    const converting = (visits[t] ?? 0) * (chain.toConversion[t] ?? 0);
    conversions += converting;
    value += converting * (chain.meanValue[t] ?? 0);
  }
  return { conversions, value };
}

/** Splits `total` in proportion to `weights`; all zeros when the weights are. */
function shareOut(weights: Float64Array, total: number): Float64Array {
  const sum = weights.reduce((a, b) => a + b, 0);
  return sum > 0 ? weights.map((w) => (w / sum) * total) : new Float64Array(weights.length);
}

/**
 * Data-driven attribution with a Markov chain of order `order` (Anderl et al. 2014; ChannelAttribution's
 * `markov_model`). Transitions are counted over every journey (conversions + nulls walk each step),
 * each path ends in "conversion" (its conversions) and "null" (its nulls). The removal effect of a
 * channel is the share of the conversion probability lost when every state containing it leads nowhere;
 * credits are the removal effects scaled to add up to the total conversions (and, with the mean value
 * of the conversions after each last state, to the total value). Computed exactly, not simulated.
 * @example markov(indexJourneys(journeys), 1).conversions
 */
export function markov(indexed: IndexedJourneys, order: number): MarkovResult {
  const channelCount = indexed.channels.length;
  const credits = emptyCredits(channelCount);
  const removalEffects = {
    conversions: new Float64Array(channelCount),
    value: new Float64Array(channelCount),
  };
  const chain = buildChain(indexed, order);
  const removed = new Uint8Array(chain.stateCount);
  const full = conversionOutcome(chain, removed);
  if (full.conversions <= 0) return { ...credits, removalEffects };
  chain.statesOfChannel.forEach((states, channel) => {
    for (const s of states) removed[s] = 1;
    const without = conversionOutcome(chain, removed);
    for (const s of states) removed[s] = 0;
    // Rounding can leave a tiny negative effect for a channel that never leads to a conversion.
    removalEffects.conversions[channel] = Math.max(0, 1 - without.conversions / full.conversions);
    removalEffects.value[channel] = full.value > 0 ? Math.max(0, 1 - without.value / full.value) : 0;
  });
  let totalConversions = 0;
  let totalValue = 0;
  indexed.conversions.forEach((c) => (totalConversions += c));
  indexed.values.forEach((v) => (totalValue += v));
  return {
    conversions: shareOut(removalEffects.conversions, totalConversions),
    value: shareOut(removalEffects.value, totalValue),
    removalEffects,
  };
}
