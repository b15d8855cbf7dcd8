/**
 * Group AHP by aggregation of individual judgements (AIJ): the group's judgement a_ij is the
 * (weighted) geometric mean of the members' a_ij. The geometric mean is the only separable
 * aggregation that keeps the group matrix reciprocal and respects unanimity (Aczél & Saaty
 * 1983, "Procedures for synthesizing ratio judgements", J. Math. Psychology 27(1):93-102;
 * Forman & Peniwati 1998, EJOR 108(1):165-169, when the group acts as one individual).
 */
import { BearingError } from "../../errors.js";
import type { Matrix, MatrixLike } from "../matrix.js";
import { checkPairwiseMatrix } from "./ahp.js";
import { normalizeWeights } from "./direct.js";

/**
 * @param matrices K pairwise comparison matrices of one size m (each checked like `ahp` does).
 * @param memberWeights optional K non-negative importances of the members (normalised);
 *   default equal.
 * @returns the m x m group matrix, entry-wise prod_k a_ij(k)^lambda_k.
 * @throws BearingError (input) for an empty list, sizes that differ, or an invalid matrix
 *   (path `pairwise[k][i][j]`).
 */
export function aggregateJudgements(
  matrices: readonly MatrixLike[],
  memberWeights?: ArrayLike<number>,
  reciprocalTolerance = 0.05,
): Matrix {
  const K = matrices.length;
  if (K === 0) {
    throw BearingError.input({
      code: "invalid_value",
      message: "no judgement matrices",
      path: ["pairwise"],
    });
  }
  const lambda = memberWeights ? normalizeWeights(memberWeights, "memberWeights") : null;
  if (lambda && lambda.length !== K) {
    throw BearingError.input({
      code: "invalid_value",
      message: `${lambda.length} member weights for ${K} matrices`,
      path: ["memberWeights"],
    });
  }
  let m = -1;
  let logs = new Float64Array(0);
  matrices.forEach((matrix, k) => {
    const a = checkPairwiseMatrix(matrix, reciprocalTolerance, ["pairwise", k]);
    if (m < 0) {
      m = a.rows;
      logs = new Float64Array(m * m);
    } else if (a.rows !== m) {
      throw BearingError.input({
        code: "invalid_value",
        message: `is ${a.rows} x ${a.rows}, the first matrix ${m} x ${m}`,
        path: ["pairwise", k],
      });
    }
    const weight = lambda ? (lambda[k] as number) : 1 / K;
    for (let t = 0; t < m * m; t++)
      logs[t] = (logs[t] as number) + weight * Math.log(a.data[t] as number);
  });
  const data = new Float64Array(m * m);
  for (let t = 0; t < m * m; t++) data[t] = Math.exp(logs[t] as number);
  return { rows: m, cols: m, data };
}
