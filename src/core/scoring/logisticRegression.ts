/**
 * L2-regularised logistic regression fitted by batch gradient descent on standardised features.
 * Standardising first makes one learning rate fit every feature and lets the penalty treat them alike;
 * the intercept is not penalised.
 */
export interface LogisticModel {
  features: string[];
  /** Per feature: mean and standard deviation used to standardise (std 1 for a constant feature). */
  means: number[];
  stds: number[];
  weights: number[];
  intercept: number;
}

export interface TrainOptions {
  /** Penalty strength λ on the squared weights (divided by the number of examples). */
  lambda?: number;
  /** A multiple of the safe step (1 / the loss's curvature bound); 1 by default. */
  learningRate?: number;
  iterations?: number;
}

const sigmoid = (z: number): number => (z >= 0 ? 1 / (1 + Math.exp(-z)) : Math.exp(z) / (1 + Math.exp(z)));

/**
 * Fits the model to rows of feature values (`x[i][j]` for feature `features[j]`) and 0/1 labels.
 * Deterministic: weights start at zero, so the same data gives the same model.
 *
 * @example const m = trainLogistic(['visits'], [[1], [9]], [0, 1]); predictLogistic(m, [9]) > 0.5 // true
 */
export function trainLogistic(
  features: string[],
  x: readonly (readonly number[])[],
  y: readonly number[],
  options: TrainOptions = {},
): LogisticModel {
  const lambda = options.lambda ?? 1;
  // The loss's curvature is at most d/4 + λ/n on standardised features; a step of 1 over that bound
  // always descends, so no penalty or data size makes the fit diverge.
  const rate = (options.learningRate ?? 1) / (0.25 * (features.length + 1) + lambda / Math.max(1, x.length));
  const iterations = options.iterations ?? 500;
  const n = x.length;
  const d = features.length;
  const means = features.map((_, j) => x.reduce((s, row) => s + (row[j] ?? 0), 0) / Math.max(1, n));
  const stds = features.map((_, j) => {
    const m = means[j] ?? 0;
    const v = x.reduce((s, row) => s + ((row[j] ?? 0) - m) ** 2, 0) / Math.max(1, n);
    return v > 1e-12 ? Math.sqrt(v) : 1;
  });
  const z = x.map((row) => row.map((v, j) => (v - (means[j] ?? 0)) / (stds[j] ?? 1)));
  const w = new Array<number>(d).fill(0);
  let b = 0;
  for (let it = 0; it < iterations; it++) {
    const gw = new Array<number>(d).fill(0);
    let gb = 0;
    for (let i = 0; i < n; i++) {
      const row = z[i] ?? [];
      let dot = b;
      for (let j = 0; j < d; j++) dot += (w[j] ?? 0) * (row[j] ?? 0);
      const e = sigmoid(dot) - (y[i] ?? 0);
      gb += e;
      for (let j = 0; j < d; j++) gw[j] = (gw[j] ?? 0) + e * (row[j] ?? 0);
    }
    for (let j = 0; j < d; j++)
      w[j] = (w[j] ?? 0) - (rate * ((gw[j] ?? 0) + lambda * (w[j] ?? 0))) / Math.max(1, n);
    b -= (rate * gb) / Math.max(1, n);
  }
  return { features, means, stds, weights: w, intercept: b };
}

/** The probability of the positive class (won) for one row of raw feature values. */
export function predictLogistic(model: LogisticModel, row: readonly number[]): number {
  let dot = model.intercept;
  for (let j = 0; j < model.features.length; j++)
    dot += (model.weights[j] ?? 0) * (((row[j] ?? 0) - (model.means[j] ?? 0)) / (model.stds[j] ?? 1));
  return sigmoid(dot);
}
