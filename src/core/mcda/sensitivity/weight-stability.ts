/**
 * One-weight sensitivity of the additive value model U(a) = sum_k w_k v_k(a).
 *
 * Scheme (the usual one in decision-analysis software, e.g. Triantaphyllou & Sanchez 1997,
 * Decision Sciences 28(1):151-194; Mareschal 1988, EJOR 33(1):54-64 for PROMETHEE): set the
 * weight of criterion j to t in [0, 1] and rescale the other weights proportionally so that
 * they still sum to 1, w_k(t) = w_k (1 - t) / (1 - w_j). Then every score is a straight line
 * in t,
 *   U_a(t) = t v_j(a) + (1 - t) B_j(a),   B_j(a) = sum_{k != j} w_k v_k(a) / (1 - w_j),
 * so the weight at which two alternatives tie is exact: t* = B_d / (B_d - v_d), with
 * v_d = v_j(a) - v_j(b) and B_d = B_j(a) - B_j(b). When w_j = 1 the other weights have no
 * proportions to keep; they then share 1 - t equally.
 */

import { BearingError } from "../../errors.js";
import { type Matrix, type MatrixLike, toMatrix } from "../matrix.js";
import { beats } from "../rank.js";
import { normalizeCriterionWeights } from "../weighting/direct.js";

/** Where two alternatives tie as the weight of `criterion` varies. */
export interface SwitchPoint {
  criterion: number;
  /** The two alternatives (0-based, the one ahead at the current weights first). */
  pair: [number, number];
  /** Weight of the criterion at which they tie, in [0, 1]. */
  weight: number;
  /** weight - current weight. */
  delta: number;
}

/** An interval of one criterion's weight and the pairs that tie at its ends. */
export interface StabilityInterval {
  low: number;
  high: number;
  /** Alternatives tying at `low` (null when the bound is 0 with no tie). */
  lowSwitch: [number, number] | null;
  /** Alternatives tying at `high` (null when the bound is 1 with no tie). */
  highSwitch: [number, number] | null;
}

export interface WeightStability {
  criterion: number;
  /** The current (normalised) weight. */
  weight: number;
  /** The current best alternative (lowest index among ties). */
  best: number;
  /** Weights of this criterion for which `best` stays (weakly) best. */
  top: StabilityInterval;
  /** Weights for which no strictly ordered pair reverses (the whole ranking stays). */
  ranking: StabilityInterval;
}

/** Score lines U_a(t) = base[a] + t * slope[a] for one criterion, from the model. */
export interface ScoreLines {
  weight: number;
  base: Float64Array;
  slope: Float64Array;
}

/**
 * The straight lines of every alternative's score in the weight t of criterion j.
 * @param values n x m partial values (higher = better).
 * @param weights m non-negative weights (normalised here).
 */
export function scoreLines(
  values: MatrixLike,
  weights: ArrayLike<number>,
  criterion: number,
): ScoreLines {
  const { v, w } = prepare(values, weights);
  return linesOf(v, w, checkCriterion(criterion, v.cols));
}

/**
 * Every weight of `criterion` in [0, 1] at which two alternatives tie, with the proportional
 * rescaling of the module note. Pairs whose score lines coincide never switch and are left
 * out; a pair tied now appears with delta 0.
 * @param values n x m partial values; @param weights m weights (normalised here).
 * @returns switch points sorted by |delta|.
 * @throws BearingError (input) for mismatched shapes or a criterion index out of range.
 */
export function weightSwitchPoints(
  values: MatrixLike,
  weights: ArrayLike<number>,
  criterion: number,
): SwitchPoint[] {
  const { v, w } = prepare(values, weights);
  const j = checkCriterion(criterion, v.cols);
  const lines = linesOf(v, w, j);
  const out: SwitchPoint[] = [];
  const n = v.rows;
  for (let a = 0; a < n; a++) {
    for (let b = a + 1; b < n; b++) {
      const t = tieWeight(lines, a, b);
      if (t === null) continue;
      const ahead = score(lines, a, lines.weight) >= score(lines, b, lines.weight);
      out.push({ criterion: j, pair: ahead ? [a, b] : [b, a], weight: t, delta: t - lines.weight });
    }
  }
  return out.sort((x, y) => Math.abs(x.delta) - Math.abs(y.delta));
}

/**
 * For every criterion, the interval of its weight within which the current best alternative
 * stays best and the one within which the whole ranking stays unchanged (others rescaled
 * proportionally). Exact: both follow from the straight score lines. Pairs tied at the
 * current weights (equal up to rounding: bearing's one tie rule, `../rank.ts`) are ignored, since breaking
 * a tie reverses no order; for `top` the best is the lowest-index alternative among the tied
 * best ones. Hence `ranking` is always within `top`.
 *
 * Cost O(m n log n): the scores move continuously with the weight, so the first pair to swap
 * as the weight leaves its current value is adjacent in the current order (two alternatives
 * with a third strictly between them cannot cross before one of them crosses the third). Only
 * pairs of neighbouring tie groups are checked for `ranking`, and only pairs with the best for
 * `top`; the bounds are those of all pairs.
 * @param values n x m partial values in any common scale, higher = better.
 * @param weights m non-negative weights (normalised here).
 * @returns one entry per criterion, in criterion order.
 */
export function weightStability(values: MatrixLike, weights: ArrayLike<number>): WeightStability[] {
  const { v, w } = prepare(values, weights);
  const { rows: n, cols: m } = v;
  const out: WeightStability[] = [];
  const order = Array.from({ length: n }, (_, a) => a);
  const now = new Float64Array(n);
  for (let j = 0; j < m; j++) {
    const lines = linesOf(v, w, j);
    const t0 = lines.weight;
    let best = 0;
    for (let a = 0; a < n; a++) now[a] = score(lines, a, t0);
    for (let a = 1; a < n; a++) if (beats(now[a] as number, now[best] as number)) best = a;
    const top = fullInterval();
    const ranking = fullInterval();
    for (let b = 0; b < n; b++) {
      // Ties (up to rounding) are ignored: breaking a tie reverses no order.
      if (!beats(now[best] as number, now[b] as number)) continue;
      narrow(top, holdInterval(lines, best, b, t0), [best, b]);
    }
    order.sort((a, b) => (now[b] as number) - (now[a] as number) || a - b);
    for (let p = 0; p < n; p++) {
      const a = order[p] as number;
      const ua = now[a] as number;
      // Skip the alternatives tied with a, then take the next tie group below it.
      let q = p + 1;
      while (q < n && !beats(ua, now[order[q] as number] as number)) q++;
      if (q === n) continue;
      const groupTop = now[order[q] as number] as number;
      for (; q < n; q++) {
        const b = order[q] as number;
        const ub = now[b] as number;
        if (beats(groupTop, ub)) break;
        if (!beats(ua, ub)) continue;
        narrow(ranking, holdInterval(lines, a, b, t0), [a, b]);
      }
    }
    // `ranking` is within `top` by definition: the swaps that end `top` end `ranking` too.
    if (top.low > ranking.low) Object.assign(ranking, { low: top.low, lowSwitch: top.lowSwitch });
    if (top.high < ranking.high)
      Object.assign(ranking, { high: top.high, highSwitch: top.highSwitch });
    out.push({ criterion: j, weight: t0, best, top, ranking });
  }
  return out;
}

function prepare(values: MatrixLike, weights: ArrayLike<number>): { v: Matrix; w: Float64Array } {
  const v = toMatrix(values, "values");
  return { v, w: normalizeCriterionWeights(weights, v.cols) };
}

function checkCriterion(j: number, m: number): number {
  if (!Number.isInteger(j) || j < 0 || j >= m) {
    throw BearingError.input({
      code: "out_of_range",
      message: `criterion ${j} is not in 0..${m - 1}`,
      path: ["criterion"],
    });
  }
  return j;
}

function linesOf(v: Matrix, w: Float64Array, j: number): ScoreLines {
  const { rows: n, cols: m, data } = v;
  const wj = w[j] as number;
  const rest = 1 - wj;
  const base = new Float64Array(n);
  const slope = new Float64Array(n);
  for (let a = 0; a < n; a++) {
    let b = 0;
    for (let k = 0; k < m; k++) {
      if (k === j) continue;
      // Proportional share of the remaining weight; equal shares when nothing remains.
      const share = rest > 0 ? (w[k] as number) / rest : 1 / (m - 1);
      b += share * (data[a * m + k] as number);
    }
    if (m === 1) b = 0;
    base[a] = b;
    slope[a] = (data[a * m + j] as number) - b;
  }
  return { weight: wj, base, slope };
}

function score(lines: ScoreLines, a: number, t: number): number {
  return (lines.base[a] as number) + t * (lines.slope[a] as number);
}

/** Weight in [0, 1] where the lines of a and b cross, or null (parallel or outside). */
function tieWeight(lines: ScoreLines, a: number, b: number): number | null {
  const baseGap = (lines.base[a] as number) - (lines.base[b] as number);
  const slopeGap = (lines.slope[a] as number) - (lines.slope[b] as number);
  if (slopeGap === 0) return null;
  const t = -baseGap / slopeGap;
  return t >= 0 && t <= 1 ? t : null;
}

/** The t-interval (within [0, 1]) on which D_ab(t) = U_a(t) - U_b(t) stays >= 0. */
function holdInterval(lines: ScoreLines, a: number, b: number, t0: number): [number, number] {
  const slopeGap = (lines.slope[a] as number) - (lines.slope[b] as number);
  if (slopeGap === 0) return [0, 1];
  const t = -((lines.base[a] as number) - (lines.base[b] as number)) / slopeGap;
  // D grows with t when slopeGap > 0, so it stays >= 0 above the crossing, else below it.
  return slopeGap > 0 ? [Math.max(0, Math.min(t, t0)), 1] : [0, Math.min(1, Math.max(t, t0))];
}

function fullInterval(): StabilityInterval {
  return { low: 0, high: 1, lowSwitch: null, highSwitch: null };
}

function narrow(
  interval: StabilityInterval,
  [low, high]: [number, number],
  pair: [number, number],
): void {
  if (low > interval.low) {
    interval.low = low;
    interval.lowSwitch = pair;
  }
  if (high < interval.high) {
    interval.high = high;
    interval.highSwitch = pair;
  }
}
