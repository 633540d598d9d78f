/** mulberry32: tiny, fast and good enough to make believable figures repeatable. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export class Dice {
  constructor(readonly next: () => number) {}
  chance = (p: number) => this.next() < p;
  int = (min: number, max: number) => min + Math.floor(this.next() * (max - min + 1));
  between = (min: number, max: number) => min + this.next() * (max - min);
  pick = <T>(list: readonly T[]): T => list[Math.floor(this.next() * list.length)] as T;
  weighted<T>(list: readonly (readonly [T, number])[]): T {
    let r = this.next() * list.reduce((s, [, w]) => s + w, 0);
    for (const [item, w] of list) if ((r -= w) < 0) return item;
    return (list[list.length - 1] as readonly [T, number])[0];
  }
  /** Knuth's method; the means here are small. */
  poisson(mean: number): number {
    const limit = Math.exp(-mean);
    let k = 0;
    for (let p = this.next(); p > limit; p *= this.next()) k++;
    return k;
  }
  hex = (chars: number) =>
    Array.from({ length: chars / 8 }, () =>
      Math.floor(this.next() * 2 ** 32)
        .toString(16)
        .padStart(8, '0'),
    ).join('');
}
