/** A card's box relative to the board, in CSS pixels. */
export interface Box {
  left: number;
  top: number;
  width: number;
  height: number;
}

const centreX = (b: Box) => b.left + b.width / 2;
const centreY = (b: Box) => b.top + b.height / 2;

/**
 * The two card boxes a link is drawn between when a touchpoint sits in several phases: forward (left to
 * right, the journey's direction) before backward, then the nearest pair.
 *
 * @example closestPair([fairInAttention], [quoteInInterest, quoteInDesire]) // [fairInAttention, quoteInInterest]
 */
export function closestPair(from: readonly Box[], to: readonly Box[]): [Box, Box] | null {
  let best: [Box, Box] | null = null;
  let bestCost = Infinity;
  for (const a of from)
    for (const b of to) {
      const dx = centreX(b) - centreX(a);
      const cost = Math.hypot(dx, centreY(b) - centreY(a)) + (dx < -1 ? 100_000 : 0);
      if (cost < bestCost) {
        bestCost = cost;
        best = [a, b];
      }
    }
  return best;
}

/**
 * An SVG path from one card to another: side to side between columns, out of and back into the right
 * edge within one column, so the arrow never runs through the cards it joins.
 *
 * @example arrowPath({ left: 0, top: 0, width: 100, height: 40 }, { left: 200, top: 0, width: 100, height: 40 })
 * // 'M 100 20 C 150 20, 150 20, 200 20'
 */
export function arrowPath(a: Box, b: Box): string {
  const ay = centreY(a);
  const by = centreY(b);
  const round = (n: number) => Math.round(n * 10) / 10;
  const p = (...xs: number[]) => xs.map(round).join(' ');
  if (centreX(b) - centreX(a) > 1) {
    const x1 = a.left + a.width;
    const x2 = b.left;
    const bend = Math.max(24, (x2 - x1) / 2);
    return `M ${p(x1, ay)} C ${p(x1 + bend, ay)}, ${p(x2 - bend, by)}, ${p(x2, by)}`;
  }
  if (centreX(a) - centreX(b) > 1) {
    const x1 = a.left;
    const x2 = b.left + b.width;
    const bend = Math.max(24, (x1 - x2) / 2);
    return `M ${p(x1, ay)} C ${p(x1 - bend, ay)}, ${p(x2 + bend, by)}, ${p(x2, by)}`;
  }
  const x = a.left + a.width;
  const bulge = 18 + Math.min(40, Math.abs(by - ay) / 6);
  return `M ${p(x, ay)} C ${p(x + bulge, ay)}, ${p(x + bulge, by)}, ${p(x, by)}`;
}
