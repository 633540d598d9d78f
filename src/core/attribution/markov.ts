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

/** Counted steps between states; dense for first order (a few dozen states), sparse above. */
interface StepCounts {
  add(from: number, to: number, weight: number): void;
  forEach(visit: (from: number, to: number, weight: number) => void): void;
}

function denseSteps(stateCount: number): StepCounts {
  const counts = new Float64Array(stateCount * stateCount);
  return {
    add: (from, to, weight) =>
      void (counts[from * stateCount + to] = (counts[from * stateCount + to] ?? 0) + weight),
    forEach: (visit) => {
      for (let from = 0; from < stateCount; from++)
        for (let to = 0; to < stateCount; to++) {
          const weight = counts[from * stateCount + to] ?? 0;
          if (weight > 0) visit(from, to, weight);
        }
    },
  };
}

function sparseSteps(): StepCounts {
  const out: Map<number, number>[] = [];
  return {
    add: (from, to, weight) => {
      const edges = (out[from] ??= new Map());
      edges.set(to, (edges.get(to) ?? 0) + weight);
    },
    forEach: (visit) => out.forEach((edges, from) => edges.forEach((weight, to) => visit(from, to, weight))),
  };
}

/**
 * Numbers the states: a window of `order` consecutive channels (the whole path when it is shorter).
 * First order needs no lookup; above, a window becomes a number key when it fits a double exactly.
 */
function stateNumbering(channelCount: number, order: number, statesOfChannel: number[][]) {
  let stateCount = 1;
  if (order === 1) {
    stateCount = channelCount + 1;
    statesOfChannel.forEach((states, c) => states.push(c + 1));
    return { stateOf: (path: Int32Array, at: number) => (path[at] ?? 0) + 1, count: () => stateCount };
  }
  const numeric = (order + 1) * Math.pow(Math.max(channelCount, 2), order) < Number.MAX_SAFE_INTEGER;
  const ids = new Map<number | string, number>();
  const stateOf = (path: Int32Array, at: number, width: number): number => {
    // The width leads the key, so windows of different widths never share one.
    let key: number | string = width;
    if (numeric) for (let i = at; i < at + width; i++) key = key * channelCount + (path[i] ?? 0);
    else key = path.subarray(at, at + width).join(',');
    let id = ids.get(key);
    if (id === undefined) {
      id = stateCount++;
      ids.set(key, id);
      for (const channel of new Set(path.subarray(at, at + width))) statesOfChannel[channel]?.push(id);
    }
    return id;
  };
  return { stateOf, count: () => stateCount };
}

/**
 * The transition graph: each journey walks from the start through windows of `order` channels, with
 * repeats in a row merged, so the chain has no self-transitions (as ChannelAttribution), and ends in
 * "conversion" (its conversions) and "null" (its nulls).
 */
function buildChain(indexed: IndexedJourneys, order: number): Chain {
  const channelCount = indexed.channels.length;
  const statesOfChannel: number[][] = indexed.channels.map(() => []);
  const numbering = stateNumbering(channelCount, order, statesOfChannel);
  const steps = order === 1 && channelCount < 2048 ? denseSteps(channelCount + 1) : sparseSteps();
  const conversionWeight: number[] = [0];
  const nullWeight: number[] = [0];
  const valueWeight: number[] = [0];
  const { start, touches } = indexed;
  for (let j = 0; j < indexed.conversions.length; j++) {
    const conversions = indexed.conversions[j] ?? 0;
    const nulls = indexed.nulls[j] ?? 0;
    const from = start[j] ?? 0;
    const end = start[j + 1] ?? 0;
    // Every person on the path makes each step; a path nobody walked adds nothing.
    const people = conversions + nulls;
    if (people === 0 || end === from) continue;
    const width = Math.min(order, end - from);
    let previous = 0;
    for (let at = from; at + width <= end; at++) {
      const state = numbering.stateOf(touches, at, width);
      if (state === previous) continue;
      steps.add(previous, state, people);
      previous = state;
    }
    conversionWeight[previous] = (conversionWeight[previous] ?? 0) + conversions;
    valueWeight[previous] = (valueWeight[previous] ?? 0) + (indexed.values[j] ?? 0);
    nullWeight[previous] = (nullWeight[previous] ?? 0) + nulls;
  }

  const stateCount = numbering.count();
  const outTotal = new Float64Array(stateCount);
  const inStart = new Int32Array(stateCount + 1);
  steps.forEach((from, to, weight) => {
    outTotal[from] = (outTotal[from] ?? 0) + weight;
    inStart[to + 1] = (inStart[to + 1] ?? 0) + 1;
  });
  for (let s = 0; s < stateCount; s++) {
    outTotal[s] = (outTotal[s] ?? 0) + (conversionWeight[s] ?? 0) + (nullWeight[s] ?? 0);
    inStart[s + 1] = (inStart[s + 1] ?? 0) + (inStart[s] ?? 0);
  }
  const fill = inStart.slice(0, stateCount);
  const inFrom = new Int32Array(inStart[stateCount] ?? 0);
  const inProbability = new Float64Array(inFrom.length);
  steps.forEach((from, to, weight) => {
    const at = fill[to] ?? 0;
    inFrom[at] = from;
    inProbability[at] = weight / (outTotal[from] ?? 1);
    fill[to] = at + 1;
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
