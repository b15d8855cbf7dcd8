/**
 * Swing weighting (von Winterfeldt & Edwards 1986, Decision Analysis and Behavioral Research,
 * ch. 8): imagine every criterion at its worst level; the swing to best that matters most
 * scores 100, every other swing is scored relative to it (0..100); weights are the scores
 * normalised to sum 1. Because the question is about swings between stated worst and best
 * levels, the weights are scaling constants of the additive value model over those ranges.
 */
import { BearingError } from "../../errors.js";
import { normalizeWeights } from "./direct.js";

/**
 * @param ratings m swing ratings in [0, 100]; the most valued swing must be rated 100.
 * @returns weights summing to 1 (rating / sum of ratings).
 * @throws BearingError (input) if a rating is outside [0, 100] or none is 100.
 */
export function swingWeights(ratings: ArrayLike<number>): Float64Array {
  let max = Number.NEGATIVE_INFINITY;
  for (let j = 0; j < ratings.length; j++) {
    const r = ratings[j] as number;
    if (Number.isFinite(r) && r > 100) {
      throw BearingError.input({
        code: "out_of_range",
        message: `swing rating ${r} is above 100`,
        path: ["ratings", j],
        hint: "rate each swing from 0 to 100 relative to the most valued swing",
      });
    }
    max = Math.max(max, r);
  }
  const weights = normalizeWeights(ratings, "ratings");
  if (max !== 100) {
    throw BearingError.input({
      code: "invalid_value",
      message: `the most valued swing is rated ${max}, not 100`,
      path: ["ratings"],
      hint: "rate the swing that matters most 100 and the others relative to it",
    });
  }
  return weights;
}
