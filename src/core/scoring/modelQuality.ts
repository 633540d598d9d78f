/**
 * The area under the ROC curve: the chance that a random won lead scores above a random lost one
 * (ties count half). 0.5 is guessing, 1 is perfect; null without both classes.
 *
 * @example auc([0.9, 0.2, 0.6], [1, 0, 0]) // 1
 */
export function auc(scores: readonly number[], labels: readonly number[]): number | null {
  const pos: number[] = [];
  const neg: number[] = [];
  scores.forEach((s, i) => (labels[i] === 1 ? pos : neg).push(s));
  if (pos.length === 0 || neg.length === 0) return null;
  let wins = 0;
  for (const p of pos) for (const q of neg) wins += p > q ? 1 : p === q ? 0.5 : 0;
  return wins / (pos.length * neg.length);
}

export interface CalibrationBin {
  /** Predicted probabilities in [from, to). */
  from: number;
  to: number;
  count: number;
  meanPredicted: number | null;
  observedRate: number | null;
}

/**
 * Predicted against observed: the held-out leads in `bins` equal-width probability bins, each with its
 * mean prediction and the share actually won. A calibrated model has the two close in every bin.
 *
 * @example calibration([0.1, 0.9], [0, 1], 2) // two bins, observed 0 and 1
 */
export function calibration(
  probabilities: readonly number[],
  labels: readonly number[],
  bins = 5,
): CalibrationBin[] {
  const out: CalibrationBin[] = [];
  for (let b = 0; b < bins; b++) {
    const from = b / bins;
    const to = (b + 1) / bins;
    const inBin = probabilities.flatMap((p, i) =>
      (p >= from && p < to) || (b === bins - 1 && p === 1) ? [{ p, y: labels[i] ?? 0 }] : [],
    );
    const n = inBin.length;
    out.push({
      from,
      to,
      count: n,
      meanPredicted: n ? inBin.reduce((s, v) => s + v.p, 0) / n : null,
      observedRate: n ? inBin.reduce((s, v) => s + v.y, 0) / n : null,
    });
  }
  return out;
}
