import { calibration, auc, type CalibrationBin } from './modelQuality';
import { predictLogistic, trainLogistic, type LogisticModel } from './logisticRegression';

/** A closed lead: its features (fit traits as 0/1, engagement counts) and whether it was won. */
export interface LabelledLead {
  id: string;
  features: Record<string, number>;
  won: boolean;
}

/** Below this many won and this many lost leads the model is not trained ("not enough data yet"). */
export const MIN_PER_CLASS = 30;

export type PredictiveTraining =
  | { status: 'not_enough_data'; won: number; lost: number; needed: number }
  | {
      status: 'trained';
      model: LogisticModel;
      won: number;
      lost: number;
      trainCount: number;
      heldOutCount: number;
      /** On the held-out leads only. */
      auc: number | null;
      calibration: CalibrationBin[];
    };

/** A stable 0..1 from an id (FNV-1a, mixed), so the same lead is always on the same side of the split. */
function unitHash(id: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < id.length; i++) {
    h ^= id.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  // FNV alone leaves ids that differ in their last character close together: mix the bits (murmur3's finaliser).
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b) >>> 0;
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35) >>> 0;
  h ^= h >>> 16;
  return (h >>> 0) / 0x100000000;
}

/**
 * Learns the chance to win from the workspace's own closed leads: L2-regularised logistic regression
 * (λ = 1, 500 steps of gradient descent on standardised features) on about 75 % of them, its AUC and
 * calibration measured on the other 25 % (split by a hash of the id, so reruns agree). Needs at least
 * `MIN_PER_CLASS` won and as many lost leads.
 *
 * @example trainPredictiveScore(leads).status // 'not_enough_data' with fewer than 30 won or 30 lost
 */
export function trainPredictiveScore(
  leads: readonly LabelledLead[],
  minPerClass = MIN_PER_CLASS,
): PredictiveTraining {
  const won = leads.filter((l) => l.won).length;
  const lost = leads.length - won;
  if (won < minPerClass || lost < minPerClass)
    return { status: 'not_enough_data', won, lost, needed: minPerClass };
  const features = [...new Set(leads.flatMap((l) => Object.keys(l.features)))].sort();
  const rowOf = (l: LabelledLead) => features.map((f) => l.features[f] ?? 0);
  const train = leads.filter((l) => unitHash(l.id) < 0.75);
  const heldOut = leads.filter((l) => unitHash(l.id) >= 0.75);
  const model = trainLogistic(
    features,
    train.map(rowOf),
    train.map((l) => (l.won ? 1 : 0)),
  );
  const probabilities = heldOut.map((l) => predictLogistic(model, rowOf(l)));
  const labels = heldOut.map((l) => (l.won ? 1 : 0));
  return {
    status: 'trained',
    model,
    won,
    lost,
    trainCount: train.length,
    heldOutCount: heldOut.length,
    auc: auc(probabilities, labels),
    calibration: calibration(probabilities, labels),
  };
}

/** The features of one lead: each fit line (0/1) and each engagement rule's count of events. */
export function leadFeatures(
  lines: readonly { ruleId: string; kind: 'fit' | 'engagement'; count: number }[],
): Record<string, number> {
  const out: Record<string, number> = {};
  for (const l of lines) out[`${l.kind}:${l.ruleId}`] = l.kind === 'fit' ? 1 : l.count;
  return out;
}
