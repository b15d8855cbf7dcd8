/**
 * Entropy weights (Shannon's entropy applied to criteria weighting; Zeleny 1982, Multiple
 * Criteria Decision Making, McGraw-Hill; Hwang & Yoon 1981, section 2.3): a criterion on which
 * the alternatives differ more carries more information and gets more weight.
 *   p_ij = x_ij / sum_i x_ij,  E_j = -sum_i p_ij ln p_ij / ln n,  w_j = (1 - E_j) / sum_k (1 - E_k)
 * with 0 ln 0 = 0. If every criterion has E_j = 1 (no spread anywhere) the weights are equal.
 */
import { BearingError } from "../../errors.js";
import { assertFiniteMatrix, type MatrixLike, toMatrix } from "../matrix.js";

/**
 * @param matrix n x m non-negative performances (n >= 2), each column with a positive sum.
 * @returns m weights summing to 1.
 * @throws BearingError (input) for negative values, a zero column or n < 2.
 */
export function entropyWeights(matrix: MatrixLike): Float64Array {
  const x = toMatrix(matrix);
  assertFiniteMatrix(x);
  const { rows: n, cols: m, data } = x;
  if (n < 2) {
    throw BearingError.input({
      code: "invalid_value",
      message: "entropy weights need at least two alternatives",
      path: ["matrix"],
    });
  }
  const divergence = new Float64Array(m);
  let total = 0;
  for (let j = 0; j < m; j++) {
    let sum = 0;
    for (let i = 0; i < n; i++) {
      const v = data[i * m + j] as number;
      if (v < 0) {
        throw BearingError.input({
          code: "out_of_range",
          message: `entropy weights need non-negative values, found ${v}`,
          path: ["matrix", i, j],
        });
      }
      sum += v;
    }
    if (sum === 0) {
      throw BearingError.input({
        code: "invalid_value",
        message: "the column sums to 0",
        path: ["matrix", 0, j],
      });
    }
    let h = 0;
    for (let i = 0; i < n; i++) {
      const p = (data[i * m + j] as number) / sum;
      if (p > 0) h -= p * Math.log(p);
    }
    divergence[j] = Math.max(0, 1 - h / Math.log(n));
    total += divergence[j] as number;
  }
  const w = new Float64Array(m);
  for (let j = 0; j < m; j++) w[j] = total > 0 ? (divergence[j] as number) / total : 1 / m;
  return w;
}
