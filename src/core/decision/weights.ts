/**
 * Criterion weights from what the profile states: direct weights, points, swing ratings,
 * an importance order, or AHP pairwise judgements.
 */
import { BearingError, type Issue } from "../errors.js";
import type { Profile } from "../model/profile.js";

export interface DerivedWeights {
  /** Normalised weights, in the order of `profile.criteria`, summing to 1. */
  weights: number[];
  /** Non-fatal remarks (e.g. an inconsistent AHP matrix). */
  warnings: Issue[];
}

/**
 * Normalised weights for the profile's criteria.
 *
 * - `direct`: `weight` of each criterion, normalised.
 * - `points`: `points` (typically 100 distributed), normalised.
 * - `swing`: swing ratings 0–100 (von Winterfeldt & Edwards 1986), normalised.
 * - `rank`: from each criterion's `rank` (1 = most important), rank-order centroid weights
 *   (Barron & Barrett 1996) or rank-sum weights (Stillwell et al. 1981).
 * - `ahp`: principal eigenvector of the pairwise comparison matrix (Saaty 1980).
 *
 * @throws BearingError (input) when a criterion lacks the input its method needs, or every
 *   weight is zero.
 */
export function deriveWeights(profile: Profile): DerivedWeights {
  const { method } = profile.weighting;
  const criteria = profile.criteria;
  if (method === "rank") return { weights: rankWeights(profile), warnings: [] };
  if (method === "ahp") {
    throw BearingError.input({
      code: "unsupported",
      message: "AHP weighting is not available in this build",
      path: ["weighting", "method"],
      hint: "use direct, points, swing or rank",
    });
  }
  const field = method === "direct" ? "weight" : method;
  const raw = criteria.map((criterion, index) => {
    const value = criterion[field];
    if (value === undefined) {
      throw BearingError.input({
        code: "missing_field",
        message: `criterion "${criterion.id}" has no ${field}, which weighting method "${method}" needs`,
        path: ["criteria", index, field],
        hint: `give every criterion a ${field}, or change weighting.method`,
      });
    }
    return value;
  });
  return { weights: normalise(raw, field), warnings: [] };
}

function rankWeights(profile: Profile): number[] {
  const ranks = profile.criteria.map((criterion, index) => {
    if (criterion.rank === undefined) {
      throw BearingError.input({
        code: "missing_field",
        message: `criterion "${criterion.id}" has no rank, which weighting method "rank" needs`,
        path: ["criteria", index, "rank"],
        hint: "give every criterion a rank, 1 for the most important",
      });
    }
    return criterion.rank;
  });
  const m = ranks.length;
  const byRank = (rank: number): number => {
    if (profile.weighting.rankWeights === "sum") return (2 * (m + 1 - rank)) / (m * (m + 1));
    let sum = 0;
    for (let k = rank; k <= m; k++) sum += 1 / k;
    return sum / m;
  };
  // Tied ranks share the mean of the weights of the positions they occupy.
  const sorted = [...ranks].sort((a, b) => a - b);
  return normalise(
    ranks.map((rank) => {
      const first = sorted.indexOf(rank) + 1;
      const last = sorted.lastIndexOf(rank) + 1;
      let sum = 0;
      for (let p = first; p <= last; p++) sum += byRank(p);
      return sum / (last - first + 1);
    }),
    "rank",
  );
}

function normalise(raw: readonly number[], field: string): number[] {
  const total = raw.reduce((a, b) => a + b, 0);
  if (!(total > 0)) {
    throw BearingError.input({
      code: "invalid_value",
      message: `every criterion's ${field} is zero`,
      path: ["criteria"],
      hint: "give at least one criterion a positive weight",
    });
  }
  return raw.map((w) => w / total);
}
