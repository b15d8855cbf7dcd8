/**
 * Piecewise-linear partial value functions, as used to turn SMAA measurements into values
 * (the R package smaa's `smaa.pvf`; Tervonen 2014, "JSMAA: open source software for SMAA
 * computations", Int. J. Systems Science 45(1):69-81): the value is given at increasing
 * cut-offs and interpolated linearly between them.
 */
import { BearingError } from "../../errors.js";

/** What to do with x outside [cutoffs[0], cutoffs[last]]. */
export type OutOfBounds = "error" | "clip" | "extrapolate";

/**
 * @param x a performance.
 * @param cutoffs k >= 2 strictly increasing performances.
 * @param values k values at the cut-offs (any order: decreasing for a cost criterion).
 * @param outOfBounds `error` (default), `clip` to the end values, or `extrapolate` the end
 *   segments.
 * @throws BearingError (input) for invalid cut-offs, or x outside them with `error`.
 */
export function piecewiseLinearValue(
  x: number,
  cutoffs: ArrayLike<number>,
  values: ArrayLike<number>,
  outOfBounds: OutOfBounds = "error",
): number {
  const k = cutoffs.length;
  if (k < 2 || values.length !== k) {
    throw BearingError.input({
      code: "invalid_value",
      message: `need at least two cut-offs and one value per cut-off, got ${k} and ${values.length}`,
      path: ["cutoffs"],
    });
  }
  for (let t = 1; t < k; t++) {
    if (!((cutoffs[t] as number) > (cutoffs[t - 1] as number))) {
      throw BearingError.input({
        code: "invalid_value",
        message: "cut-offs must increase strictly",
        path: ["cutoffs", t],
      });
    }
  }
  const first = cutoffs[0] as number;
  const last = cutoffs[k - 1] as number;
  if (x < first || x > last) {
    if (outOfBounds === "error") {
      throw BearingError.input({
        code: "out_of_range",
        message: `${x} is outside [${first}, ${last}]`,
        path: ["x"],
      });
    }
    if (outOfBounds === "clip") return (x < first ? values[0] : values[k - 1]) as number;
  }
  // Segment t covers [cutoffs[t], cutoffs[t + 1]]; the end segments extend outwards.
  let t = 0;
  while (t < k - 2 && x > (cutoffs[t + 1] as number)) t++;
  const x0 = cutoffs[t] as number;
  const x1 = cutoffs[t + 1] as number;
  const v0 = values[t] as number;
  const v1 = values[t + 1] as number;
  if (x === x1) return v1;
  const v = v0 + ((x - x0) * (v1 - v0)) / (x1 - x0);
  if (x < x0 || x > x1) return v; // extrapolated: no bounds to keep
  // Rounding can put the interpolation a hair outside its segment's values (-1e-16 where the
  // segment ends at 0); the exact value lies between them, so keep it there.
  return Math.min(Math.max(v, Math.min(v0, v1)), Math.max(v0, v1));
}

/**
 * The linear value function of a criterion scale: 0 at `worst`, 1 at `best` (worst > best for
 * a cost criterion), extrapolated outside. A degenerate scale (worst = best) gives 1.
 */
export function linearValue(x: number, worst: number, best: number): number {
  return best === worst ? 1 : (x - worst) / (best - worst);
}
