/**
 * The weighted sum / additive value model (simple additive weighting; Fishburn 1967,
 * "Additive utilities with incomplete product sets", Operations Research 15(3):537-542;
 * Keeney & Raiffa 1976, ch. 3): U(a) = sum_j w_j v_j(a), with partial values v_j and weights
 * w summing to 1.
 *
 * From a raw decision matrix the partial values are a column normalisation; the default
 * `minmax` is the linear value function over the observed range (0 = worst alternative,
 * 1 = best on that criterion), which makes the weights scaling constants of those ranges.
 * Other normalisations (see `normalization.ts`) reproduce peers' SAW variants, e.g. `sum`
 * for pymcdm's WSM.
 */
import {
  checkProblem,
  type DecisionProblem,
  type Matrix,
  type MatrixLike,
  toMatrix,
} from "./matrix.js";
import { type Normalization, normalizeMatrix } from "./normalization.js";
import { normalizeCriterionWeights } from "./weighting/direct.js";

export interface AdditiveValueResult {
  /** n overall values U(a) = sum_j w_j v_j(a); in [0, 1] when partial values are. */
  scores: Float64Array;
  /** n x m weighted partial values w_j v_j(a); row i sums to scores[i]. */
  contributions: Matrix;
}

export interface WeightedSumResult extends AdditiveValueResult {
  /** n x m partial values v_j(a) (the normalised matrix). */
  values: Matrix;
}

/**
 * The weighted sum, bearing's one: sum_j w_j v_j, left to right over j (the order every
 * additive score in bearing uses, so equal inputs give equal bits). Weights are used as given
 * (callers hold normalised ones).
 * @param values m partial values of one alternative, from `offset` (default 0).
 * @param weights m weights.
 */
export function weightedSumOf(
  values: ArrayLike<number>,
  weights: ArrayLike<number>,
  offset = 0,
): number {
  let sum = 0;
  for (let j = 0; j < weights.length; j++) {
    sum += (weights[j] as number) * (values[offset + j] as number);
  }
  return sum;
}

/**
 * Additive value of alternatives already expressed as partial values.
 * @param values n x m partial values (higher = better; usually in [0, 1]).
 * @param weights m non-negative weights, normalised here to sum 1.
 * @throws BearingError (input) for a weight count that differs from m or invalid weights.
 */
export function additiveValue(values: MatrixLike, weights: ArrayLike<number>): AdditiveValueResult {
  const v = toMatrix(values, "values");
  const { rows: n, cols: m } = v;
  const w = normalizeCriterionWeights(weights, m);
  const scores = new Float64Array(n);
  const contributions = new Float64Array(n * m);
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < m; j++) {
      contributions[i * m + j] = (w[j] as number) * (v.data[i * m + j] as number);
    }
    scores[i] = weightedSumOf(v.data, w, i * m);
  }
  return { scores, contributions: { rows: n, cols: m, data: contributions } };
}

/**
 * Weighted sum of a raw decision matrix.
 * @param problem n x m matrix, m weights, m directions.
 * @param options.normalization how raw performances become partial values (default `minmax`).
 * @returns scores (higher = better), contributions and the partial values.
 * @throws BearingError (input) for an invalid problem (shape, non-finite values, weights).
 */
export function weightedSum(
  problem: DecisionProblem,
  options: { normalization?: Normalization } = {},
): WeightedSumResult {
  const matrix = checkProblem(problem);
  const values = normalizeMatrix(matrix, problem.directions, options.normalization ?? "minmax");
  return { ...additiveValue(values, problem.weights), values };
}
