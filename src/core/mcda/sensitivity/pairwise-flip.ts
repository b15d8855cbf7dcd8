/**
 * What would it take to swap two alternatives in the additive value model
 * U(a) = sum_j w_j v_j(a)? Two answers, both exact:
 * - by one weight: the smallest change of w_j (others rescaled proportionally, as in
 *   `weight-stability.ts`) at which the two tie; any further change in that direction swaps
 *   them (the sensitivity coefficients of Triantaphyllou & Sanchez 1997, Decision Sciences
 *   28(1):151-194, without their relative-percentage form). A tie at a weight of 0 or 1 is no
 *   flip: the weight cannot move past it, so they tie there and never swap (two options rated
 *   the same on j tie at w_j = 1, where j alone counts);
 * - by one performance: the smallest change of one partial value v_j(a) or v_j(b) at which
 *   they tie, |gap| / w_j, provided the new value stays within the criterion's value bounds.
 */
import { BearingError } from "../../errors.js";
import { type MatrixLike, toMatrix } from "../matrix.js";
import { normalizeCriterionWeights } from "../weighting/direct.js";
import { scoreLines } from "./weight-stability.js";

export interface WeightFlip {
  criterion: number;
  /** The weight of `criterion` at which the two tie, strictly between 0 and 1. */
  weight: number;
  /** weight - current weight. */
  delta: number;
}

export interface ValueFlip {
  /** The alternative whose partial value changes (one of the pair). */
  alternative: number;
  criterion: number;
  /** Current partial value. */
  from: number;
  /** Partial value at which the two tie (within the criterion's bounds). */
  to: number;
  /** to - from. */
  delta: number;
}

export interface FlipAnalysis<T> {
  /** U(a) - U(b) at the current weights and values. */
  gap: number;
  /** Every single change that makes them tie, smallest |delta| first. */
  flips: T[];
  /** flips[0], or null when no single change can swap them. */
  smallest: T | null;
}

/**
 * @param values n x m partial values (higher = better).
 * @param weights m non-negative weights (normalised here).
 * @param a, b the two alternatives (0-based, a !== b).
 * @returns per criterion whose weight can swap them, the weight at which they tie (strictly
 *   inside (0, 1), within 1e-9: past it they change order).
 * @throws BearingError (input) for bad shapes or indices.
 */
/** How close to 0 or 1 a tie weight may come and still be a flip (rounding of the lines). */
const EDGE = 1e-9;

export function pairwiseFlipByWeight(
  values: MatrixLike,
  weights: ArrayLike<number>,
  a: number,
  b: number,
): FlipAnalysis<WeightFlip> {
  const v = toMatrix(values, "values");
  checkPair(a, b, v.rows);
  const m = v.cols;
  const flips: WeightFlip[] = [];
  let gap = 0;
  for (let j = 0; j < m; j++) {
    const lines = scoreLines(v, weights, j);
    const baseGap = (lines.base[a] as number) - (lines.base[b] as number);
    const slopeGap = (lines.slope[a] as number) - (lines.slope[b] as number);
    if (j === 0) gap = baseGap + lines.weight * slopeGap;
    if (slopeGap === 0) continue;
    const t = -baseGap / slopeGap;
    if (t > EDGE && t < 1 - EDGE) flips.push({ criterion: j, weight: t, delta: t - lines.weight });
  }
  flips.sort((x, y) => Math.abs(x.delta) - Math.abs(y.delta) || x.criterion - y.criterion);
  return { gap, flips, smallest: flips[0] ?? null };
}

/**
 * @param values n x m partial values (higher = better).
 * @param weights m non-negative weights (normalised here).
 * @param a, b the two alternatives (0-based, a !== b).
 * @param bounds m intervals [lowest, highest] a partial value may take; default [0, 1].
 * @returns every single partial-value change (of a or of b, on one criterion) that makes
 *   them tie within the bounds, smallest first. A criterion with zero weight cannot help.
 * @throws BearingError (input) for bad shapes, indices or bounds.
 */
export function pairwiseFlipByValue(
  values: MatrixLike,
  weights: ArrayLike<number>,
  a: number,
  b: number,
  bounds?: ReadonlyArray<readonly [number, number]>,
): FlipAnalysis<ValueFlip> {
  const v = toMatrix(values, "values");
  checkPair(a, b, v.rows);
  const m = v.cols;
  const w = normalizeCriterionWeights(weights, m);
  if (bounds && bounds.length !== m) {
    throw BearingError.input({
      code: "invalid_value",
      message: `${bounds.length} bounds for ${m} criteria`,
      path: ["bounds"],
    });
  }
  let gap = 0;
  for (let j = 0; j < m; j++) {
    gap += (w[j] as number) * ((v.data[a * m + j] as number) - (v.data[b * m + j] as number));
  }
  const flips: ValueFlip[] = [];
  for (let j = 0; j < m; j++) {
    const wj = w[j] as number;
    if (wj === 0) continue;
    const [lo, hi] = bounds?.[j] ?? [0, 1];
    const change = gap / wj;
    // Closing the gap: the leader loses `change` on j, or the other gains it.
    for (const [alternative, delta] of [
      [a, -change],
      [b, change],
    ] as const) {
      const from = v.data[alternative * m + j] as number;
      const to = from + delta;
      if (to >= lo && to <= hi) flips.push({ alternative, criterion: j, from, to, delta });
    }
  }
  flips.sort((x, y) => Math.abs(x.delta) - Math.abs(y.delta) || x.criterion - y.criterion);
  return { gap, flips, smallest: flips[0] ?? null };
}

function checkPair(a: number, b: number, n: number): void {
  for (const [name, x] of [
    ["a", a],
    ["b", b],
  ] as const) {
    if (!Number.isInteger(x) || x < 0 || x >= n) {
      throw BearingError.input({
        code: "out_of_range",
        message: `alternative ${x} is not in 0..${n - 1}`,
        path: [name],
      });
    }
  }
  if (a === b) {
    throw BearingError.input({
      code: "invalid_value",
      message: "compare two different alternatives",
      path: ["b"],
    });
  }
}
