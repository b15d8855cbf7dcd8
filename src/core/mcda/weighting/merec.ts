/**
 * MEREC weights, method based on the removal effects of criteria (Keshavarz-Ghorabaee,
 * Amiri, Zavadskas, Turskis & Antucheviciene 2021, Symmetry 13(4):525): a criterion whose
 * removal changes the alternatives' overall performance most gets the most weight.
 *   n_ij = min_k x_kj / x_ij (benefit), x_ij / max_k x_kj (cost)
 *   S_i = ln(1 + (1/m) sum_j |ln n_ij|),  S'_ij = ln(1 + (1/m) sum_{k != j} |ln n_ik|)
 *   E_j = sum_i |S'_ij - S_i|,  w_j = E_j / sum E.
 */
import { BearingError } from "../../errors.js";
import { assertFiniteMatrix, type Direction, type MatrixLike, toMatrix } from "../matrix.js";

/**
 * @param matrix n x m positive performances.
 * @param directions m directions.
 * @returns m weights summing to 1 (equal if no removal has any effect).
 * @throws BearingError (input) for a value <= 0.
 */
export function merecWeights(matrix: MatrixLike, directions: readonly Direction[]): Float64Array {
  const x = toMatrix(matrix);
  assertFiniteMatrix(x);
  const { rows: n, cols: m, data } = x;
  const logs = new Float64Array(n * m);
  for (let j = 0; j < m; j++) {
    let lo = Number.POSITIVE_INFINITY;
    let hi = Number.NEGATIVE_INFINITY;
    for (let i = 0; i < n; i++) {
      const v = data[i * m + j] as number;
      if (!(v > 0)) {
        throw BearingError.input({
          code: "out_of_range",
          message: `MEREC needs positive values, found ${v}`,
          path: ["matrix", i, j],
        });
      }
      lo = Math.min(lo, v);
      hi = Math.max(hi, v);
    }
    for (let i = 0; i < n; i++) {
      const v = data[i * m + j] as number;
      logs[i * m + j] = Math.abs(Math.log(directions[j] === "min" ? v / hi : lo / v));
    }
  }
  const effect = new Float64Array(m);
  for (let i = 0; i < n; i++) {
    let all = 0;
    for (let j = 0; j < m; j++) all += logs[i * m + j] as number;
    const s = Math.log(1 + all / m);
    for (let j = 0; j < m; j++) {
      const without = Math.log(1 + (all - (logs[i * m + j] as number)) / m);
      effect[j] = (effect[j] as number) + Math.abs(without - s);
    }
  }
  let total = 0;
  for (const e of effect) total += e;
  return effect.map((e) => (total > 0 ? e / total : 1 / m));
}
