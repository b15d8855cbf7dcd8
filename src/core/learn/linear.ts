/**
 * Inference with the linear models bearing learns from labelled texts (`npm run train`,
 * scripts/train.ts): L2-regularised logistic regression for yes/no decisions (one per
 * responsibility or value) and multinomial logistic regression (softmax) for one-of-many
 * decisions (the archetype, the chosen path), both over sparse named features.
 *
 * Models: D. R. Cox, "The regression analysis of binary sequences" (1958); multinomial
 * logistic regression as in C. M. Bishop, *Pattern Recognition and Machine Learning* (2006),
 * section 4.3.4. Calibration by temperature scaling: C. Guo et al., "On Calibration of Modern
 * Neural Networks" (ICML 2017). Pure: no files; the weights come from generated modules.
 */

/** Sparse features of one document: name → value (usually 0/1 or a score in [0, 1]). */
export type Features = Map<string, number>;

/** A binary logistic model: P(yes) = σ(bias + Σ weights[f] · x[f]). */
export interface BinaryModel {
  bias: number;
  /** Feature name → weight; features not listed weigh 0. */
  weights: Record<string, number>;
  /** Decision threshold on the probability, in (0, 1) (0.5 unless tuned on held-out folds). */
  threshold: number;
}

/** A multinomial logistic model over `classes`: P(k) ∝ exp((bias_k + w_k · x) / temperature). */
export interface SoftmaxModel<K extends string = string> {
  classes: readonly K[];
  bias: Record<K, number>;
  weights: Record<K, Record<string, number>>;
  /** Temperature fitted on held-out folds (> 0; 1 = uncalibrated). */
  temperature: number;
}

/** The logistic function 1 / (1 + e^-z), stable for large |z|. */
export function sigmoid(z: number): number {
  if (z >= 0) return 1 / (1 + Math.exp(-z));
  const e = Math.exp(z);
  return e / (1 + e);
}

const entryCache = new WeakMap<object, [string, number][]>();
const mapCache = new WeakMap<object, Map<string, number>>();

/** A model's weights as entries and as a map, made once per weights object. */
function entriesOf(weights: Readonly<Record<string, number>>): [string, number][] {
  let e = entryCache.get(weights);
  if (!e) {
    e = Object.entries(weights);
    entryCache.set(weights, e);
  }
  return e;
}

function mapOf(weights: Readonly<Record<string, number>>): Map<string, number> {
  let m = mapCache.get(weights);
  if (!m) {
    m = new Map(Object.entries(weights));
    mapCache.set(weights, m);
  }
  return m;
}

/**
 * bias + Σ w·x over the features the model knows. Walks the smaller of the two sides: a model
 * keeps a few hundred weights, a document has a thousand or more features.
 */
export function linearScore(
  bias: number,
  weights: Readonly<Record<string, number>>,
  x: Features,
): number {
  let z = bias;
  const entries = entriesOf(weights);
  if (entries.length <= x.size) {
    for (const [name, w] of entries) {
      const v = x.get(name);
      if (v !== undefined) z += w * v;
    }
  } else {
    const m = mapOf(weights);
    // forEach rather than for-of: the same order, without an entry array per feature.
    x.forEach((value, name) => {
      const w = m.get(name);
      if (w !== undefined) z += w * value;
    });
  }
  return z;
}

/** P(yes) in (0, 1) under a binary model. */
export function binaryProbability(model: BinaryModel, x: Features): number {
  return sigmoid(linearScore(model.bias, model.weights, x));
}

/** Softmax of `z / temperature`, stable (max subtracted). */
export function softmax(z: readonly number[], temperature = 1): number[] {
  const t = temperature > 0 ? temperature : 1;
  let max = Number.NEGATIVE_INFINITY;
  for (const v of z) if (v > max) max = v;
  const e = z.map((v) => Math.exp((v - max) / t));
  const total = e.reduce((s, v) => s + v, 0);
  return e.map((v) => v / total);
}

/**
 * Class probabilities in the order of `model.classes` (they sum to 1). `offsets` are fixed
 * additions to each class's score (a prior model's log-probabilities, when the model was
 * fitted as a correction of it).
 */
export function softmaxProbabilities<K extends string>(
  model: SoftmaxModel<K>,
  x: Features,
  offsets?: Readonly<Record<K, number>>,
): { id: K; p: number; z: number }[] {
  const z = model.classes.map(
    (k) => (offsets?.[k] ?? 0) + linearScore(model.bias[k], model.weights[k], x),
  );
  const p = softmax(z, model.temperature);
  return model.classes.map((id, i) => ({ id, p: p[i] ?? 0, z: z[i] ?? 0 }));
}

/**
 * What one part of a document (a sentence) contributes to a linear score: Σ w·x over the
 * features it holds. Used to quote the sentences that weigh most for a decision.
 */
export function contribution(
  weights: Readonly<Record<string, number>>,
  names: Iterable<string>,
): number {
  const m = mapOf(weights);
  let c = 0;
  for (const name of names) c += m.get(name) ?? 0;
  return c;
}
