/**
 * Criterion weights from what the profile states: direct weights, points, swing ratings,
 * an importance order, or AHP pairwise judgements. The arithmetic is the decision engine's
 * (`core/mcda/weighting`); this module maps the profile onto it and locates problems.
 */
import { BearingError, formatIssue, type Issue } from "../errors.js";
import { beats } from "../mcda/rank.js";
import { ahp } from "../mcda/weighting/ahp.js";
import { normalizeWeights } from "../mcda/weighting/direct.js";
import { rankOrderCentroidWeights, rankSumWeights } from "../mcda/weighting/rank-order.js";
import { swingWeights } from "../mcda/weighting/swing.js";
import type { Profile } from "../model/profile.js";
import { ahpMatrix } from "./pairwise.js";

export interface DerivedWeights {
  /** Normalised weights, in the order of `profile.criteria`, summing to 1. */
  weights: number[];
  /** Non-fatal remarks (e.g. an AHP matrix whose consistency ratio exceeds 0.1). */
  warnings: Issue[];
  /** AHP consistency figures when the weights come from pairwise judgements. */
  consistency?: { lambdaMax: number; ci: number; cr: number | null };
}

/**
 * Everything that keeps the profile's weights from being derived, each located by its field
 * path in `bearing.yaml` (the loader adds file, line and column): a criterion without the input
 * its weighting method reads, every weight zero, no swing rated 100, AHP judgements missing
 * for some pair of criteria. Every command that loads a workspace reports these, so `check`
 * refuses exactly what `rank` would (see `deriveWeights`).
 * @returns the issues, empty when {@link deriveWeights} succeeds
 */
export function weightIssues(profile: Profile): Issue[] {
  const { method } = profile.weighting;
  // Judgements are checked against the options when the model is built (`judgements.ts`).
  if (method === "judgements") return [];
  if (method === "ahp") {
    const missing = missingJudgements(profile);
    if (missing.length === 0) return [];
    const pairs = missing.map(([a, b]) => `[${a}, ${b}]`);
    return [
      {
        code: "missing_field",
        message: `AHP needs a judgement for every pair of criteria; missing ${pairs.slice(0, 4).join(", ")}${pairs.length > 4 ? ` and ${pairs.length - 4} more` : ""}`,
        path: profile.weighting.pairwise ? ["weighting", "pairwise"] : ["weighting"],
        hint: `in bearing.yaml, add to weighting.pairwise [a, b, ratio] saying how many times more important a is than b (1–9), e.g. [${missing[0]?.[0]}, ${missing[0]?.[1]}, 3]${fitsOr(profile)}`,
      },
    ];
  }
  const field = WEIGHT_INPUT_FIELD[method];
  const lacking = profile.criteria.flatMap((c, index) => (c[field] === undefined ? [index] : []));
  const fits = methodInputsFit(profile);
  const orSwitch = fits
    ? `, or set weighting.method to ${fits}, which the criteria have inputs for`
    : "";
  const noun = field === "points" ? "points" : `a ${field}`;
  const what = field === "rank" ? "a rank (1 for the most important)" : noun;
  if (lacking.length > 0 && lacking.length === profile.criteria.length) {
    return [
      {
        code: "missing_field",
        message: `weighting method "${method}" reads each criterion's ${field}, and no criterion has one`,
        path: ["weighting", "method"],
        hint: `in bearing.yaml, give every criterion ${what}${orSwitch}`,
      },
    ];
  }
  const issues: Issue[] = lacking.map((index) => ({
    code: "missing_field",
    message: `criterion "${profile.criteria[index]?.id}" has no ${field}, which weighting method "${method}" needs`,
    path: ["criteria", index, field],
    hint: `in bearing.yaml, give it ${what}${orSwitch}`,
  }));
  if (issues.length > 0) return issues;
  const raw = profile.criteria.map((criterion) => criterion[field] ?? 0);
  if (method !== "rank" && raw.every((value) => value === 0)) {
    return [
      {
        code: "invalid_value",
        message: `no criterion has ${noun} above 0, so none counts`,
        path: ["criteria", 0, field],
        hint: `in bearing.yaml, give at least one criterion ${noun} above 0`,
      },
    ];
  }
  if (method === "swing") {
    // The engine checks this too, but can only point at its own argument; the fix belongs
    // on the criterion with the largest swing.
    const top = raw.indexOf(Math.max(...raw));
    if (raw[top] !== 100) {
      return [
        {
          code: "invalid_value",
          message: `the most important swing is rated ${raw[top]}, not 100`,
          path: ["criteria", top, "swing"],
          hint: "in bearing.yaml, rate the swing that matters most 100 and the others relative to it",
        },
      ];
    }
  }
  return [];
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
 * @throws BearingError (input) with every issue of {@link weightIssues}, located by field
 *   path, when the weights cannot be derived.
 */
export function deriveWeights(profile: Profile): DerivedWeights {
  const issues = weightIssues(profile);
  if (issues.length > 0) {
    throw new BearingError(
      issues.length === 1
        ? formatIssue(issues[0] as Issue)
        : `the weights cannot be derived: ${issues.length} problems`,
      issues,
    );
  }
  const { method } = profile.weighting;
  if (method === "ahp") return ahpWeights(profile);
  // Judgements give weights only with the options' values: `buildModel` replaces these equal
  // weights by the mean of the compatible weights (`judgements.ts`).
  if (method === "judgements") {
    const m = profile.criteria.length;
    return { weights: profile.criteria.map(() => 1 / m), warnings: [] };
  }
  const field = WEIGHT_INPUT_FIELD[method];
  const raw = profile.criteria.map((criterion) => criterion[field] ?? 0);
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

/** A weighting method other than the profile's whose input every criterion has, if any. */
function methodInputsFit(profile: Profile): string | undefined {
  return (Object.keys(WEIGHT_INPUT_FIELD) as (keyof typeof WEIGHT_INPUT_FIELD)[]).find(
    (method) =>
      method !== profile.weighting.method &&
      profile.criteria.every((c) => c[WEIGHT_INPUT_FIELD[method]] !== undefined),
  );
}

function fitsOr(profile: Profile): string {
  const fits = methodInputsFit(profile);
  return fits ? `; or set weighting.method to ${fits}, which the criteria have inputs for` : "";
}

/** Pairs of criteria ids (in criteria order) that no usable AHP judgement covers. */
function missingJudgements(profile: Profile): [string, string][] {
  return ahpMatrix(
    profile.criteria.map((c) => c.id),
    profile.weighting.pairwise,
  ).missing;
}

function ahpWeights(profile: Profile): DerivedWeights {
  const ids = profile.criteria.map((c) => c.id);
  const { matrix } = ahpMatrix(ids, profile.weighting.pairwise);
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
 * Each weighting method's input per criterion and the top of its usual scale, what an editor
 * offers: direct weights 0–10 (as {@link weightInputs} writes them), points out of 100,
 * swings 0–100, ranks (whole numbers from 1, no top: `max` 0). AHP and judgements read no
 * per-criterion input (absent).
 */
export const WEIGHT_INPUTS: Partial<
  Record<Profile["weighting"]["method"], { field: WeightInputField; max: number }>
> = {
  direct: { field: WEIGHT_INPUT_FIELD.direct, max: 10 },
  points: { field: WEIGHT_INPUT_FIELD.points, max: 100 },
  swing: { field: WEIGHT_INPUT_FIELD.swing, max: 100 },
  rank: { field: WEIGHT_INPUT_FIELD.rank, max: 0 },
};

/** A criterion field a weighting method reads. */
export type WeightInputField = (typeof WEIGHT_INPUT_FIELD)[keyof typeof WEIGHT_INPUT_FIELD];

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
    return 1 + weights.filter((x) => beats(x, w)).length;
  });
}

/** What a new criterion needs to sit beside the others under the profile's weighting method. */
export interface NewCriterionInputs {
  /** The field and value the method reads (`weight`, `points`, `swing` or `rank`), if any. */
  input?: { field: "weight" | "points" | "swing" | "rank"; value: number };
  /** AHP judgements `[new, other, ratio]` against every criterion before it (AHP only). */
  pairwise: [string, string, number][];
}

/**
 * Inputs for new criteria, in the profile's own weighting method and scale, so that they sit
 * beside the existing criteria in proportion to them: the new criteria together weigh as many
 * average existing criteria as there are new ones, shared out by `shares` (e.g. rank-order
 * centroid weights of the order a post states them in; Barron & Barrett 1996). Existing inputs
 * are never changed.
 * - `direct`, `points`, `swing`: the average existing input times k · share, rounded to the
 *   existing inputs' precision (finer if that would give 0); swings at most 100.
 * - `rank`: the rank of the existing criteria of about the same weight (ties share a rank),
 *   or one past the least important.
 * - `ahp`: a judgement against every criterion before it, the ratio of the two weights
 *   snapped to Saaty's scale (1–9 and reciprocals; Saaty 1980).
 * - `judgements`: nothing (weights come from the judgements between options).
 * @param profile a profile whose weights can be derived (see {@link weightIssues})
 * @param added new criteria ids, with shares summing to 1
 * @returns one entry per added criterion, in order
 */
export function inputsForNewCriteria(
  profile: Profile,
  added: readonly { id: string; share: number }[],
): NewCriterionInputs[] {
  const { method } = profile.weighting;
  const k = added.length;
  const m = profile.criteria.length;
  if (method === "judgements" || k === 0) return added.map(() => ({ pairwise: [] }));
  const existing = deriveWeights(profile).weights;
  // Normalised weight each new criterion would have among the existing ones (before all are
  // renormalised together): the mean existing weight, times k · share.
  const target = added.map(({ share }) => (1 / m) * k * share);
  if (method === "ahp") {
    const ids = profile.criteria.map((c) => c.id);
    const weights = [...existing];
    return added.map(({ id }, i) => {
      const w = target[i] as number;
      const pairwise = ids.map((other, j): [string, string, number] => [
        id,
        other,
        saatyRatio(w / (weights[j] as number)),
      ]);
      ids.push(id);
      weights.push(w);
      return { pairwise };
    });
  }
  if (method === "rank") {
    const ranks = profile.criteria.map((c) => c.rank ?? 1);
    return target.map((w) => {
      const above = existing.flatMap((x, j) => (x > w * (1 + 1e-9) ? [ranks[j] as number] : []));
      const equal = existing.flatMap((x, j) =>
        Math.abs(x - w) <= w * 1e-9 ? [ranks[j] as number] : [],
      );
      const value =
        equal.length > 0 ? Math.min(...equal) : above.length > 0 ? Math.max(...above) + 1 : 1;
      return { input: { field: "rank", value }, pairwise: [] };
    });
  }
  const field = WEIGHT_INPUT_FIELD[method];
  const raw = profile.criteria.map((c) => c[field] ?? 0);
  const mean = raw.reduce((sum, x) => sum + x, 0) / m;
  const decimals = Math.max(...raw.map(decimalsOf));
  return added.map(({ share }) => {
    let value = mean * k * share;
    if (method === "swing") value = Math.min(100, value);
    return { input: { field, value: roundKeeping(value, decimals) }, pairwise: [] };
  });
}

/** Digits after the decimal point of a number as written (at most 6). */
function decimalsOf(x: number): number {
  for (let d = 0; d <= 6; d++) if (Math.abs(Math.round(x * 10 ** d) - x * 10 ** d) < 1e-9) return d;
  return 6;
}

/** `x` rounded to `decimals` places, or to the first place that keeps it above 0. */
function roundKeeping(x: number, decimals: number): number {
  for (let d = decimals; d <= decimals + 6; d++) {
    const rounded = Math.round(x * 10 ** d) / 10 ** d;
    if (rounded > 0 || x <= 0) return rounded;
  }
  return x;
}

/** A ratio snapped to Saaty's 1–9 scale or its reciprocals. */
function saatyRatio(ratio: number): number {
  if (!(ratio > 0) || !Number.isFinite(ratio)) return 1;
  if (ratio >= 1) return Math.min(9, Math.max(1, Math.round(ratio)));
  return 1 / Math.min(9, Math.max(1, Math.round(1 / ratio)));
}
