/**
 * The analytic hierarchy process: priorities from a pairwise comparison matrix (Saaty 1977,
 * "A scaling method for priorities in hierarchical structures", J. Math. Psychology
 * 15(3):234-281; Saaty 1980, The Analytic Hierarchy Process, McGraw-Hill).
 *
 * A pairwise comparison matrix A (m x m) holds a_ij = how many times more important i is than
 * j (Saaty's 1..9 scale), positive and reciprocal (a_ji = 1 / a_ij, a_ii = 1). Priorities:
 * - `eigenvector` (Saaty): the principal (Perron) eigenvector of A, normalised to sum 1;
 *   lambda_max its eigenvalue. Computed with ml-matrix's eigenvalue decomposition.
 * - `geometric-mean`: normalised row geometric means (Crawford & Williams 1985, J. Math.
 *   Psychology 29(4):387-405), the logarithmic least-squares solution.
 * - `column-mean`: mean of the rows of the column-normalised matrix (Saaty's approximation,
 *   used e.g. by scikit-criteria's ahp_ext).
 * Consistency (Saaty 1980): CI = (lambda_max - m) / (m - 1), CR = CI / RI(m) with the random
 * index RI of Saaty (1980) by default; CR <= 0.1 is the usual acceptance level.
 *
 * Which judgements cause the inconsistency: with e_ij = a_ij w_j / w_i (1 for every pair when
 * A is consistent), the eigen equation gives sum_j e_ij = lambda_max for every i, hence
 *   CI = sum_{i<j} (e_ij + e_ji - 2) / (m (m - 1))
 * (the identity behind Saaty's proof that lambda_max >= m, 1977 section 2). Each term is >= 0
 * for a reciprocal matrix and is judgement (i, j)'s exact share of CI; the value consistent
 * with the priorities is w_i / w_j. (For the non-eigenvector priorities the shares are
 * computed the same way and are approximate.)
 */
import { EigenvalueDecomposition } from "ml-matrix";
import { BearingError, type Issue } from "../../errors.js";
import { type Matrix, type MatrixLike, matrixToRows, toMatrix } from "../matrix.js";

/** Saaty's (1980) random index for m = 1..15, as listed in bearing's contracts.md. */
export const RANDOM_INDEX_SAATY_1980: readonly number[] = [
  0, 0, 0.58, 0.9, 1.12, 1.24, 1.32, 1.41, 1.45, 1.49, 1.51, 1.48, 1.56, 1.57, 1.59,
];

/** Random index of Tummala & Ling (1998), Theory and Decision 44(3):221-230, m = 1..15. */
export const RANDOM_INDEX_TUMMALA_LING_1998: readonly number[] = [
  0, 0, 0.5799, 0.8921, 1.1159, 1.2358, 1.3322, 1.3952, 1.4537, 1.4882, 1.5117, 1.5356, 1.5571,
  1.5714, 1.5831,
];

export type RandomIndexTable = "saaty1980" | "tummala-ling1998";
export type AhpPriorityMethod = "eigenvector" | "geometric-mean" | "column-mean";

/** RI(m), or null where the table has no positive value (m <= 2) or no entry (m > 15). */
export function randomIndex(m: number, table: RandomIndexTable = "saaty1980"): number | null {
  const values = table === "saaty1980" ? RANDOM_INDEX_SAATY_1980 : RANDOM_INDEX_TUMMALA_LING_1998;
  const ri = values[m - 1];
  return ri !== undefined && ri > 0 ? ri : null;
}

export interface AhpOptions {
  /** Default `eigenvector`. */
  priorities?: AhpPriorityMethod;
  /** Default `saaty1980`. */
  randomIndex?: RandomIndexTable;
  /** CR above which a warning is issued; default 0.1. */
  crThreshold?: number;
  /** Accepted relative deviation of a_ij * a_ji from 1; default 0.05 (rounded decimals). */
  reciprocalTolerance?: number;
  /** Names of the compared items, for warning messages; default `#0`, `#1`, ... */
  labels?: readonly string[];
  /** Error-path prefix; default `["pairwise"]`. */
  path?: ReadonlyArray<string | number>;
}

/** One judgement a_ij (i < j) and its share of the inconsistency. */
export interface JudgementInconsistency {
  row: number;
  column: number;
  /** The stated a_ij. */
  value: number;
  /** w_i / w_j, the judgement that would agree with the derived priorities. */
  consistentValue: number;
  /** (e_ij + e_ji - 2) / (m (m - 1)): its additive share of CI. */
  contribution: number;
  /** contribution / CI in [0, 1] (0 when CI = 0). */
  share: number;
}

export interface AhpResult {
  /** m priorities summing to 1. */
  weights: Float64Array;
  lambdaMax: number;
  /** (lambda_max - m) / (m - 1); 0 for m = 1. Clamped at 0 (negative values are rounding). */
  ci: number;
  /** CI / RI(m); null for m <= 2 or m > 15. */
  cr: number | null;
  /** Judgements above the diagonal, largest contribution to CI first. */
  inconsistency: JudgementInconsistency[];
  /** A `warning` issue (code `inconsistent`) when CR exceeds the threshold. */
  warnings: Issue[];
}

/**
 * Checks a pairwise comparison matrix: square, non-empty, finite, positive, unit diagonal and
 * reciprocal within `tolerance` (|a_ij a_ji - 1| <= tolerance).
 * @returns the matrix as a {@link Matrix}.
 * @throws BearingError (input) naming the first bad entry: `not_finite`, `out_of_range`
 *   (a_ij <= 0), `invalid_value` (shape, diagonal, reciprocity).
 */
export function checkPairwiseMatrix(
  pairwise: MatrixLike,
  tolerance = 0.05,
  path: ReadonlyArray<string | number> = ["pairwise"],
): Matrix {
  const a = toMatrix(pairwise, String(path[0] ?? "pairwise"));
  const m = a.rows;
  if (m === 0 || a.cols !== m) {
    throw BearingError.input({
      code: "invalid_value",
      message: `a pairwise comparison matrix must be square and non-empty, got ${a.rows} x ${a.cols}`,
      path,
    });
  }
  for (let i = 0; i < m; i++) {
    for (let j = 0; j < m; j++) {
      const x = a.data[i * m + j] as number;
      if (!Number.isFinite(x)) {
        throw BearingError.input({
          code: "not_finite",
          message: "expected a finite number",
          path: [...path, i, j],
        });
      }
      if (x <= 0) {
        throw BearingError.input({
          code: "out_of_range",
          message: `judgement ${x} is not positive`,
          path: [...path, i, j],
          hint: "use Saaty's scale 1/9 .. 9",
        });
      }
    }
  }
  for (let i = 0; i < m; i++) {
    if (Math.abs((a.data[i * m + i] as number) - 1) > tolerance) {
      throw BearingError.input({
        code: "invalid_value",
        message: `diagonal entry is ${a.data[i * m + i]}, not 1`,
        path: [...path, i, i],
      });
    }
    for (let j = i + 1; j < m; j++) {
      const aij = a.data[i * m + j] as number;
      const aji = a.data[j * m + i] as number;
      if (Math.abs(aij * aji - 1) > tolerance) {
        throw BearingError.input({
          code: "invalid_value",
          message: `not reciprocal: a[${i}][${j}] = ${aij} but a[${j}][${i}] = ${aji}`,
          path: [...path, j, i],
          hint: `a[${j}][${i}] must be 1/${aij} = ${1 / aij}`,
        });
      }
    }
  }
  return a;
}

/**
 * Priorities and consistency of one pairwise comparison matrix.
 * @param pairwise m x m positive reciprocal matrix.
 * @returns weights (sum 1), lambda_max, CI, CR, per-judgement inconsistency, warnings.
 * @throws BearingError (input) for a matrix that fails {@link checkPairwiseMatrix}.
 */
export function ahp(pairwise: MatrixLike, options: AhpOptions = {}): AhpResult {
  const path = options.path ?? ["pairwise"];
  const a = checkPairwiseMatrix(pairwise, options.reciprocalTolerance ?? 0.05, path);
  const m = a.rows;
  const method = options.priorities ?? "eigenvector";
  let weights: Float64Array;
  let lambdaMax: number;
  if (method === "eigenvector") {
    [weights, lambdaMax] = principalEigenvector(a);
  } else {
    weights = method === "geometric-mean" ? rowGeometricMeans(a) : columnNormalisedRowMeans(a);
    lambdaMax = rayleighEstimate(a, weights);
  }
  const ci = m > 1 ? Math.max(0, (lambdaMax - m) / (m - 1)) : 0;
  const ri = randomIndex(m, options.randomIndex ?? "saaty1980");
  const cr = ri === null ? null : ci / ri;

  const inconsistency: JudgementInconsistency[] = [];
  for (let i = 0; i < m; i++) {
    for (let j = i + 1; j < m; j++) {
      const wi = weights[i] as number;
      const wj = weights[j] as number;
      const eij = ((a.data[i * m + j] as number) * wj) / wi;
      const eji = ((a.data[j * m + i] as number) * wi) / wj;
      const contribution = Math.max(0, (eij + eji - 2) / (m * (m - 1)));
      inconsistency.push({
        row: i,
        column: j,
        value: a.data[i * m + j] as number,
        consistentValue: wi / wj,
        contribution,
        share: ci > 0 ? contribution / ci : 0,
      });
    }
  }
  inconsistency.sort(
    (x, y) => y.contribution - x.contribution || x.row - y.row || x.column - y.column,
  );

  const warnings: Issue[] = [];
  const threshold = options.crThreshold ?? 0.1;
  if (cr !== null && cr > threshold) {
    const label = (k: number) => options.labels?.[k] ?? `#${k}`;
    const worst = inconsistency.slice(0, Math.min(3, inconsistency.length));
    const named = worst
      .map(
        (t) =>
          `${label(t.row)} vs ${label(t.column)} = ${round(t.value)} (priorities imply ${round(t.consistentValue)}; ${Math.round(t.share * 100)}% of the inconsistency)`,
      )
      .join("; ");
    warnings.push({
      code: "inconsistent",
      severity: "warning",
      message: `consistency ratio ${round(cr)} is above ${threshold}; the judgements contributing most: ${named}`,
      path,
      hint: "revise these judgements first",
    });
  }
  return { weights, lambdaMax, ci, cr, inconsistency, warnings };
}

/** Principal eigenvector (sum 1) and eigenvalue of a positive matrix. */
function principalEigenvector(a: Matrix): [Float64Array, number] {
  const m = a.rows;
  if (m === 1) return [Float64Array.of(1), 1];
  const evd = new EigenvalueDecomposition(matrixToRows(a));
  const re = evd.realEigenvalues;
  const im = evd.imaginaryEigenvalues;
  // By Perron's theorem the eigenvalue of largest modulus of a positive matrix is real, simple
  // and has a positive eigenvector; it is also the one with the largest real part.
  let best = -1;
  for (let k = 0; k < m; k++) {
    if (Math.abs(im[k] as number) > 1e-9 * Math.abs(re[k] as number)) continue;
    if (best < 0 || (re[k] as number) > (re[best] as number)) best = k;
  }
  const vectors = evd.eigenvectorMatrix;
  const w = new Float64Array(m);
  let sum = 0;
  for (let i = 0; i < m; i++) {
    w[i] = vectors.get(i, best);
    sum += w[i] as number;
  }
  for (let i = 0; i < m; i++) w[i] = (w[i] as number) / sum;
  return [w, re[best] as number];
}

function rowGeometricMeans(a: Matrix): Float64Array {
  const m = a.rows;
  const w = new Float64Array(m);
  let sum = 0;
  for (let i = 0; i < m; i++) {
    let logSum = 0;
    for (let j = 0; j < m; j++) logSum += Math.log(a.data[i * m + j] as number);
    w[i] = Math.exp(logSum / m);
    sum += w[i] as number;
  }
  for (let i = 0; i < m; i++) w[i] = (w[i] as number) / sum;
  return w;
}

function columnNormalisedRowMeans(a: Matrix): Float64Array {
  const m = a.rows;
  const w = new Float64Array(m);
  for (let j = 0; j < m; j++) {
    let columnSum = 0;
    for (let i = 0; i < m; i++) columnSum += a.data[i * m + j] as number;
    for (let i = 0; i < m; i++)
      w[i] = (w[i] as number) + (a.data[i * m + j] as number) / columnSum / m;
  }
  return w;
}

/** lambda_max estimated as the mean of (A w)_i / w_i, exact when w is the eigenvector. */
function rayleighEstimate(a: Matrix, w: Float64Array): number {
  const m = a.rows;
  let sum = 0;
  for (let i = 0; i < m; i++) {
    let row = 0;
    for (let j = 0; j < m; j++) row += (a.data[i * m + j] as number) * (w[j] as number);
    sum += row / (w[i] as number);
  }
  return sum / m;
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}

/**
 * Synthesis of a two-level hierarchy (Saaty 1980): criteria priorities from `criteria`,
 * local priorities of the n alternatives under each criterion from
 * `alternativesByCriterion[j]` (n x n each), global priority = sum_j w_j p_j(a).
 * @returns n global priorities (sum 1), m criteria weights, n x m local priorities.
 */
export function ahpSynthesis(
  criteria: MatrixLike,
  alternativesByCriterion: readonly MatrixLike[],
  options: AhpOptions = {},
): { scores: Float64Array; criteriaWeights: Float64Array; localPriorities: Matrix } {
  const top = ahp(criteria, { ...options, path: ["criteria"] });
  const m = top.weights.length;
  if (alternativesByCriterion.length !== m) {
    throw BearingError.input({
      code: "invalid_value",
      message: `${alternativesByCriterion.length} alternative matrices for ${m} criteria`,
      path: ["alternativesByCriterion"],
    });
  }
  let n = -1;
  let local = new Float64Array(0);
  alternativesByCriterion.forEach((matrix, j) => {
    const { weights } = ahp(matrix, { ...options, path: ["alternativesByCriterion", j] });
    if (n < 0) {
      n = weights.length;
      local = new Float64Array(n * m);
    } else if (weights.length !== n) {
      throw BearingError.input({
        code: "invalid_value",
        message: `compares ${weights.length} alternatives, the first matrix ${n}`,
        path: ["alternativesByCriterion", j],
      });
    }
    for (let i = 0; i < n; i++) local[i * m + j] = weights[i] as number;
  });
  const scores = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    let s = 0;
    for (let j = 0; j < m; j++) s += (top.weights[j] as number) * (local[i * m + j] as number);
    scores[i] = s;
  }
  return {
    scores,
    criteriaWeights: top.weights,
    localPriorities: { rows: n, cols: m, data: local },
  };
}
