/**
 * Criterion weights from what the profile states: direct weights, points, swing ratings,
 * an importance order, or AHP pairwise judgements. The arithmetic is the decision engine's
 * (`core/mcda/weighting`); this module maps the profile onto it and locates problems.
 */
import { BearingError, type Issue } from "../errors.js";
import { ahp } from "../mcda/weighting/ahp.js";
import { normalizeWeights } from "../mcda/weighting/direct.js";
import { rankOrderCentroidWeights, rankSumWeights } from "../mcda/weighting/rank-order.js";
import { swingWeights } from "../mcda/weighting/swing.js";
import type { Profile } from "../model/profile.js";

export interface DerivedWeights {
  /** Normalised weights, in the order of `profile.criteria`, summing to 1. */
  weights: number[];
  /** Non-fatal remarks (e.g. an AHP matrix whose consistency ratio exceeds 0.1). */
  warnings: Issue[];
  /** AHP consistency figures when the weights come from pairwise judgements. */
  consistency?: { lambdaMax: number; ci: number; cr: number | null };
}

/**
 * Normalised weights for the profile's criteria.
 *
 * - `direct`: `weight` of each criterion, normalised.
 * - `points`: `points` (typically 100 distributed), normalised.
 * - `swing`: swing ratings 0–100 (von Winterfeldt & Edwards 1986), normalised.
 * - `rank`: each criterion's `rank` (1 = most important, ties allowed): rank-order centroid
 *   weights (Barron & Barrett 1996) or rank-sum weights (Stillwell et al. 1981).
 * - `judgements`: equal weights here; the model's weights are the mean of the weights
 *   compatible with the judgements, which needs the options (`judgements.ts`).
 * - `ahp`: principal eigenvector of the pairwise comparison matrix built from
 *   `weighting.pairwise` (Saaty 1980), with its consistency ratio; above 0.1 a warning names
 *   the judgements that contribute most to the inconsistency.
 *
 * @throws BearingError (input), located in the profile, when a criterion lacks the input its
 *   method needs, every weight is zero, no swing is rated 100, or the AHP judgements are
 *   incomplete.
 */
export function deriveWeights(profile: Profile): DerivedWeights {
  const { method } = profile.weighting;
  if (method === "ahp") return ahpWeights(profile);
  // Judgements give weights only with the options' values: `buildModel` replaces these equal
  // weights by the mean of the compatible weights (`judgements.ts`).
  if (method === "judgements") {
    const m = profile.criteria.length;
    return { weights: profile.criteria.map(() => 1 / m), warnings: [] };
  }
  const field = method === "direct" ? "weight" : method;
  const raw = profile.criteria.map((criterion, index) => {
    const value = criterion[field];
    if (value === undefined) {
      throw BearingError.input({
        code: "missing_field",
        message: `criterion "${criterion.id}" has no ${field}, which weighting method "${method}" needs`,
        path: ["criteria", index, field],
        hint:
          field === "rank"
            ? "give every criterion a rank, 1 for the most important"
            : `give every criterion a ${field}, or change weighting.method`,
      });
    }
    return value;
  });
  if (method !== "rank" && raw.every((value) => value === 0)) {
    throw BearingError.input({
      code: "invalid_value",
      message: `every criterion's ${field} is zero`,
      path: ["criteria"],
      hint: "give at least one criterion a positive weight",
    });
  }
  if (method === "swing") {
    // The engine checks this too, but can only point at its own argument; the fix belongs
    // on the criterion with the largest swing.
    const top = raw.indexOf(Math.max(...raw));
    if (raw[top] !== 100) {
      throw BearingError.input({
        code: "invalid_value",
        message: `the most important swing is rated ${raw[top]}, not 100`,
        path: ["criteria", top, "swing"],
        hint: "rate the swing that matters most 100 and the others relative to it",
      });
    }
  }
  const weights =
    method === "rank"
      ? profile.weighting.rankWeights === "sum"
        ? rankSumWeights(raw)
        : rankOrderCentroidWeights(raw)
      : method === "swing"
        ? swingWeights(raw)
        : normalizeWeights(raw);
  return { weights: Array.from(weights), warnings: [] };
}

function ahpWeights(profile: Profile): DerivedWeights {
  const ids = profile.criteria.map((c) => c.id);
  const m = ids.length;
  const matrix = Array.from({ length: m }, (_, i) =>
    Array.from({ length: m }, (_, j) => (i === j ? 1 : Number.NaN)),
  );
  for (const [a, b, ratio] of profile.weighting.pairwise ?? []) {
    const i = ids.indexOf(a);
    const j = ids.indexOf(b);
    if (i < 0 || j < 0 || i === j) continue;
    (matrix[i] as number[])[j] = ratio;
    (matrix[j] as number[])[i] = 1 / ratio;
  }
  const missing: string[] = [];
  for (let i = 0; i < m; i++) {
    for (let j = i + 1; j < m; j++) {
      if (Number.isNaN((matrix[i] as number[])[j])) missing.push(`[${ids[i]}, ${ids[j]}]`);
    }
  }
  if (missing.length > 0) {
    throw BearingError.input({
      code: "missing_field",
      message: `AHP needs a judgement for every pair of criteria; missing ${missing.slice(0, 4).join(", ")}${missing.length > 4 ? ` and ${missing.length - 4} more` : ""}`,
      path: ["weighting", "pairwise"],
      hint: "add [a, b, ratio] saying how many times more important a is than b (1–9)",
    });
  }
  const result = ahp(matrix, { labels: ids, path: ["weighting", "pairwise"] });
  return {
    weights: Array.from(result.weights),
    warnings: result.warnings.map((warning) => ({ ...warning, path: ["weighting", "pairwise"] })),
    consistency: { lambdaMax: result.lambdaMax, ci: result.ci, cr: result.cr },
  };
}

/** The criterion field each weighting method reads its input from (AHP reads judgements). */
export const WEIGHT_INPUT_FIELD = {
  direct: "weight",
  points: "points",
  swing: "swing",
  rank: "rank",
} as const;

/**
 * Inputs for a weighting method that reproduce normalised `weights` as closely as the method
 * can, so switching methods does not upend the ranking: points out of 100 and direct weights
 * on a 0–10 scale (one decimal), swings relative to the largest weight (0–100), or ranks
 * (1 = largest; equal weights share a rank).
 * @param weights normalised weights in criteria order
 * @returns one input per criterion, for the field {@link WEIGHT_INPUT_FIELD}[method]
 */
export function weightInputs(
  method: keyof typeof WEIGHT_INPUT_FIELD,
  weights: readonly number[],
): number[] {
  const top = Math.max(...weights, 1e-12);
  return weights.map((w) => {
    if (method === "points") return Math.round(w * 100);
    if (method === "direct") return Math.round(w * 100) / 10;
    if (method === "swing") return Math.round((w / top) * 100);
    return 1 + weights.filter((x) => x > w + 1e-12).length;
  });
}
