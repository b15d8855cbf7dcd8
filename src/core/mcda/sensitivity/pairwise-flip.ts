/**
 * What would it take for the alternative behind to overtake the one ahead in the additive
 * value model U(a) = sum_j w_j v_j(a)? Two answers, both exact:
 * - by one weight: the weight of w_j (others rescaled proportionally, as in
 *   `weight-stability.ts`) at which the two tie; any further change in that direction swaps
 *   them (the sensitivity coefficients of Triantaphyllou & Sanchez 1997, Decision Sciences
 *   28(1):151-194, without their relative-percentage form);
 * - by one performance: the change of one partial value v_j(a) or v_j(b) at which they tie,
 *   |gap| / w_j, within the criterion's value bounds.
 *
 * A swap means the one behind strictly overtakes the one ahead, under bearing's one tie rule
 * (`beats` in `../rank.ts`: better by more than 1e-12 relative) applied to the weighted sum
 * (`weightedSumOf` in `../wsm.ts`): a change is a flip only when, carried on to the end of its
 * range (a weight of 0 or 1, the value bound), the one behind beats the one ahead there. So a
 * change that only ties them at that end is no flip (two alternatives rated the same on j tie
 * at w_j = 1, where j alone counts, but never swap; a rise to the top of a value range that
 * only closes the gap likewise), and two alternatives that tie now (neither beats the other)
 * have no order to swap and get no flips.
 */
import { BearingError } from "../../errors.js";
import { type MatrixLike, toMatrix } from "../matrix.js";
import { beats } from "../rank.js";
import { normalizeCriterionWeights } from "../weighting/direct.js";
import { weightedSumOf } from "../wsm.js";
import { scoreLines } from "./weight-stability.js";

export interface WeightFlip {
  criterion: number;
  /** The weight of `criterion` at which the two tie, in (0, 1); past it the order reverses. */
  weight: number;
  /** weight - current weight (never 0: the two do not tie now). */
  delta: number;
}

export interface ValueFlip {
  /** The alternative whose partial value changes (one of the pair). */
  alternative: number;
  criterion: number;
  /** Current partial value. */
  from: number;
  /** Partial value at which the two tie, within the criterion's bounds; past it they swap. */
  to: number;
  /** to - from. */
  delta: number;
}

export interface FlipAnalysis<T> {
  /** U(a) - U(b) at the current weights and values (the weighted sum of normalised weights). */
  gap: number;
  /** Every single change past which the one behind overtakes, smallest |delta| first. */
  flips: T[];
  /** flips[0], or null when no single change can swap them (or they tie now). */
  smallest: T | null;
}

/**
 * @param values n x m partial values (higher = better).
 * @param weights m non-negative weights (normalised here).
 * @param a, b the two alternatives (0-based, a !== b).
 * @returns per criterion whose weight can swap them, the weight at which they tie: one end of
 *   the weight's range (0 or 1) lies past it, where the one behind beats the one ahead.
 *   Empty when they tie now.
 * @throws BearingError (input) for bad shapes or indices.
 */
export function pairwiseFlipByWeight(
  values: MatrixLike,
  weights: ArrayLike<number>,
  a: number,
  b: number,
): FlipAnalysis<WeightFlip> {
  const v = toMatrix(values, "values");
  checkPair(a, b, v.rows);
  const m = v.cols;
  const w = normalizeCriterionWeights(weights, m);
  const ua = weightedSumOf(v.data, w, a * m);
  const ub = weightedSumOf(v.data, w, b * m);
  const gap = ua - ub;
  const flips: WeightFlip[] = [];
  const ahead = beats(ua, ub) ? a : beats(ub, ua) ? b : -1;
  if (ahead < 0) return { gap, flips, smallest: null };
  const behind = ahead === a ? b : a;
  for (let j = 0; j < m; j++) {
    const lines = scoreLines(v, w, j);
    const base = (x: number) => lines.base[x] as number;
    const slope = (x: number) => lines.slope[x] as number;
    const slopeGap = slope(a) - slope(b);
    if (slopeGap === 0) continue;
    // The scores are straight lines in t, so the order can reverse only at one end.
    const overtakes = (t: number) =>
      beats(base(behind) + t * slope(behind), base(ahead) + t * slope(ahead));
    if (!overtakes(0) && !overtakes(1)) continue;
    const t = -(base(a) - base(b)) / slopeGap;
    flips.push({ criterion: j, weight: t, delta: t - lines.weight });
  }
  flips.sort((x, y) => Math.abs(x.delta) - Math.abs(y.delta) || x.criterion - y.criterion);
  return { gap, flips, smallest: flips[0] ?? null };
}

/**
 * @param values n x m partial values (higher = better).
 * @param weights m non-negative weights (normalised here).
 * @param a, b the two alternatives (0-based, a !== b).
 * @param bounds m intervals [lowest, highest] a partial value may take; default [0, 1].
 * @returns every single partial-value change (of a or of b, on one criterion) at which they
 *   tie within the bounds and past which, at the bound, the one behind beats the one ahead;
 *   smallest first. A criterion with zero weight cannot help; empty when they tie now.
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
  const ua = weightedSumOf(v.data, w, a * m);
  const ub = weightedSumOf(v.data, w, b * m);
  const gap = ua - ub;
  const flips: ValueFlip[] = [];
  if (!beats(ua, ub) && !beats(ub, ua)) return { gap, flips, smallest: null };
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
      if (!(to >= lo && to <= hi)) continue;
      // Carried on to the bound, does the one behind overtake? (A tie there is no swap.)
      const shift = wj * ((delta > 0 ? hi : lo) - from);
      const [ua2, ub2] = alternative === a ? [ua + shift, ub] : [ua, ub + shift];
      if (gap > 0 ? !beats(ub2, ua2) : !beats(ua2, ub2)) continue;
      flips.push({ alternative, criterion: j, from, to, delta });
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
