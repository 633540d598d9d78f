import { describe, expect, it } from 'vitest';
import { auc, calibration } from '../../src/core/scoring/modelQuality';
import { predictLogistic, trainLogistic } from '../../src/core/scoring/logisticRegression';
import { trainPredictiveScore, type LabelledLead } from '../../src/core/scoring/trainPredictiveScore';

describe('model quality', () => {
  it('computes AUC by hand', () => {
    expect(auc([0.9, 0.8, 0.3, 0.1], [1, 1, 0, 0])).toBe(1);
    // pairs (pos, neg): (0.6,0.7) lose, (0.6,0.2) win, (0.4,0.7) lose, (0.4,0.2) win -> 2/4
    expect(auc([0.6, 0.4, 0.7, 0.2], [1, 1, 0, 0])).toBe(0.5);
    expect(auc([0.5, 0.5], [1, 0])).toBe(0.5);
    expect(auc([0.5], [1])).toBeNull();
  });
  it('bins predictions for calibration', () => {
    const bins = calibration([0.1, 0.15, 0.9, 1], [0, 1, 1, 1], 2);
    expect(bins.map((b) => [b.count, b.observedRate])).toEqual([
      [2, 0.5],
      [2, 1],
    ]);
  });
});

describe('logistic regression', () => {
  it('learns a separable rule and shrinks weights with a larger penalty', () => {
    const x = [[0], [1], [2], [3], [7], [8], [9], [10]];
    const y = [0, 0, 0, 0, 1, 1, 1, 1];
    const m = trainLogistic(['visits'], x, y, { lambda: 0.1 });
    expect(predictLogistic(m, [9])).toBeGreaterThan(0.9);
    expect(predictLogistic(m, [1])).toBeLessThan(0.1);
    const strong = trainLogistic(['visits'], x, y, { lambda: 50 });
    expect(Math.abs(strong.weights[0] ?? 0)).toBeLessThan(Math.abs(m.weights[0] ?? 0));
  });
});

describe('predictive score', () => {
  const lead = (i: number, won: boolean): LabelledLead => ({
    id: `lead-${i}`,
    // Won leads request demos more often; fit is noise.
    features: { 'engagement:demo': won ? (i % 4) + 1 : i % 2, 'fit:industry': i % 3 === 0 ? 1 : 0 },
    won,
  });
  it('says "not enough data" below 30 won and 30 lost', () => {
    const few = [
      ...Array.from({ length: 29 }, (_, i) => lead(i, true)),
      ...Array.from({ length: 80 }, (_, i) => lead(100 + i, false)),
    ];
    expect(trainPredictiveScore(few)).toEqual({ status: 'not_enough_data', won: 29, lost: 80, needed: 30 });
  });
  it('trains and measures on held-out leads', () => {
    const leads = [
      ...Array.from({ length: 60 }, (_, i) => lead(i, true)),
      ...Array.from({ length: 60 }, (_, i) => lead(100 + i, false)),
    ];
    const r = trainPredictiveScore(leads);
    if (r.status !== 'trained') throw new Error('expected a model');
    expect(r.trainCount + r.heldOutCount).toBe(120);
    expect(r.heldOutCount).toBeGreaterThan(15);
    expect(r.auc).toBeGreaterThan(0.75);
    expect(r.calibration.reduce((s, b) => s + b.count, 0)).toBe(r.heldOutCount);
    // Deterministic: the same leads give the same model.
    expect(trainPredictiveScore(leads)).toEqual(r);
  });
});
