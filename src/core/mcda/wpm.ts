/**
 * The weighted product model (Bridgman 1922; Miller & Starr 1969; see Triantaphyllou 2000,
 * Multi-Criteria Decision Making Methods: A Comparative Study, ch. 2): P(a) = prod_j r_j(a)^w_j
 * over positive normalised performances r and weights summing to 1. Ratios of P between two
 * alternatives do not depend on the unit of any criterion.
 *
 * We report log10 P = sum_j w_j log10 r_j(a) (`logScores`, the form scikit-criteria returns)
 * because the product underflows for many criteria; `scores` = 10^logScores.
 */
import { BearingError } from "../errors.js";
import { checkProblem, type DecisionProblem } from "./matrix.js";
import { type Normalization, normalizeMatrix } from "./normalization.js";
import { normalizeWeights } from "./weighting/direct.js";

export interface WeightedProductResult {
  /** n values of sum_j w_j log10 r_j(a); higher = better. */
  logScores: Float64Array;
  /** n values of prod_j r_j(a)^w_j. */
  scores: Float64Array;
}

/**
 * @param problem raw n x m matrix (positive after normalisation), weights, directions.
 * @param options.normalization default `sum` (column sum for benefit, (1/x)/sum(1/x) for cost).
 * @throws BearingError (input) when a normalised performance is not positive.
 */
export function weightedProduct(
  problem: DecisionProblem,
  options: { normalization?: Normalization } = {},
): WeightedProductResult {
  const matrix = checkProblem(problem);
  const w = normalizeWeights(problem.weights);
  const r = normalizeMatrix(matrix, problem.directions, options.normalization ?? "sum");
  const { rows: n, cols: m } = r;
  const logScores = new Float64Array(n);
  const scores = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    let sum = 0;
    for (let j = 0; j < m; j++) {
      const x = r.data[i * m + j] as number;
      if (!(x > 0)) {
        throw BearingError.input({
          code: "out_of_range",
          message: `normalised performance ${x} is not positive`,
          path: ["matrix", i, j],
          hint: "the weighted product model needs positive values",
        });
      }
      sum += (w[j] as number) * Math.log10(x);
    }
    logScores[i] = sum;
    scores[i] = 10 ** sum;
  }
  return { logScores, scores };
}
