import type { MarketMirrorScore } from './scoreMarketMirror';

export interface MarketMirrorProgress {
  /** Later share minus earlier share, -1 to 1. */
  shareChange: number;
  /** Questions that were a gap before and are not now. */
  closedGaps: string[];
  /** Questions that are a gap now and were not before (answered better or not at all then). */
  newGaps: string[];
}

/**
 * What changed between two assessments of the same workspace.
 *
 * @example marketMirrorProgress(first, second) // { shareChange: 0.25, closedGaps: ['lead_handover'], newGaps: [] }
 */
export function marketMirrorProgress(
  earlier: MarketMirrorScore,
  later: MarketMirrorScore,
): MarketMirrorProgress {
  const before = new Set(earlier.gaps.map((g) => g.questionKey));
  const now = new Set(later.gaps.map((g) => g.questionKey));
  const answeredNow = new Set(later.results.map((r) => r.questionKey));
  return {
    shareChange: later.share - earlier.share,
    closedGaps: [...before].filter((k) => !now.has(k) && answeredNow.has(k)),
    newGaps: [...now].filter((k) => !before.has(k)),
  };
}
