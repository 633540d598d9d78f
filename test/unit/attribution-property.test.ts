import { describe, expect, it } from 'vitest';
import { attribute, attributeAll, indexJourneys, type Journey } from '../../src/core/attribution';
import { seededRandom } from '../../src/demo/live/dice';

function randomJourneys(seed: number, channelCount: number, count: number): Journey[] {
  const next = seededRandom(seed);
  const int = (n: number) => Math.floor(next() * n);
  return Array.from({ length: count }, () => {
    const length = 1 + int(6);
    const conversions = int(3);
    return {
      touches: Array.from({ length }, () => ({ channel: `c${int(channelCount)}` })),
      conversions,
      value: conversions * (1 + int(100)),
      nulls: int(4),
    };
  });
}

/**
 * The Markov model the slow, obvious way: a dense transition matrix over string states and, for each
 * removal, the conversion probability from the backward equations x = Q·x + r solved by Gaussian
 * elimination. Shares nothing with the forward Gauss-Seidel solver of the core but the definition
 * (windows of `order` channels, repeats in a row merged, steps weighted by conversions + nulls).
 */
function slowMarkov(journeys: readonly Journey[], order: number) {
  const counts = new Map<string, Map<string, number>>();
  const valueAfter = new Map<string, number>();
  const add = (from: string, to: string, w: number) => {
    const row = counts.get(from) ?? new Map<string, number>();
    row.set(to, (row.get(to) ?? 0) + w);
    counts.set(from, row);
  };
  for (const j of journeys) {
    if (j.conversions + j.nulls === 0) continue;
    const names = j.touches.map((t) => t.channel);
    const width = Math.min(order, names.length);
    const states: string[] = [];
    for (let i = 0; i + width <= names.length; i++) {
      const state = names.slice(i, i + width).join('|');
      if (states.at(-1) !== state) states.push(state);
    }
    let previous = '(start)';
    for (const s of states) {
      add(previous, s, j.conversions + j.nulls);
      previous = s;
    }
    add(previous, '(conversion)', j.conversions);
    add(previous, '(null)', j.nulls);
    valueAfter.set(previous, (valueAfter.get(previous) ?? 0) + j.value);
  }
  const states = [...counts.keys()];
  const n = states.length;
  const index = new Map(states.map((s, i) => [s, i]));
  const total = (s: string) => [...(counts.get(s)?.values() ?? [])].reduce((a, b) => a + b, 0);

  const solve = (removed: (state: string) => boolean) => {
    // (I - Q) x = r for conversion probability and for expected value; removed states are dead ends.
    const a = states.map(() => new Array<number>(n + 2).fill(0));
    states.forEach((s, i) => {
      const row = a[i] ?? [];
      row[i] = 1;
      if (removed(s)) return;
      const t = total(s);
      for (const [to, w] of counts.get(s) ?? []) {
        if (to === '(conversion)' && w > 0) {
          row[n] = w / t;
          row[n + 1] = ((valueAfter.get(s) ?? 0) / w) * (w / t);
        } else if (to !== '(null)' && to !== '(conversion)')
          row[index.get(to) ?? 0] = (row[index.get(to) ?? 0] ?? 0) - w / t;
      }
    });
    for (let col = 0; col < n; col++) {
      let pivot = col;
      for (let r = col + 1; r < n; r++)
        if (Math.abs(a[r]?.[col] ?? 0) > Math.abs(a[pivot]?.[col] ?? 0)) pivot = r;
      [a[col], a[pivot]] = [a[pivot] ?? [], a[col] ?? []];
      const p = a[col] ?? [];
      for (let r = 0; r < n; r++) {
        if (r === col) continue;
        const row = a[r] ?? [];
        const f = (row[col] ?? 0) / (p[col] ?? 1);
        if (f !== 0) for (let c = col; c < n + 2; c++) row[c] = (row[c] ?? 0) - f * (p[c] ?? 0);
      }
    }
    const start = index.get('(start)') ?? 0;
    const row = a[start] ?? [];
    return { p: (row[n] ?? 0) / (row[start] ?? 1), v: (row[n + 1] ?? 0) / (row[start] ?? 1) };
  };
  const full = solve(() => false);
  const channels = [...new Set(journeys.flatMap((j) => j.touches.map((t) => t.channel)))];
  const effects = channels.map((c) => {
    const without = solve((s) => s !== '(start)' && s.split('|').includes(c));
    return { c, p: full.p > 0 ? 1 - without.p / full.p : 0, v: full.v > 0 ? 1 - without.v / full.v : 0 };
  });
  const sumP = effects.reduce((s, e) => s + e.p, 0);
  const sumV = effects.reduce((s, e) => s + e.v, 0);
  const conversions = journeys.reduce((s, j) => s + j.conversions, 0);
  const value = journeys.reduce((s, j) => s + j.value, 0);
  return new Map(
    effects.map((e) => [
      e.c,
      { conversions: sumP > 0 ? (e.p / sumP) * conversions : 0, value: sumV > 0 ? (e.v / sumV) * value : 0 },
    ]),
  );
}

/** Shapley values by their definition: the average marginal contribution over all 2^n coalitions. */
function slowShapley(journeys: readonly Journey[]) {
  const channels = [...new Set(journeys.flatMap((j) => j.touches.map((t) => t.channel)))];
  const n = channels.length;
  const sets = journeys.map((j) => {
    let mask = 0;
    for (const t of j.touches) mask |= 1 << channels.indexOf(t.channel);
    return mask;
  });
  const worth = (coalition: number, what: 'conversions' | 'value') =>
    journeys.reduce((s, j, i) => s + (((sets[i] ?? 0) & ~coalition) === 0 ? j[what] : 0), 0);
  const factorial = (k: number): number => (k <= 1 ? 1 : k * factorial(k - 1));
  return new Map(
    channels.map((c, i) => {
      const bit = 1 << i;
      let conversions = 0;
      let value = 0;
      for (let s = 0; s < 1 << n; s++) {
        if (s & bit) continue;
        let size = 0;
        for (let k = s; k; k &= k - 1) size++;
        const weight = (factorial(size) * factorial(n - size - 1)) / factorial(n);
        conversions += weight * (worth(s | bit, 'conversions') - worth(s, 'conversions'));
        value += weight * (worth(s | bit, 'value') - worth(s, 'value'));
      }
      return [c, { conversions, value }];
    }),
  );
}

const close = (a: number, b: number) => Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(b));

describe('attribution models against slow, obvious implementations on random journeys', () => {
  it.each([1, 2, 3])('Markov of order %i matches the dense linear solve (50 random data sets)', (order) => {
    for (let seed = 1; seed <= 50; seed++) {
      const journeys = randomJourneys(seed * 7919 + order, 2 + (seed % 4), 3 + (seed % 12));
      const indexed = indexJourneys(journeys);
      const fast = attribute(indexed, { kind: 'markov', order });
      const slow = slowMarkov(journeys, order);
      indexed.channels.forEach((channel, i) => {
        const expected = slow.get(channel);
        const ok =
          close(fast.conversions[i] ?? NaN, expected?.conversions ?? NaN) &&
          close(fast.value[i] ?? NaN, expected?.value ?? NaN);
        if (!ok)
          throw new Error(
            `seed ${seed}, ${channel}: ${fast.conversions[i]}/${fast.value[i]} vs ${expected?.conversions}/${expected?.value}`,
          );
      });
    }
  });

  it('Shapley matches the enumeration of every coalition (100 random data sets, up to 6 channels)', () => {
    for (let seed = 1; seed <= 100; seed++) {
      const journeys = randomJourneys(seed, 1 + (seed % 6), 1 + (seed % 15));
      const indexed = indexJourneys(journeys);
      const fast = attribute(indexed, { kind: 'shapley' });
      const slow = slowShapley(journeys);
      indexed.channels.forEach((channel, i) => {
        expect(close(fast.conversions[i] ?? NaN, slow.get(channel)?.conversions ?? NaN), `seed ${seed}`).toBe(
          true,
        );
        expect(close(fast.value[i] ?? NaN, slow.get(channel)?.value ?? NaN), `seed ${seed}`).toBe(true);
      });
    }
  });

  it('every model hands out exactly the total conversions and value, never NaN (200 random data sets)', () => {
    for (let seed = 1; seed <= 200; seed++) {
      const journeys = randomJourneys(seed * 31, 1 + (seed % 8), seed % 20);
      const report = attributeAll(journeys, {
        markovOrder: 1 + (seed % 3),
        halfLife: 0.5 + (seed % 4),
        fixedShares: { c1: 0.3, c2: 0.9 },
      });
      if (!report.ok) throw new Error(report.error.message);
      const { conversions, value } = report.value.totals;
      for (const model of report.value.models) {
        let c = 0;
        let v = 0;
        for (const row of report.value.channels) {
          const x = row.conversions[model.kind] ?? NaN;
          const y = row.value[model.kind] ?? NaN;
          expect(Number.isFinite(x) && Number.isFinite(y) && x >= 0 && y >= 0).toBe(true);
          c += x;
          v += y;
        }
        expect(close(c, conversions), `seed ${seed} ${model.kind} conversions`).toBe(true);
        expect(close(v, value), `seed ${seed} ${model.kind} value`).toBe(true);
      }
    }
  });
});
