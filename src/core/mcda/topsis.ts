/**
 * TOPSIS, the technique for order preference by similarity to an ideal solution (Hwang &
 * Yoon 1981, Multiple Attribute Decision Making, Springer LNEMS 186, pp. 128-140).
 *
 * Steps: normalise each column (r), weight it (v_ij = w_j r_ij), take the ideal A+ (best v per
 * criterion) and the anti-ideal A- (worst), Euclidean distances d+ and d- to them, and the
 * relative closeness C = d- / (d+ + d-) in [0, 1], higher = better.
 *
 * The normalisation is always explicit because it changes results:
 * - `vector` (Hwang & Yoon): r_ij = x_ij / norm2(column j). Invariant under a positive
 *   rescaling of a criterion (x -> a x, a > 0) but NOT under a shift (x -> x + b): shifting
 *   changes the ratios x_ij / norm2, and can change the winner (Opricovic & Tzeng 2004 show
 *   this on their mountain-climbing example).
 * - `minmax`: r = (x - min) / (max - min), reversed for cost criteria (pymcdm's default);
 *   invariant under every positive affine rescaling x -> a x + b, a > 0.
 * - `none`: raw values; meaningful only when all criteria share one unit.
 * Weights are normalised to sum 1, which scales d+ and d- but not the closeness.
 * An alternative equal to both the ideal and the anti-ideal (every column constant) gets
 * closeness 0.5 rather than 0/0.
 */
import { BearingError } from "../errors.js";
import { assertFiniteMatrix, checkProblemShape, type DecisionProblem } from "./matrix.js";
import { normalizeWeights } from "./weighting/direct.js";

export type TopsisNormalization = "vector" | "minmax" | "none";

export interface TopsisOptions {
  normalization: TopsisNormalization;
}

export interface TopsisResult {
  /** n relative closeness values C in [0, 1]; higher = better. */
  closeness: Float64Array;
  /** n distances to the ideal solution. */
  dPlus: Float64Array;
  /** n distances to the anti-ideal solution. */
  dMinus: Float64Array;
  /** m weighted normalised values of the ideal solution A+. */
  ideal: Float64Array;
  /** m weighted normalised values of the anti-ideal solution A-. */
  antiIdeal: Float64Array;
}

/**
 * @param problem n x m raw performances, m weights, m directions.
 * @param options.normalization `vector`, `minmax` or `none` (required; see the module note).
 * @returns closeness, distances, ideal and anti-ideal. O(n m) time.
 * @throws BearingError (input) for an invalid problem.
 */
export function topsis(problem: DecisionProblem, options: TopsisOptions): TopsisResult {
  // Finiteness is checked by the column pass below, which meets every entry anyway.
  const matrix = checkProblemShape(problem);
  const { rows: n, cols: m, data } = matrix;
  const w = normalizeWeights(problem.weights);
  const normalization = options.normalization;
  if (normalization !== "vector" && normalization !== "minmax" && normalization !== "none") {
    throw BearingError.input({
      code: "invalid_value",
      message: `unknown TOPSIS normalisation ${JSON.stringify(normalization)}`,
      path: ["params", "normalization"],
      hint: 'use "vector", "minmax" or "none"',
    });
  }

  // Column statistics, one column at a time so that they stay in registers. A NaN or infinite
  // entry makes its column's sum of squares non-finite; only then is the matrix searched for
  // the entry to name (a finite sum of squares may also overflow, which is no error).
  const min = new Float64Array(m);
  const max = new Float64Array(m);
  const squares = new Float64Array(m);
  const size = n * m;
  for (let j = 0; j < m; j++) {
    let lo = Number.POSITIVE_INFINITY;
    let hi = Number.NEGATIVE_INFINITY;
    let sq = 0;
    for (let t = j; t < size; t += m) {
      const x = data[t] as number;
      if (x < lo) lo = x;
      if (x > hi) hi = x;
      sq += x * x;
    }
    if (!Number.isFinite(sq)) assertFiniteMatrix(matrix);
    min[j] = lo;
    max[j] = hi;
    squares[j] = sq;
  }

  // Every weighted normalised value is v = scale_j * (x - origin_j). Min-max reverses cost
  // columns (negative scale), so their ideal is then the column maximum of v.
  const scale = new Float64Array(m);
  const origin = new Float64Array(m);
  const ideal = new Float64Array(m);
  const antiIdeal = new Float64Array(m);
  for (let j = 0; j < m; j++) {
    const wj = w[j] as number;
    const lo = min[j] as number;
    const hi = max[j] as number;
    const benefit = problem.directions[j] === "max";
    if (normalization === "minmax") {
      const range = hi - lo;
      if (range === 0) {
        // 0/0: every alternative is at the best observed level (v = w_j), so the column adds
        // nothing to either distance.
        scale[j] = 0;
        ideal[j] = 0;
        antiIdeal[j] = 0;
      } else {
        scale[j] = benefit ? wj / range : -wj / range;
        origin[j] = benefit ? lo : hi;
        ideal[j] = wj;
        antiIdeal[j] = 0;
      }
      continue;
    }
    const norm = normalization === "vector" ? Math.sqrt(squares[j] as number) : 1;
    const s = norm === 0 ? 0 : wj / norm;
    scale[j] = s;
    ideal[j] = benefit ? s * hi : s * lo;
    antiIdeal[j] = benefit ? s * lo : s * hi;
  }

  // Squared distances accumulated one column at a time (the column's constants stay in
  // registers), each row's sum still in column order j = 0, 1, ...
  const closeness = new Float64Array(n);
  const dPlus = new Float64Array(n);
  const dMinus = new Float64Array(n);
  for (let j = 0; j < m; j++) {
    const s = scale[j] as number;
    const o = origin[j] as number;
    const best = ideal[j] as number;
    const worst = antiIdeal[j] as number;
    for (let i = 0, t = j; i < n; i++, t += m) {
      const v = s * ((data[t] as number) - o);
      const a = v - best;
      const b = v - worst;
      dPlus[i] = (dPlus[i] as number) + a * a;
      dMinus[i] = (dMinus[i] as number) + b * b;
    }
  }
  for (let i = 0; i < n; i++) {
    const dp = Math.sqrt(dPlus[i] as number);
    const dm = Math.sqrt(dMinus[i] as number);
    dPlus[i] = dp;
    dMinus[i] = dm;
    closeness[i] = dp + dm === 0 ? 0.5 : dm / (dp + dm);
  }
  return { closeness, dPlus, dMinus, ideal, antiIdeal };
}
