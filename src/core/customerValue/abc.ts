export type AbcClass = 'A' | 'B' | 'C';

/** The shares of revenue classes A and B take (C is the rest); the usual 80 / 15 / 5 by default. */
export interface AbcThresholds {
  a: number;
  b: number;
}
export const DEFAULT_ABC_THRESHOLDS: AbcThresholds = { a: 0.8, b: 0.15 };

export interface AbcItem {
  id: string;
  revenue: number;
}

export interface AbcEntry extends AbcItem {
  class: AbcClass;
  /** 1 for the highest revenue. */
  rank: number;
  /** The share of all revenue of this item and every one ranked above it, 0..1. */
  cumulativeShare: number;
}

/**
 * The ABC classification (Pareto): items sorted by revenue, highest first (ties by id, so the result is
 * stable). An item is A while the revenue ranked above it is below `a` of the total, so the one that
 * crosses the line still belongs to A; B likewise up to `a + b`; the rest is C. Items without positive
 * revenue are always C. No revenue at all: everyone C, shares 0 (never NaN).
 *
 * @example
 * // Revenues 50, 30, 10, 5, 5 (total 100): above each 0, 50, 80, 90, 95 ->
 * // A (0 < 80), A (50 < 80), B (80 < 95), B (90 < 95), C (95 is not < 95).
 * classifyAbc([{ id: 'a', revenue: 50 }, { id: 'b', revenue: 30 }, { id: 'c', revenue: 10 },
 *   { id: 'd', revenue: 5 }, { id: 'e', revenue: 5 }]).map((e) => e.class) // ['A','A','B','B','C']
 */
export function classifyAbc(
  items: readonly AbcItem[],
  thresholds: AbcThresholds = DEFAULT_ABC_THRESHOLDS,
): AbcEntry[] {
  const sorted = [...items].sort((x, y) => y.revenue - x.revenue || (x.id < y.id ? -1 : x.id > y.id ? 1 : 0));
  const total = sorted.reduce((s, i) => s + Math.max(0, i.revenue), 0);
  let above = 0;
  return sorted.map((item, i) => {
    const positive = item.revenue > 0 && total > 0;
    // A small tolerance so 0.8 of 100 is 80 and not 80.00000000000001.
    const before = positive ? above / total : 1;
    const cls: AbcClass = !positive
      ? 'C'
      : before < thresholds.a - 1e-9
        ? 'A'
        : before < thresholds.a + thresholds.b - 1e-9
          ? 'B'
          : 'C';
    above += Math.max(0, item.revenue);
    return { ...item, class: cls, rank: i + 1, cumulativeShare: total > 0 ? above / total : 0 };
  });
}

export interface AbcClassSummary {
  class: AbcClass;
  items: number;
  revenue: number;
  /** The class's share of all revenue, 0..1 (0 without revenue). */
  revenueShare: number;
}

/** Items and revenue per class, A to C. */
export function summariseAbc(entries: readonly AbcEntry[]): AbcClassSummary[] {
  const total = entries.reduce((s, e) => s + Math.max(0, e.revenue), 0);
  return (['A', 'B', 'C'] as const).map((cls) => {
    const of = entries.filter((e) => e.class === cls);
    const revenue = Math.round(of.reduce((s, e) => s + e.revenue, 0) * 100) / 100;
    return {
      class: cls,
      items: of.length,
      revenue,
      revenueShare: total > 0 ? Math.max(0, revenue) / total : 0,
    };
  });
}

/**
 * The Pareto curve of classified entries at `points` + 1 evenly spaced customer shares (0, 1/points,
 * ..., 1): the share of revenue the top x % of customers bring. Empty input: no points.
 *
 * @example
 * // Revenues 50, 30, 10, 5, 5: the top 20 % (1 of 5) bring 50 %, the top 40 % 80 %.
 * paretoCurve(classifyAbc(items), 5) // [{0, 0}, {0.2, 0.5}, {0.4, 0.8}, {0.6, 0.9}, {0.8, 0.95}, {1, 1}]
 */
export function paretoCurve(
  entries: readonly AbcEntry[],
  points = 100,
): { customerShare: number; revenueShare: number }[] {
  const n = entries.length;
  if (n === 0) return [];
  return Array.from({ length: points + 1 }, (_, k) => {
    const count = Math.ceil((k / points) * n - 1e-9);
    return {
      customerShare: k / points,
      revenueShare: count === 0 ? 0 : (entries[count - 1]?.cumulativeShare ?? 0),
    };
  });
}
