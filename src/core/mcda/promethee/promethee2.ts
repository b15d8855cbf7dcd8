/**
 * PROMETHEE II complete ranking by net outranking flow (Brans & Vincke 1985, Management
 * Science 31(6):647-656; Brans, Vincke & Mareschal 1986, EJOR 24(2):228-238).
 *
 * With normalised weights w and preference functions P_j (`preference.ts`), the preference
 * index of a over b is pi(a, b) = sum_j w_j P_j(g_j(a) - g_j(b)), and
 *   phi+(a) = sum_b pi(a, b) / (n - 1),  phi-(a) = sum_b pi(b, a) / (n - 1),
 *   phi(a) = phi+(a) - phi-(a) in [-1, 1],
 * scaled by 1/(n - 1) as in Brans & Mareschal (2005), "PROMETHEE methods", in Figueira,
 * Greco & Ehrgott (eds.), Multiple Criteria Decision Analysis, Springer, ch. 5. (The 1986
 * paper prints the unscaled sums.) Cost criteria are negated so that more is always better.
 *
 * Speed. The flows are additive over criteria, and for a piecewise-linear P (usual, u-shape,
 * v-shape, level, linear) sum_b P(x_a - x_b) depends only on how many x_b fall below x_a - p
 * and x_a - q and on the sum of those between: after sorting a criterion's values, two
 * pointers and prefix sums give every alternative's sum in O(n), so the whole method costs
 * O(m n log n) instead of O(m n^2). The Gaussian has no such structure and keeps the pairwise
 * O(n^2) loop. Threshold tests use the same expression x_a - x_b > t as the pairwise
 * definition, so both paths agree on ties and boundaries.
 */
import { BearingError } from "../../errors.js";
import { checkProblem, type DecisionProblem, type Matrix } from "../matrix.js";
import { normalizeWeights } from "../weighting/direct.js";
import {
  checkPreferenceFunction,
  type PreferenceFunction,
  preferenceDegree,
  USUAL,
} from "./preference.js";

export interface PrometheeOptions {
  /** One preference function per criterion; default the usual criterion for all. */
  preferences?: readonly PreferenceFunction[];
}

export interface PrometheeResult {
  /** n leaving (positive) flows in [0, 1]. */
  phiPlus: Float64Array;
  /** n entering (negative) flows in [0, 1]. */
  phiMinus: Float64Array;
  /** n net flows phi+ - phi- in [-1, 1]; higher = better; they sum to 0. */
  netFlow: Float64Array;
}

/**
 * PROMETHEE II flows.
 * @param problem n x m performances, m weights, m directions.
 * @param options.preferences m preference functions (thresholds in criterion units).
 * @returns leaving, entering and net flows divided by n - 1 (all 0 when n = 1).
 * @throws BearingError (input) for an invalid problem or preference function.
 */
export function promethee2(
  problem: DecisionProblem,
  options: PrometheeOptions = {},
): PrometheeResult {
  const { matrix, weights, preferences } = prepare(problem, options);
  const { rows: n, cols: m, data } = matrix;
  const phiPlus = new Float64Array(n);
  const phiMinus = new Float64Array(n);
  const column = new Float64Array(n);
  const negated = new Float64Array(n);
  const sums = new Float64Array(n);
  const scratch = new Scratch(n);
  for (let j = 0; j < m; j++) {
    const wj = weights[j] as number;
    if (wj === 0) continue;
    const sign = problem.directions[j] === "min" ? -1 : 1;
    for (let i = 0; i < n; i++) {
      const x = sign * (data[i * m + j] as number);
      column[i] = x;
      negated[i] = -x;
    }
    const f = preferences[j] as PreferenceFunction;
    if (f.type === "gaussian") {
      gaussianSums(column, f.s, wj, phiPlus, phiMinus);
      continue;
    }
    // sum_b P(x_a - x_b) is a's leaving contribution; with negated values the same kernel
    // gives sum_b P(x_b - x_a), the entering one.
    preferenceSums(column, f, sums, scratch);
    for (let i = 0; i < n; i++) phiPlus[i] = (phiPlus[i] as number) + wj * (sums[i] as number);
    preferenceSums(negated, f, sums, scratch);
    for (let i = 0; i < n; i++) phiMinus[i] = (phiMinus[i] as number) + wj * (sums[i] as number);
  }
  const netFlow = new Float64Array(n);
  const scale = n > 1 ? 1 / (n - 1) : 0;
  for (let i = 0; i < n; i++) {
    phiPlus[i] = (phiPlus[i] as number) * scale;
    phiMinus[i] = (phiMinus[i] as number) * scale;
    netFlow[i] = (phiPlus[i] as number) - (phiMinus[i] as number);
  }
  return { phiPlus, phiMinus, netFlow };
}

/**
 * The preference matrix pi(a, b) = sum_j w_j P_j(a, b) (n x n, zero diagonal), by the
 * pairwise definition in O(n^2 m). Row sums / (n - 1) are phi+, column sums / (n - 1) phi-.
 */
export function preferenceMatrix(problem: DecisionProblem, options: PrometheeOptions = {}): Matrix {
  const { matrix, weights, preferences } = prepare(problem, options);
  const { rows: n, cols: m, data } = matrix;
  const pi = new Float64Array(n * n);
  for (let j = 0; j < m; j++) {
    const f = preferences[j] as PreferenceFunction;
    const wj = weights[j] as number;
    const sign = problem.directions[j] === "min" ? -1 : 1;
    for (let a = 0; a < n; a++) {
      const xa = sign * (data[a * m + j] as number);
      for (let b = 0; b < n; b++) {
        if (a === b) continue;
        const xb = sign * (data[b * m + j] as number);
        pi[a * n + b] = (pi[a * n + b] as number) + wj * preferenceDegree(f, xa - xb);
      }
    }
  }
  return { rows: n, cols: n, data: pi };
}

function prepare(problem: DecisionProblem, options: PrometheeOptions) {
  const matrix = checkProblem(problem);
  const weights = normalizeWeights(problem.weights);
  const preferences = options.preferences ?? Array.from({ length: matrix.cols }, () => USUAL);
  if (preferences.length !== matrix.cols) {
    throw BearingError.input({
      code: "invalid_value",
      message: `${preferences.length} preference functions for ${matrix.cols} criteria`,
      path: ["preferences"],
    });
  }
  preferences.forEach((f, j) => {
    checkPreferenceFunction(f, ["criteria", j, "preference"]);
  });
  return { matrix, weights, preferences };
}

/** Buffers reused across criteria: sorted values, their prefix sums, per-position sums. */
class Scratch {
  readonly sorted: Float64Array;
  readonly prefix: Float64Array;
  readonly atPosition: Float64Array;
  constructor(n: number) {
    this.sorted = new Float64Array(n);
    this.prefix = new Float64Array(n + 1);
    this.atPosition = new Float64Array(n);
  }
}

/**
 * out[a] = sum_b P(x[a] - x[b]) for a piecewise-linear P, in O(n log n).
 * Every P here is "1 above p, a ramp or a step between q and p, 0 below q"; the usual
 * criterion and the u-shape are steps at 0 and q, the v-shape is a ramp from 0.
 */
function preferenceSums(
  x: Float64Array,
  f: Exclude<PreferenceFunction, { type: "gaussian" }>,
  out: Float64Array,
  scratch: Scratch,
): void {
  const n = x.length;
  const { sorted, prefix, atPosition } = scratch;
  sorted.set(x);
  sorted.sort();
  // Centring before the prefix sums keeps the ramp sums accurate for values far from 0.
  const centre = sorted[0] as number;
  prefix[0] = 0;
  for (let k = 0; k < n; k++)
    prefix[k + 1] = (prefix[k] as number) + ((sorted[k] as number) - centre);

  let q = 0;
  let p = 0;
  let kind: "step" | "level" | "ramp" = "step";
  switch (f.type) {
    case "usual":
      break;
    case "u-shape":
      q = f.q;
      break;
    case "v-shape":
      p = f.p;
      kind = "ramp";
      break;
    case "level":
      q = f.q;
      p = f.p;
      kind = "level";
      break;
    case "linear":
      q = f.q;
      p = f.p;
      kind = "ramp";
      break;
  }

  // Sorted ascending, the b with x_a - x_b > t form a prefix whose length never decreases as
  // x_a grows: belowQ and belowP are those prefix lengths for t = q and t = p.
  let belowQ = 0;
  let belowP = 0;
  for (let k = 0; k < n; k++) {
    const xa = sorted[k] as number;
    while (belowQ < n && xa - (sorted[belowQ] as number) > q) belowQ++;
    if (kind === "step") {
      atPosition[k] = belowQ;
      continue;
    }
    while (belowP < n && xa - (sorted[belowP] as number) > p) belowP++;
    if (kind === "level") {
      atPosition[k] = belowP + 0.5 * (belowQ - belowP);
      continue;
    }
    // Ramp part: sum over q < x_a - x_b <= p of (x_a - x_b - q) / (p - q).
    const count = belowQ - belowP;
    const ramp =
      count === 0
        ? 0
        : (count * (xa - centre - q) - ((prefix[belowQ] as number) - (prefix[belowP] as number))) /
          (p - q);
    atPosition[k] = belowP + ramp;
  }

  // Map each alternative to (the first of) its sorted position; tied values share results.
  for (let a = 0; a < n; a++) {
    const xa = x[a] as number;
    let lo = 0;
    let hi = n - 1;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if ((sorted[mid] as number) < xa) lo = mid + 1;
      else hi = mid;
    }
    out[a] = atPosition[lo] as number;
  }
}

/** Adds w * sum_b P(x_a - x_b) to plus[a] and to minus[b] for the Gaussian, pairwise. */
function gaussianSums(
  x: Float64Array,
  s: number,
  w: number,
  plus: Float64Array,
  minus: Float64Array,
): void {
  const n = x.length;
  const k = -1 / (2 * s * s);
  for (let a = 0; a < n; a++) {
    const xa = x[a] as number;
    for (let b = a + 1; b < n; b++) {
      const d = xa - (x[b] as number);
      if (d > 0) {
        const pref = w * (1 - Math.exp(k * d * d));
        plus[a] = (plus[a] as number) + pref;
        minus[b] = (minus[b] as number) + pref;
      } else if (d < 0) {
        const pref = w * (1 - Math.exp(k * d * d));
        plus[b] = (plus[b] as number) + pref;
        minus[a] = (minus[a] as number) + pref;
      }
    }
  }
}
