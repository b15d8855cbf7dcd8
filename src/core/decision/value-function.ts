/**
 * Value functions: how a rating on a criterion's scale becomes a partial value in [0, 1],
 * higher is better (multi-attribute value theory; Keeney & Raiffa 1976, von Winterfeldt &
 * Edwards 1986).
 */
import type { Criterion } from "../model/profile.js";

/** A partial value function and its inverse over the criterion's scale. */
export interface ValueFunction {
  /** Scale bounds `[low, high]` the function is defined over (low < high, or equal). */
  readonly bounds: readonly [number, number];
  /** Partial value of a rating, clamped to [0, 1]. */
  value(rating: number): number;
  /**
   * The rating whose partial value is `v` (v in [0, 1]), or `null` when no rating on the
   * scale has that value (a flat piece, or a value the function never reaches).
   */
  inverse(v: number): number | null;
}

/**
 * The value function of a criterion.
 * - Linear (default): `(x - low) / (high - low)` for `max`, `(high - x) / (high - low)` for
 *   `min`, over `bounds`. Degenerate bounds (low = high) give 1 for every rating, so a
 *   criterion on which all options tie cannot separate them.
 * - Piecewise-linear: interpolates the criterion's `[rating, value]` points (sorted by rating),
 *   constant beyond the first and last point.
 *
 * @param bounds scale bounds; for `rating` scales the scale's `[min, max]`, for `number`
 *   scales the declared bounds or the observed range of the options' ratings.
 */
export function valueFunction(
  criterion: Pick<Criterion, "direction" | "valueFunction">,
  bounds: readonly [number, number],
): ValueFunction {
  const spec = criterion.valueFunction;
  if (spec?.type === "piecewise") return piecewise(spec.points, bounds);
  return linear(criterion.direction, bounds);
}

function linear(direction: "max" | "min", bounds: readonly [number, number]): ValueFunction {
  const [low, high] = bounds;
  const span = high - low;
  return {
    bounds,
    value(x) {
      if (span <= 0) return 1;
      const t = clamp01((x - low) / span);
      return direction === "max" ? t : 1 - t;
    },
    inverse(v) {
      if (span <= 0 || v < 0 || v > 1) return null;
      return direction === "max" ? low + v * span : high - v * span;
    },
  };
}

function piecewise(
  points: ReadonlyArray<readonly [number, number]>,
  bounds: readonly [number, number],
): ValueFunction {
  const sorted = [...points].sort((a, b) => a[0] - b[0]);
  const first = sorted[0] ?? [0, 0];
  const last = sorted[sorted.length - 1] ?? first;
  return {
    bounds,
    value(x) {
      if (x <= first[0]) return clamp01(first[1]);
      if (x >= last[0]) return clamp01(last[1]);
      for (let k = 1; k < sorted.length; k++) {
        const [x1, v1] = sorted[k] as readonly [number, number];
        const [x0, v0] = sorted[k - 1] as readonly [number, number];
        if (x <= x1) return clamp01(x1 === x0 ? v1 : v0 + ((x - x0) / (x1 - x0)) * (v1 - v0));
      }
      return clamp01(last[1]);
    },
    inverse(v) {
      // The rating nearest the scale's low end that reaches v: deterministic, and the smallest
      // change when the function is monotone (the usual case).
      for (let k = 1; k < sorted.length; k++) {
        const [x0, v0] = sorted[k - 1] as readonly [number, number];
        const [x1, v1] = sorted[k] as readonly [number, number];
        const lo = Math.min(v0, v1);
        const hi = Math.max(v0, v1);
        if (v >= lo && v <= hi) {
          if (v1 === v0) return x0;
          return x0 + ((v - v0) / (v1 - v0)) * (x1 - x0);
        }
      }
      return null;
    },
  };
}

function clamp01(x: number): number {
  return Math.min(1, Math.max(0, x));
}
