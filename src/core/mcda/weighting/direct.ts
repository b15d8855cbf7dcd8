/**
 * Weights stated directly: as any non-negative numbers (normalised to sum 1) or as points
 * out of a fixed budget (the "100 points" method, e.g. Eckenrode 1965; von Winterfeldt &
 * Edwards 1986, ch. 8).
 */
import { BearingError } from "../../errors.js";

/**
 * Normalises non-negative weights to sum 1.
 * @param weights m numbers >= 0, not all zero (any unit: they are only compared).
 * @param name error-path prefix.
 * @returns a new `Float64Array` of length m summing to 1.
 * @throws BearingError (input) if a weight is negative, not finite, or all are zero.
 */
export function normalizeWeights(weights: ArrayLike<number>, name = "weights"): Float64Array {
  const m = weights.length;
  if (m === 0) {
    throw BearingError.input({ code: "invalid_value", message: "no weights", path: [name] });
  }
  let sum = 0;
  for (let j = 0; j < m; j++) {
    const w = weights[j] as number;
    if (!Number.isFinite(w)) {
      throw BearingError.input({
        code: "not_finite",
        message: "expected a finite number",
        path: [name, j],
      });
    }
    if (w < 0) {
      throw BearingError.input({
        code: "out_of_range",
        message: `weight ${w} is negative`,
        path: [name, j],
        hint: "weights are non-negative",
      });
    }
    sum += w;
  }
  if (sum <= 0) {
    throw BearingError.input({
      code: "invalid_value",
      message: "all weights are zero",
      path: [name],
      hint: "give at least one criterion a positive weight",
    });
  }
  const out = new Float64Array(m);
  for (let j = 0; j < m; j++) out[j] = (weights[j] as number) / sum;
  return out;
}

/**
 * {@link normalizeWeights} for a problem with m criteria.
 * @returns a new `Float64Array` of length m summing to 1.
 * @throws BearingError (input) as {@link normalizeWeights} does, then (`invalid_value`, path
 *   `weights`) when there are not m weights.
 */
export function normalizeCriterionWeights(weights: ArrayLike<number>, m: number): Float64Array {
  const w = normalizeWeights(weights);
  if (w.length !== m) {
    throw BearingError.input({
      code: "invalid_value",
      message: `${w.length} weights for ${m} criteria`,
      path: ["weights"],
    });
  }
  return w;
}

/** Direct rating: the same as {@link normalizeWeights}, named for the elicitation method. */
export const directWeights: (weights: ArrayLike<number>) => Float64Array = normalizeWeights;

/**
 * The points method: the decision maker distributes a fixed budget (default 100) over the
 * criteria; weight j = points j / budget.
 * @param points m non-negative numbers summing to `total` (tolerance 1e-9 x total).
 * @throws BearingError (input) if the points do not add up to the budget or one is negative.
 */
export function pointsWeights(points: ArrayLike<number>, total = 100): Float64Array {
  const w = normalizeWeights(points, "points");
  let sum = 0;
  for (let j = 0; j < points.length; j++) sum += points[j] as number;
  if (Math.abs(sum - total) > 1e-9 * total) {
    throw BearingError.input({
      code: "invalid_value",
      message: `the points add up to ${sum}, not ${total}`,
      path: ["points"],
      hint: `distribute exactly ${total} points`,
    });
  }
  return w;
}
