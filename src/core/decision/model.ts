/**
 * The decision model: a profile and its options turned into a decision matrix of partial
 * values. Each cell is a value interval `[low, high]` in [0, 1]: a point for a firm rating,
 * the image of `[low, high]` for an uncertain one, and the whole of [0, 1] for a missing
 * rating, which is unknown and never read as zero.
 *
 * The model is plain data (no functions, no class instances): value functions are their type
 * and points, the weights are numbers, and the model carries what the robustness analysis
 * needs (samples, seed, how weights vary, the judgements as constraints), so
 * `robustness(model)` and a Web Worker need nothing else, and a model survives JSON and
 * structured clone unchanged.
 */
import type { Issue } from "../errors.js";
import { CLOSED_STATUSES, type DecisionOption, type Rating } from "../model/option.js";
import type { Criterion, MustHave, Profile } from "../model/profile.js";
import {
  assertConsistent,
  meanCompatibleWeights,
  type PreferenceRow,
  preferenceRows,
} from "./judgements.js";
import { partialValue, type ValueFunction, valueFunction } from "./value-function.js";
import { deriveWeights } from "./weights.js";

export interface ModelCriterion {
  id: string;
  name: string;
  direction: "max" | "min";
  unit: string | null;
  /** Normalised weight (the weights of all criteria sum to 1). */
  weight: number;
  /** How a rating becomes a partial value in [0, 1] (data: evaluate with `partialValue`). */
  valueFunction: ValueFunction;
  spec: Criterion;
}

export type MustHaveOutcome = "pass" | "fail" | "unknown";

export interface MustHaveCheck {
  label: string;
  outcome: MustHaveOutcome;
  /** Why it failed or is unknown, e.g. `base pay 150000 is below 180000`. */
  reason: string;
}

export interface ModelAlternative {
  id: string;
  title: string;
  option: DecisionOption;
  /** Ratings as written, per criterion (in criteria order); `null` when missing. */
  ratings: Rating[];
  /** Partial value intervals per criterion, `[low, high]` in [0, 1]. */
  valueLow: number[];
  valueHigh: number[];
  /** Ids of criteria without a rating. */
  missing: string[];
  /** Ids of criteria rated with an interval. */
  uncertain: string[];
  mustHaves: MustHaveCheck[];
}

export interface DecisionModel {
  question: string;
  criteria: ModelCriterion[];
  alternatives: ModelAlternative[];
  /** Options left out (closed statuses), by id. */
  excluded: string[];
  uncertainty: ModelUncertainty;
  /** The profile's must-haves, which each alternative's `mustHaves` checks (in order). */
  mustHaves: readonly MustHave[];
  warnings: Issue[];
  /**
   * Under `weighting.method: judgements`: the compatible weights drawn (samples × m,
   * row-major) whose mean is the criteria's weights; the robustness simulation reuses them.
   */
  weightDraws?: Float64Array;
}

/**
 * How the weights vary in the robustness simulation:
 * - `order` (rank weighting): uniformly over every weight vector that respects `ranks`
 *   (1 = most important; equal ranks may take any order between them);
 * - `spread`: each stated weight times a uniform factor in [1 − spread, 1 + spread], or drawn
 *   uniformly from its criterion's interval where `intervals[j]` is set, then renormalised;
 * - `judgements` (judgements weighting): uniformly over every weighting compatible with the
 *   judgements and trade-off answers.
 * Under `order` and `spread`, judgements (see {@link ModelUncertainty.preferences}) further
 * restrict the weights (`robustness.ts`).
 */
export type WeightUncertainty =
  | { kind: "order"; ranks: number[] }
  | { kind: "spread"; spread: number; intervals: (readonly [number, number] | null)[] }
  | { kind: "judgements" };

/** What the robustness simulation reads besides the matrix and the weights. */
export interface ModelUncertainty {
  /** Number of SMAA samples (settings.samples). */
  samples: number;
  /** Seed of the simulation's random streams (settings.seed). */
  seed: number;
  weights: WeightUncertainty;
  /**
   * The judgements and trade-off answers as constraints on the weights (coefficients · w ≥ ε;
   * `judgements.ts`), for the options in the model; empty when there are none.
   */
  preferences: PreferenceRow[];
}

export interface BuildModelOptions {
  /**
   * Rank declined and withdrawn options too (`rank --all`); defaults to the profile's
   * `settings.rankClosedOptions`.
   */
  includeClosed?: boolean;
}

/**
 * Builds the decision matrix for the options in play (declined and withdrawn options are left
 * out unless `settings.rankClosedOptions` or `includeClosed`).
 *
 * Bounds of `number` criteria without declared `min`/`max` are the range of the options'
 * ratings (min-max over the alternatives, intervals included).
 *
 * Judgements and trade-off answers (`judgements.ts`) are checked here, so every command that
 * builds the model refuses conflicting ones; under `weighting.method: judgements` the weights
 * are the mean of the weights compatible with them.
 *
 * @throws BearingError (input) when weights cannot be derived or the judgements conflict
 *   (issues with paths `judgements[k]` / `tradeoffs[k]`, unlocated).
 */
export function buildModel(
  profile: Profile,
  options: readonly DecisionOption[],
  { includeClosed = profile.settings.rankClosedOptions }: BuildModelOptions = {},
): DecisionModel {
  const { weights, warnings } = deriveWeights(profile);
  const inPlay = options.filter(
    (option) => includeClosed || !CLOSED_STATUSES.includes(option.status),
  );
  const criteria: ModelCriterion[] = profile.criteria.map((spec, j) => ({
    id: spec.id,
    name: spec.name,
    direction: spec.direction,
    unit: spec.scale.kind === "number" ? spec.scale.unit : null,
    weight: weights[j] ?? 0,
    valueFunction: valueFunction(spec, scaleBounds(spec, inPlay)),
    spec,
  }));
  const alternatives = inPlay.map((option) => modelAlternative(option, criteria, profile));
  const model: DecisionModel = {
    question: profile.question,
    criteria,
    alternatives,
    excluded: options.filter((o) => !inPlay.includes(o)).map((o) => o.id),
    uncertainty: modelUncertainty(profile),
    mustHaves: profile.mustHaves,
    warnings,
  };
  if (profile.judgements.length === 0 && profile.tradeoffs.length === 0) {
    if (profile.weighting.method !== "judgements") return model;
  }
  // Judgements: refused when they conflict; under `judgements` weighting they give the weights.
  const preferences = preferenceRows(profile, model);
  model.warnings = [...warnings, ...preferences.warnings];
  model.uncertainty.preferences = preferences.rows;
  if (profile.weighting.method !== "judgements") {
    assertConsistent(criteria.length, preferences.rows);
    return model;
  }
  const { samples, seed } = profile.settings;
  const { mean, draws } = meanCompatibleWeights(criteria.length, preferences.rows, samples, seed);
  criteria.forEach((criterion, j) => {
    criterion.weight = mean[j] ?? 0;
  });
  model.weightDraws = draws;
  return model;
}

/**
 * The robustness settings of a profile, as the model carries them (`preferences` empty: they
 * need the model's alternatives, and `buildModel` fills them in).
 */
export function modelUncertainty(profile: Profile): ModelUncertainty {
  const { samples, seed, weightUncertainty } = profile.settings;
  const method = profile.weighting.method;
  const weights: WeightUncertainty =
    method === "judgements"
      ? { kind: "judgements" }
      : method === "rank"
        ? { kind: "order", ranks: profile.criteria.map((c) => c.rank ?? 1) }
        : {
            kind: "spread",
            spread: weightUncertainty,
            intervals: profile.criteria.map((c) =>
              c.weightInterval ? ([c.weightInterval[0], c.weightInterval[1]] as const) : null,
            ),
          };
  return { samples, seed, weights, preferences: [] };
}

function scaleBounds(
  criterion: Criterion,
  options: readonly DecisionOption[],
): readonly [number, number] {
  const { scale } = criterion;
  if (scale.kind === "rating") return [scale.min, scale.max];
  let low = scale.min ?? Number.POSITIVE_INFINITY;
  let high = scale.max ?? Number.NEGATIVE_INFINITY;
  if (scale.min === undefined || scale.max === undefined) {
    for (const option of options) {
      const rating = option.ratings[criterion.id];
      if (rating === null || rating === undefined) continue;
      const [lo, hi] = typeof rating === "number" ? [rating, rating] : rating;
      if (scale.min === undefined) low = Math.min(low, lo);
      if (scale.max === undefined) high = Math.max(high, hi);
    }
  }
  if (!Number.isFinite(low) || !Number.isFinite(high)) return [0, 0];
  return [low, high];
}

function modelAlternative(
  option: DecisionOption,
  criteria: readonly ModelCriterion[],
  profile: Profile,
): ModelAlternative {
  const ratings: Rating[] = [];
  const valueLow: number[] = [];
  const valueHigh: number[] = [];
  const missing: string[] = [];
  const uncertain: string[] = [];
  for (const criterion of criteria) {
    const rating = option.ratings[criterion.id] ?? null;
    ratings.push(rating);
    if (rating === null) {
      missing.push(criterion.id);
      valueLow.push(0);
      valueHigh.push(1);
    } else if (typeof rating === "number") {
      const v = partialValue(criterion.valueFunction, rating);
      valueLow.push(v);
      valueHigh.push(v);
    } else {
      uncertain.push(criterion.id);
      const a = partialValue(criterion.valueFunction, rating[0]);
      const b = partialValue(criterion.valueFunction, rating[1]);
      valueLow.push(Math.min(a, b));
      valueHigh.push(Math.max(a, b));
    }
  }
  return {
    id: option.id,
    title: option.title,
    option,
    ratings,
    valueLow,
    valueHigh,
    missing,
    uncertain,
    mustHaves: profile.mustHaves.map((mustHave) => checkMustHave(mustHave, option, profile)),
  };
}

/**
 * Whether an alternative passes the must-have screen: no must-have fails (an unknown outcome
 * does not exclude). The one rule the ranking, the other methods, the robustness analysis and
 * the explanations all apply: alternatives that fail it rank after all that pass.
 */
export function passesScreen(alternative: Pick<ModelAlternative, "mustHaves">): boolean {
  return alternative.mustHaves.every((check) => check.outcome !== "fail");
}

/**
 * Checks one must-have. A rating interval that straddles the bound, or a missing rating or
 * fact, is `unknown`: not failed, but not known to pass.
 */
export function checkMustHave(
  mustHave: MustHave,
  option: DecisionOption,
  profile: Pick<Profile, "criteria">,
): MustHaveCheck {
  if ("criterion" in mustHave) {
    const criterion = profile.criteria.find((c) => c.id === mustHave.criterion);
    const name = criterion?.name ?? mustHave.criterion;
    const bound =
      mustHave.atLeast !== undefined && mustHave.atMost !== undefined
        ? `between ${mustHave.atLeast} and ${mustHave.atMost}`
        : mustHave.atLeast !== undefined
          ? `at least ${mustHave.atLeast}`
          : `at most ${mustHave.atMost}`;
    const label = mustHave.label ?? `${name} ${bound}`;
    const rating = option.ratings[mustHave.criterion] ?? null;
    if (rating === null) return { label, outcome: "unknown", reason: `${name} is not rated` };
    const [low, high] = typeof rating === "number" ? [rating, rating] : rating;
    const min = mustHave.atLeast ?? Number.NEGATIVE_INFINITY;
    const max = mustHave.atMost ?? Number.POSITIVE_INFINITY;
    const shown = typeof rating === "number" ? String(rating) : `[${low}, ${high}]`;
    if (high < min || low > max) {
      return { label, outcome: "fail", reason: `${name} ${shown} is not ${bound}` };
    }
    if (low < min || high > max) {
      return { label, outcome: "unknown", reason: `${name} ${shown} may not be ${bound}` };
    }
    return { label, outcome: "pass", reason: `${name} ${shown} is ${bound}` };
  }
  const label = mustHave.label ?? `${mustHave.fact} is ${mustHave.oneOf.join(" or ")}`;
  // The company's stage stands in for the role's when the role does not state one.
  const actual =
    option.facts?.[mustHave.fact] ??
    (mustHave.fact === "stage" ? option.company?.stage : undefined);
  if (actual === undefined || actual === null) {
    return { label, outcome: "unknown", reason: `${mustHave.fact} is not known` };
  }
  const value = String(actual);
  return mustHave.oneOf.includes(value)
    ? { label, outcome: "pass", reason: `${mustHave.fact} is ${value}` }
    : { label, outcome: "fail", reason: `${mustHave.fact} is ${value}` };
}
