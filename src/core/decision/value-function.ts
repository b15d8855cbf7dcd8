/**
 * Value functions: how a rating on a criterion's scale becomes a partial value in [0, 1],
 * higher is better (multi-attribute value theory; Keeney & Raiffa 1976, von Winterfeldt &
 * Edwards 1986).
 *
 * A value function is plain data (its type, bounds and points), so a decision model that holds
 * it can be sent as JSON or structured-cloned to a Web Worker; {@link partialValue} and
 * {@link ratingForValue} evaluate it.
 */
import { piecewiseLinearValue } from "../mcda/smaa/partial-value.js";
import type { Criterion } from "../model/profile.js";

/** A partial value function over the criterion's scale, as data. */
export type ValueFunction =
  | {
      type: "linear";
      direction: "max" | "min";
      /** Scale bounds `[low, high]` (low < high, or equal). */
      bounds: readonly [number, number];
    }
  | {
      type: "piecewise";
      /** `[rating, value]` points sorted by rating. */
      points: ReadonlyArray<readonly [number, number]>;
      bounds: readonly [number, number];
    };

/**
 * The value function of a criterion.
 * - Linear (default): `(x - low) / (high - low)` for `max`, `(high - x) / (high - low)` for
 *   `min`, over `bounds`. Degenerate bounds (low = high) give 1 for every rating, so a
 *   criterion on which all options tie cannot separate them.
 * - Piecewise-linear: interpolates the criterion's `[rating, value]` points, whose ratings
 *   increase strictly (the profile schema refuses others), constant beyond the first and last
 *   point: the engine's {@link piecewiseLinearValue} with clipping, the one implementation.
 *
 * @param bounds scale bounds; for `rating` scales the scale's `[min, max]`, for `number`
 *   scales the declared bounds or the observed range of the options' ratings.
 */
export function valueFunction(
  criterion: Pick<Criterion, "direction" | "valueFunction">,
  bounds: readonly [number, number],
): ValueFunction {
  const spec = criterion.valueFunction;
  if (spec?.type === "piecewise") {
    const points = spec.points.map(([x, v]) => [x, v] as const);
    return { type: "piecewise", points, bounds: [bounds[0], bounds[1]] };
  }
  return { type: "linear", direction: criterion.direction, bounds: [bounds[0], bounds[1]] };
}

/** Partial value of a rating under `f`, clamped to [0, 1]. */
export function partialValue(f: ValueFunction, x: number): number {
  if (f.type === "linear") {
    const [low, high] = f.bounds;
    const span = high - low;
    if (span <= 0) return 1;
    const t = clamp01((x - low) / span);
    return f.direction === "max" ? t : 1 - t;
  }
  const { points } = f;
  const cutoffs = points.map(([rating]) => rating);
  const values = points.map(([, value]) => value);
  return clamp01(piecewiseLinearValue(x, cutoffs, values, "clip"));
}

/**
 * The rating whose partial value under `f` is `v` (v in [0, 1]), or `null` when no rating on
 * the scale has that value (a flat piece, or a value the function never reaches). For a
 * piecewise function, the rating nearest the scale's low end that reaches v: deterministic,
 * and the smallest change when the function is monotone (the usual case).
 */
export function ratingForValue(f: ValueFunction, v: number): number | null {
  if (f.type === "linear") {
    const [low, high] = f.bounds;
    const span = high - low;
    if (span <= 0 || v < 0 || v > 1) return null;
    return f.direction === "max" ? low + v * span : high - v * span;
  }
  const { points } = f;
  for (let k = 1; k < points.length; k++) {
    const [x0, v0] = points[k - 1] as readonly [number, number];
    const [x1, v1] = points[k] as readonly [number, number];
    const lo = Math.min(v0, v1);
    const hi = Math.max(v0, v1);
    if (v >= lo && v <= hi) {
      if (v1 === v0) return x0;
      return x0 + ((v - v0) / (v1 - v0)) * (x1 - x0);
    }
  }
  return null;
}

function clamp01(x: number): number {
  return Math.min(1, Math.max(0, x));
}
