/**
 * A supervised baseline for the sensitivity checks, to learn whether a model
 * trained on our own corpus carries to unseen wording better than word lists
 * and nearest examples do: binary logistic regression (sensitive or benign)
 * over hashed character 3–5-grams, words and word pairs, accents and case
 * folded so that "Rückerstattung" and "ruckerstattung" meet. Evaluation only:
 * nothing in the extension uses it. Pure and seeded, so a run is repeatable.
 */

export interface LabelledText {
  text: string;
  /** true: the message must reach a human. */
  sensitive: boolean;
}

export interface TrainingOptions {
  epochs: number;
  /** L2 decay per update. */
  l2: number;
  seed: number;
}

export const DEFAULT_TRAINING: TrainingOptions = { epochs: 20, l2: 1e-5, seed: 7 };

/** 2^18 buckets: few collisions for a few thousand short messages, 2 MB of weights. */
const BUCKETS = 1 << 18;
const BIAS = BUCKETS;

const fold = (text: string): string => text.toLowerCase().normalize('NFD').replace(/\p{M}/gu, '');

/** FNV-1a: the same bucket for the same feature on every machine. */
function bucketOf(feature: string): number {
  let hash = 2166136261;
  for (let index = 0; index < feature.length; index += 1) {
    hash ^= feature.charCodeAt(index);
    hash = Math.imul(hash, 16777619);
  }
  return (hash >>> 0) % BUCKETS;
}

/** The distinct buckets a text lights up; each counts 1/√n, so long messages don't outweigh short ones. */
export function hashedFeatures(text: string): Int32Array {
  const words = fold(text).split(/[^\p{L}\p{N}]+/u).filter(Boolean);
  const buckets = new Set<number>();
  words.forEach((word, index) => {
    buckets.add(bucketOf(`w:${word}`));
    if (index > 0) buckets.add(bucketOf(`b:${words[index - 1]} ${word}`));
    const padded = ` ${word} `;
    for (let size = 3; size <= 5; size += 1) {
      for (let start = 0; start + size <= padded.length; start += 1) buckets.add(bucketOf(`c:${padded.slice(start, start + size)}`));
    }
  });
  return Int32Array.from(buckets);
}

export interface TrainedClassifier {
  /** Log-odds of sensitive; the decision threshold is chosen apart (thresholdForRecall). */
  score(text: string): number;
}

const featuresOf = new Map<string, Int32Array>();
const cachedFeatures = (text: string): Int32Array => {
  let features = featuresOf.get(text);
  if (!features) featuresOf.set(text, (features = hashedFeatures(text)));
  return features;
};

function logOdds(weights: Float64Array, features: Int32Array): number {
  const scale = 1 / Math.sqrt(Math.max(features.length, 1));
  let sum = weights[BIAS]!;
  for (const bucket of features) sum += weights[bucket]! * scale;
  return sum;
}

/** Stochastic gradient descent, the two classes weighted to count equally (benign look-alikes are the fewer). */
export function trainClassifier(rows: readonly LabelledText[], options: TrainingOptions = DEFAULT_TRAINING): TrainedClassifier {
  const positives = rows.filter((row) => row.sensitive).length;
  if (positives === 0 || positives === rows.length) throw new Error('training needs both sensitive and benign messages');
  const classWeight = { sensitive: rows.length / (2 * positives), benign: rows.length / (2 * (rows.length - positives)) };
  const weights = new Float64Array(BUCKETS + 1);
  const order = rows.map((_, index) => index);
  let state = options.seed;
  const random = () => (state = (state * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff;
  for (let epoch = 0; epoch < options.epochs; epoch += 1) {
    for (let index = order.length - 1; index > 0; index -= 1) {
      const other = Math.floor(random() * (index + 1));
      [order[index], order[other]] = [order[other]!, order[index]!];
    }
    const rate = 0.5 / (1 + epoch);
    for (const index of order) {
      const row = rows[index]!;
      const features = cachedFeatures(row.text);
      const scale = 1 / Math.sqrt(Math.max(features.length, 1));
      const probability = 1 / (1 + Math.exp(-logOdds(weights, features)));
      const gradient = (probability - (row.sensitive ? 1 : 0)) * (row.sensitive ? classWeight.sensitive : classWeight.benign);
      for (const bucket of features) weights[bucket] = weights[bucket]! * (1 - rate * options.l2) - rate * gradient * scale;
      weights[BIAS] = weights[BIAS]! - rate * gradient;
    }
  }
  return { score: (text) => logOdds(weights, cachedFeatures(text)) };
}

/**
 * The highest threshold that keeps `recall` of the sensitive training rows, read
 * from out-of-fold scores (each fold scored by a model that never saw it), so
 * the threshold is chosen on training data alone and not flattered by it.
 */
export function thresholdForRecall(rows: readonly LabelledText[], recall: number, folds = 5, options: TrainingOptions = DEFAULT_TRAINING): number {
  const outOfFold: number[] = [];
  for (let fold = 0; fold < folds; fold += 1) {
    const model = trainClassifier(rows.filter((_, index) => index % folds !== fold), options);
    rows.forEach((row, index) => {
      if (index % folds === fold && row.sensitive) outOfFold.push(model.score(row.text));
    });
  }
  outOfFold.sort((a, b) => a - b);
  return outOfFold[Math.min(outOfFold.length - 1, Math.floor((1 - recall) * outOfFold.length))]!;
}
