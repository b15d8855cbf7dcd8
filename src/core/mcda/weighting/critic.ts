/**
 * CRITIC weights, criteria importance through intercriteria correlation (Diakoulaki,
 * Mavrotas & Papayannakis 1995, Computers & Operations Research 22(7):763-770): on min-max
 * normalised columns (cost columns reversed), C_j = sigma_j sum_k (1 - r_jk) with sigma_j the
 * standard deviation and r the Pearson correlation; w_j = C_j / sum C. Contrast raises a
 * weight, redundancy with other criteria lowers it. A constant column has sigma = 0 and
 * correlation taken as 0.
 */
import { assertFiniteMatrix, type Direction, type MatrixLike, toMatrix } from "../matrix.js";
import { normalizeMatrix } from "../normalization.js";
import { columnStandardDeviations } from "./standard-deviation.js";

/**
 * @param matrix n x m raw performances.
 * @param directions m directions; default all `max`.
 * @returns m weights summing to 1 (equal if every column is constant).
 */
export function criticWeights(matrix: MatrixLike, directions?: readonly Direction[]): Float64Array {
  const x = toMatrix(matrix);
  assertFiniteMatrix(x);
  const { rows: n, cols: m } = x;
  const z = normalizeMatrix(
    x,
    directions ?? Array.from({ length: m }, () => "max" as const),
    "minmax",
  );
  const sd = columnStandardDeviations(z.data, n, m);
  const mean = new Float64Array(m);
  for (let i = 0; i < n; i++)
    for (let j = 0; j < m; j++) mean[j] = (mean[j] as number) + (z.data[i * m + j] as number) / n;
  const c = new Float64Array(m);
  let total = 0;
  for (let j = 0; j < m; j++) {
    let conflict = 0;
    for (let k = 0; k < m; k++) {
      let r = 0;
      if (k === j) r = 1;
      else if ((sd[j] as number) > 0 && (sd[k] as number) > 0) {
        let cov = 0;
        for (let i = 0; i < n; i++) {
          cov +=
            ((z.data[i * m + j] as number) - (mean[j] as number)) *
            ((z.data[i * m + k] as number) - (mean[k] as number));
        }
        r = cov / n / ((sd[j] as number) * (sd[k] as number));
      }
      conflict += 1 - r;
    }
    c[j] = (sd[j] as number) * conflict;
    total += c[j] as number;
  }
  return c.map((v) => (total > 0 ? v / total : 1 / m));
}
