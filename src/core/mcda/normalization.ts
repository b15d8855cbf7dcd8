/**
 * Column normalisations of a decision matrix: each maps one criterion's raw performances to
 * dimensionless numbers where higher is better. Benefit and cost formulas follow the
 * conventions collected by Jahan & Edwards (2015) "A state-of-the-art survey on the influence
 * of normalization techniques in ranking", Materials & Design 65:335-342, as implemented in
 * pymcdm (kotbaton/pymcdm `normalizations.py`), so results can be compared across tools.
 *
 * | name              | benefit                    | cost                                  |
 * |-------------------|----------------------------|---------------------------------------|
 * | minmax            | (x - min) / (max - min)    | (max - x) / (max - min)               |
 * | max               | x / max                    | 1 - x / max                           |
 * | sum               | x / sum x                  | (1/x) / sum (1/x)                     |
 * | vector            | x / norm2(x)               | 1 - x / norm2(x)                      |
 * | logarithmic       | ln x / ln prod x           | (1 - ln x / ln prod x) / (n - 1)      |
 * | linear            | x / max                    | min / x                               |
 * | nonlinear         | (x / max)^2                | (min / x)^3                           |
 * | enhanced_accuracy | 1 - (max - x)/sum(max - x) | 1 - (x - min) / sum(x - min)          |
 * | zavadskas_turskis | 1 - abs(max - x) / max     | 1 - abs(min - x) / min                |
 *
 * Degenerate columns: when every alternative has the same performance, `minmax` and
 * `enhanced_accuracy` return 1 for all (0/0: every alternative is at the best observed
 * level), which leaves every ranking unchanged. Formulas with a logarithm or a reciprocal
 * need positive values and throw otherwise.
 */
import { BearingError } from "../errors.js";
import { type Direction, type Matrix, type MatrixLike, toMatrix } from "./matrix.js";

export const NORMALIZATIONS = [
  "minmax",
  "max",
  "sum",
  "vector",
  "logarithmic",
  "linear",
  "nonlinear",
  "enhanced_accuracy",
  "zavadskas_turskis",
] as const;

export type Normalization = (typeof NORMALIZATIONS)[number];

/**
 * Normalises every column of `matrix` into a new matrix.
 * @param matrix n x m raw performances.
 * @param directions m directions.
 * @param method one of {@link NORMALIZATIONS}.
 * @returns a new n x m matrix, higher = better in every column.
 * @throws BearingError (input, `out_of_range`) when a method needing positive values meets
 *   x <= 0 (sum for cost, logarithmic, linear and nonlinear for cost, zavadskas_turskis, max).
 */
export function normalizeMatrix(
  matrix: MatrixLike,
  directions: readonly Direction[],
  method: Normalization,
): Matrix {
  const input = toMatrix(matrix);
  const { rows: n, cols: m } = input;
  const out = new Float64Array(n * m);
  const column = new Float64Array(n);
  const normalized = new Float64Array(n);
  for (let j = 0; j < m; j++) {
    for (let i = 0; i < n; i++) column[i] = input.data[i * m + j] as number;
    normalizeColumn(column, directions[j] === "min" ? "min" : "max", method, normalized, j);
    for (let i = 0; i < n; i++) out[i * m + j] = normalized[i] as number;
  }
  return { rows: n, cols: m, data: out };
}

/**
 * Normalises one column into `out` (same length).
 * @param criterion index used in error paths.
 */
export function normalizeColumn(
  x: ArrayLike<number>,
  direction: Direction,
  method: Normalization,
  out: Float64Array,
  criterion = 0,
): void {
  const n = x.length;
  let min = Number.POSITIVE_INFINITY;
  let max = Number.NEGATIVE_INFINITY;
  let argmin = 0;
  for (let i = 0; i < n; i++) {
    const v = x[i] as number;
    if (v < min) {
      min = v;
      argmin = i;
    }
    if (v > max) max = v;
  }
  const benefit = direction === "max";
  const needPositive = (): void => {
    if (min <= 0) {
      throw BearingError.input({
        code: "out_of_range",
        message: `normalisation "${method}" needs positive values, found ${min}`,
        path: ["matrix", argmin, criterion],
        hint: "choose minmax or vector normalisation, or shift the scale",
      });
    }
  };
  switch (method) {
    case "minmax": {
      const range = max - min;
      for (let i = 0; i < n; i++) {
        const v = x[i] as number;
        out[i] = range === 0 ? 1 : benefit ? (v - min) / range : (max - v) / range;
      }
      return;
    }
    case "max": {
      needPositive();
      for (let i = 0; i < n; i++) {
        const r = (x[i] as number) / max;
        out[i] = benefit ? r : 1 - r;
      }
      return;
    }
    case "sum": {
      if (benefit) {
        let sum = 0;
        for (let i = 0; i < n; i++) sum += x[i] as number;
        if (sum === 0) needPositive();
        for (let i = 0; i < n; i++) out[i] = (x[i] as number) / sum;
      } else {
        needPositive();
        let sum = 0;
        for (let i = 0; i < n; i++) sum += 1 / (x[i] as number);
        for (let i = 0; i < n; i++) out[i] = 1 / (x[i] as number) / sum;
      }
      return;
    }
    case "vector": {
      let squares = 0;
      for (let i = 0; i < n; i++) squares += (x[i] as number) ** 2;
      const norm = Math.sqrt(squares);
      for (let i = 0; i < n; i++) {
        const r = norm === 0 ? 0 : (x[i] as number) / norm;
        out[i] = benefit ? r : 1 - r;
      }
      return;
    }
    case "logarithmic": {
      needPositive();
      let logProduct = 0;
      for (let i = 0; i < n; i++) logProduct += Math.log(x[i] as number);
      for (let i = 0; i < n; i++) {
        const r = Math.log(x[i] as number) / logProduct;
        out[i] = benefit ? r : (1 - r) / (n - 1);
      }
      return;
    }
    case "linear": {
      needPositive();
      for (let i = 0; i < n; i++) {
        const v = x[i] as number;
        out[i] = benefit ? v / max : min / v;
      }
      return;
    }
    case "nonlinear": {
      needPositive();
      for (let i = 0; i < n; i++) {
        const v = x[i] as number;
        out[i] = benefit ? (v / max) ** 2 : (min / v) ** 3;
      }
      return;
    }
    case "enhanced_accuracy": {
      let spread = 0;
      for (let i = 0; i < n; i++)
        spread += benefit ? max - (x[i] as number) : (x[i] as number) - min;
      for (let i = 0; i < n; i++) {
        const gap = benefit ? max - (x[i] as number) : (x[i] as number) - min;
        out[i] = spread === 0 ? 1 : 1 - gap / spread;
      }
      return;
    }
    case "zavadskas_turskis": {
      needPositive();
      for (let i = 0; i < n; i++) {
        const v = x[i] as number;
        out[i] = benefit ? 1 - Math.abs(max - v) / max : 1 - Math.abs(min - v) / min;
      }
      return;
    }
    default: {
      const never: never = method;
      throw BearingError.input({
        code: "invalid_value",
        message: `unknown normalisation ${JSON.stringify(never)}`,
        path: ["normalization"],
        hint: `use one of ${NORMALIZATIONS.join(", ")}`,
      });
    }
  }
}
