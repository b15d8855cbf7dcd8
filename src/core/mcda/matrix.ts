/**
 * The shapes every method in `core/mcda` works on: a dense row-major matrix of doubles, the
 * direction of each criterion, and the decision problem (decision matrix, weights,
 * directions) that the classic aggregation methods take.
 *
 * Nested `number[][]` are accepted at every public entry for convenience and copied once into
 * a {@link Matrix}; hot paths then run over one `Float64Array`.
 */
import { BearingError } from "../errors.js";

/** A dense real matrix, row-major: entry (i, j) is `data[i * cols + j]`. */
export interface Matrix {
  readonly rows: number;
  readonly cols: number;
  readonly data: Float64Array;
}

/** A {@link Matrix}, or rows of equal length (`number[][]`, `Float64Array[]`, ...). */
export type MatrixLike = Matrix | ReadonlyArray<ArrayLike<number>>;

/** `max`: more is better (a benefit criterion); `min`: less is better (a cost criterion). */
export type Direction = "max" | "min";

/**
 * A decision problem in its classic form: n alternatives rated on m criteria.
 * - `matrix`: n x m performances (rows = alternatives, columns = criteria), raw units.
 * - `weights`: m non-negative weights; they need not sum to 1 (every method normalises them).
 * - `directions`: m directions.
 */
export interface DecisionProblem {
  readonly matrix: MatrixLike;
  readonly weights: ArrayLike<number>;
  readonly directions: readonly Direction[];
}

/** True for a {@link Matrix} (as opposed to nested rows). */
export function isMatrix(value: MatrixLike): value is Matrix {
  return (value as Matrix).data instanceof Float64Array;
}

/** A rows x cols matrix of zeros. */
export function zeros(rows: number, cols: number): Matrix {
  return { rows, cols, data: new Float64Array(rows * cols) };
}

/**
 * Returns `value` itself when it is already a {@link Matrix}, else a row-major copy of the
 * rows. Throws `BearingError` (input, `invalid_value`) for ragged rows; `name` prefixes the
 * error path (e.g. `matrix[2]`).
 */
export function toMatrix(value: MatrixLike, name = "matrix"): Matrix {
  if (isMatrix(value)) {
    if (value.data.length !== value.rows * value.cols) {
      throw BearingError.input({
        code: "invalid_value",
        message: `data has ${value.data.length} entries, expected rows x cols = ${value.rows * value.cols}`,
        path: [name],
      });
    }
    return value;
  }
  const rows = value.length;
  const cols = rows > 0 ? (value[0]?.length ?? 0) : 0;
  const data = new Float64Array(rows * cols);
  for (let i = 0; i < rows; i++) {
    const row = value[i] as ArrayLike<number>;
    if (row.length !== cols) {
      throw BearingError.input({
        code: "invalid_value",
        message: `row has ${row.length} entries, expected ${cols} like the first row`,
        path: [name, i],
      });
    }
    for (let j = 0; j < cols; j++) data[i * cols + j] = row[j] as number;
  }
  return { rows, cols, data };
}

/** The matrix as nested plain arrays (for JSON and for display). */
export function matrixToRows(matrix: Matrix): number[][] {
  const out: number[][] = [];
  for (let i = 0; i < matrix.rows; i++) {
    out.push(Array.from(matrix.data.subarray(i * matrix.cols, (i + 1) * matrix.cols)));
  }
  return out;
}

/** Entry (i, j); no bounds check. */
export function entry(matrix: Matrix, i: number, j: number): number {
  return matrix.data[i * matrix.cols + j] as number;
}

/** Throws `BearingError` (`not_finite`) naming the first entry that is NaN or infinite. */
export function assertFiniteMatrix(matrix: Matrix, name = "matrix"): void {
  const { data, cols } = matrix;
  for (let k = 0; k < data.length; k++) {
    if (!Number.isFinite(data[k])) {
      throw BearingError.input({
        code: "not_finite",
        message: "expected a finite number",
        path: [name, Math.floor(k / cols), k % cols],
      });
    }
  }
}

/**
 * Checks the common shape of a {@link DecisionProblem} and returns its matrix: at least one
 * alternative and one criterion, finite performances, one weight and one direction per
 * criterion. Weights themselves are checked by `normalizeWeights`.
 */
export function checkProblem(problem: DecisionProblem): Matrix {
  const matrix = toMatrix(problem.matrix);
  checkNotEmpty(matrix);
  assertFiniteMatrix(matrix);
  return checkProblemShape(problem, matrix);
}

/**
 * {@link checkProblem} without the finiteness check, for a method that meets every entry in a
 * pass of its own and calls `assertFiniteMatrix` when a sum there is not finite.
 */
export function checkProblemShape(
  problem: DecisionProblem,
  matrix: Matrix = toMatrix(problem.matrix),
): Matrix {
  checkNotEmpty(matrix);
  if (problem.weights.length !== matrix.cols) {
    throw BearingError.input({
      code: "invalid_value",
      message: `${problem.weights.length} weights for ${matrix.cols} criteria`,
      path: ["weights"],
    });
  }
  if (problem.directions.length !== matrix.cols) {
    throw BearingError.input({
      code: "invalid_value",
      message: `${problem.directions.length} directions for ${matrix.cols} criteria`,
      path: ["directions"],
    });
  }
  for (let j = 0; j < matrix.cols; j++) {
    const d = problem.directions[j];
    if (d !== "max" && d !== "min") {
      throw BearingError.input({
        code: "invalid_value",
        message: `direction ${JSON.stringify(d)} is neither "max" nor "min"`,
        path: ["directions", j],
      });
    }
  }
  return matrix;
}

function checkNotEmpty(matrix: Matrix): void {
  if (matrix.rows === 0 || matrix.cols === 0) {
    throw BearingError.input({
      code: "invalid_value",
      message: "the decision matrix needs at least one alternative and one criterion",
      path: ["matrix"],
    });
  }
}
