/**
 * Standard-deviation weights (Diakoulaki, Mavrotas & Papayannakis 1995; Jahan & Edwards 2013,
 * Materials & Design 49:1000-1008): w_j proportional to the standard deviation of column j.
 * The columns are used as given, so pass commensurate (e.g. min-max normalised) values when
 * criteria have different units. If every column is constant the weights are equal.
 */
import { assertFiniteMatrix, type MatrixLike, toMatrix } from "../matrix.js";

/**
 * @param matrix n x m values (commensurate across criteria).
 * @returns m weights summing to 1.
 */
export function standardDeviationWeights(matrix: MatrixLike): Float64Array {
  const x = toMatrix(matrix);
  assertFiniteMatrix(x);
  const sd = columnStandardDeviations(x.data, x.rows, x.cols);
  let total = 0;
  for (const s of sd) total += s;
  return sd.map((s) => (total > 0 ? s / total : 1 / x.cols));
}

/** Population standard deviations (divisor n) of the columns of a row-major n x m array. */
export function columnStandardDeviations(data: Float64Array, n: number, m: number): Float64Array {
  const sd = new Float64Array(m);
  for (let j = 0; j < m; j++) {
    let mean = 0;
    for (let i = 0; i < n; i++) mean += data[i * m + j] as number;
    mean /= n;
    let ss = 0;
    for (let i = 0; i < n; i++) ss += ((data[i * m + j] as number) - mean) ** 2;
    sd[j] = Math.sqrt(ss / n);
  }
  return sd;
}
