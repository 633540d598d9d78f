import { describe, expect, it } from 'vitest';
import {
  progressOf,
  type AdhocFunnelOptions,
  type FunnelOrder,
  type StepMatch,
} from '../../src/core/adhocFunnel';

// Check the computation twice (STYLE.md #19): the greedy walk against the slowest obvious reading of the
// rule, which tries every choice of events for the steps after the entry.

function randomFrom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

/** How many steps some choice of later events reaches, each step by a later event than the one before. */
function slowStepsReached(events: readonly StepMatch[], o: AdhocFunnelOptions): number {
  const entry = events.findIndex((e) => e.steps.includes(0) && e.at >= o.entryFrom && e.at < o.entryBefore);
  const first = events[entry];
  if (first === undefined) return 0;
  const deadline = first.at + o.windowSeconds * 1000;
  let best = 1;
  const walk = (from: number, reached: number) => {
    best = Math.max(best, reached);
    if (reached === o.stepCount) return;
    const last = events[from];
    for (let j = from + 1; j < events.length; j++) {
      const e = events[j];
      if (e === undefined || e.at > deadline || !e.steps.includes(reached)) continue;
      if (o.order === 'strict' && (last === undefined || e.position !== last.position + 1)) continue;
      walk(j, reached + 1);
    }
  };
  walk(entry, 1);
  return best;
}

describe('progressOf against every choice of events', () => {
  it('reaches as many steps as the best choice, in loose and strict order', () => {
    for (let seed = 1; seed <= 400; seed++) {
      const random = randomFrom(seed);
      const stepCount = 2 + Math.floor(random() * 3);
      let at = 0;
      let position = 0;
      const events: StepMatch[] = [];
      for (let i = 0; i < 9; i++) {
        at += Math.floor(random() * 30) * 60_000;
        position += 1 + (random() < 0.3 ? 1 : 0);
        const steps = Array.from({ length: stepCount }, (_, k) => k).filter(() => random() < 0.4);
        if (steps.length > 0) events.push({ at, position, steps });
      }
      for (const order of ['loose', 'strict'] as FunnelOrder[]) {
        const options: AdhocFunnelOptions = {
          stepCount,
          order,
          windowSeconds: 60 * (30 + Math.floor(random() * 180)),
          entryFrom: 0,
          entryBefore: 120 * 60_000,
        };
        expect(progressOf(events, options).length, `seed ${seed}, ${order}`).toBe(
          slowStepsReached(events, options),
        );
      }
    }
  });
});
