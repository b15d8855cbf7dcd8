/**
 * Ratings outside their criterion's scale. A `number` scale's declared `min` and `max` bound
 * its linear value function (`value-function.ts`): a rating beyond them gets the bound's
 * partial value, 0 or 1, so every figure past the bound counts the same. bearing accepts such
 * ratings (a stated one may be a real figure, and a derived one, such as the `[p10, p90]` of
 * an option's pay from `core/money/derive.ts`, is whatever the simulation gives), but never
 * silently: this module finds them and says, in one sentence, what the rating counts as and
 * how to fix it (widen the scale, or say that the cap is meant with a piecewise value
 * function that ends at the old bound, which leaves every figure as it was).
 *
 * `check`, `rank`, `explain` and `next` print these as warnings (the exit code is unchanged);
 * the workbench shows them beside the option in the Overview's ranking and in its warnings banner.
 */
import type { Rating } from "../model/option.js";
import type { Criterion } from "../model/profile.js";
import type { DecisionModel, ModelCriterion } from "./model.js";
import { partialValue, valueFunction } from "./value-function.js";

/** One rating (or interval) that reaches past its criterion's declared scale. */
export interface OffScaleRating {
  /** The option's id, title and file (`options/<slug>.md`). */
  option: string;
  title: string;
  file: string;
  /** The criterion's id, name and index in `bearing.yaml`'s `criteria`. */
  criterion: string;
  name: string;
  index: number;
  rating: Exclude<Rating, null>;
  /**
   * Where the rating came from: `stated` in the option's `ratings`, else the derivation that
   * made it (`totalCompensation`: the option's `compensation`; `roleFit`: its posting).
   */
  source: "stated" | "totalCompensation" | "roleFit";
  side: "above" | "below";
  /** The declared bound it crosses (`scale.max` above, `scale.min` below). */
  bound: number;
  /** The rating's end furthest past the bound. */
  extreme: number;
  /**
   * True when every figure past the bound counts as the bound (a linear value function, or a
   * piecewise one that is flat from the bound on): the silent cap this module reports.
   */
  capped: boolean;
  /** A rounded bound that takes the rating in (two significant figures, outward). */
  widenTo: number;
  /** Plain words: what happened and what it counts as. */
  message: string;
  /** The fix: widen the scale, or state the cap. */
  hint: string;
}

/**
 * Every rating of an option in play that lies outside its criterion's declared `min`/`max`
 * (scales without declared bounds take the options' range, so nothing lies outside them).
 * @returns in model order (options, then criteria)
 */
export function offScaleRatings(model: DecisionModel): OffScaleRating[] {
  const out: OffScaleRating[] = [];
  for (const alternative of model.alternatives) {
    model.criteria.forEach((criterion, index) => {
      const rating = alternative.ratings[index];
      if (rating === null || rating === undefined) return;
      const crossing = offScale(criterion, rating);
      if (!crossing) return;
      const derived = alternative.option.derived?.ratings.includes(criterion.id) ?? false;
      const source: OffScaleRating["source"] = !derived
        ? "stated"
        : criterion.spec.derived === "totalCompensation"
          ? "totalCompensation"
          : "roleFit";
      out.push({
        option: alternative.id,
        title: alternative.title,
        file: alternative.option.file,
        criterion: criterion.id,
        name: criterion.name,
        index,
        rating,
        source,
        ...crossing,
        ...scaleWords(criterion, index, rating, source, crossing),
      });
    });
  }
  return out;
}

export interface Crossing {
  side: "above" | "below";
  bound: number;
  extreme: number;
  capped: boolean;
  widenTo: number;
}

/** Where `rating` crosses the criterion's declared scale, or null when it stays within it. */
export function offScale(
  criterion: Pick<ModelCriterion, "spec" | "valueFunction">,
  rating: Exclude<Rating, null>,
): Crossing | null {
  const { scale } = criterion.spec;
  const [low, high] = typeof rating === "number" ? [rating, rating] : [rating[0], rating[1]];
  const crossing =
    scale.max !== undefined && high > scale.max
      ? { side: "above" as const, bound: scale.max, extreme: high }
      : scale.min !== undefined && low < scale.min
        ? { side: "below" as const, bound: scale.min, extreme: low }
        : null;
  if (!crossing) return null;
  const f = criterion.valueFunction;
  const capped =
    f.type === "linear" ||
    Math.abs(partialValue(f, crossing.extreme) - partialValue(f, crossing.bound)) < 1e-12;
  return {
    ...crossing,
    capped,
    widenTo: roundOutward(crossing.extreme, crossing.side === "above" ? 1 : -1),
  };
}

/** `x` rounded away from the scale to two significant figures (643,114 → 650,000). */
export function roundOutward(x: number, direction: 1 | -1): number {
  if (x === 0) return 0;
  const step = 10 ** (Math.floor(Math.log10(Math.abs(x))) - 1);
  const rounded = direction > 0 ? Math.ceil(x / step) * step : Math.floor(x / step) * step;
  // Drop the float noise of steps below 1 (0.38000000000000006), never rounding inward.
  const clean = Number(rounded.toPrecision(15));
  if (!Number.isFinite(clean)) return x;
  return direction > 0 ? Math.max(clean, x) : Math.min(clean, x);
}

const figure = (x: number): string =>
  x.toLocaleString("en-US", { maximumFractionDigits: Math.abs(x) >= 100 ? 0 : 2 });

function ratingText(rating: Exclude<Rating, null>): string {
  return typeof rating === "number" ? figure(rating) : `${figure(rating[0])}–${figure(rating[1])}`;
}

/**
 * The message and the fix for a crossing, in the words the CLI and the workbench share.
 * For a linear value function the fix that keeps every figure as it is: widen the scale and
 * give it the piecewise value function that rises over the old scale and is flat past it.
 */
export function scaleWords(
  criterion: Pick<ModelCriterion, "id" | "name" | "direction" | "unit" | "spec" | "valueFunction">,
  index: number,
  rating: Exclude<Rating, null>,
  source: OffScaleRating["source"],
  crossing: Crossing,
): { message: string; hint: string } {
  const { side, bound, capped, widenTo } = crossing;
  const unit = criterion.unit ? ` ${criterion.unit}` : "";
  const field = side === "above" ? "max" : "min";
  const shown = `${ratingText(rating)}${unit}`;
  const past = `outside the scale of ${criterion.name}, ${side} its ${field} of ${figure(bound)}`;
  const counts = capped
    ? typeof rating === "number"
      ? `it counts as ${figure(bound)}, no ${side === "above" ? "more" : "less"}`
      : `every figure ${side} ${figure(bound)} counts as ${figure(bound)}`
    : "the value function's points say what it counts for";
  const from =
    source === "totalCompensation"
      ? " from the option's compensation (p10–p90 of its yearly total)"
      : source === "roleFit"
        ? " from the option's job description"
        : "";
  const message =
    source === "stated"
      ? `rating ${shown} is ${past}: ${counts}`
      : `the rating ${shown}${from} reaches ${past}: ${counts}`;
  const widen = `widen the scale in bearing.yaml (criteria[${index}] "${criterion.id}": scale: ${field}: ${widenTo})`;
  const { scale } = criterion.spec;
  if (!capped) return { message, hint: widen };
  if (criterion.valueFunction.type !== "linear")
    return {
      message,
      hint: `${widen}: its value function is flat past ${figure(bound)}, so every figure counts as now`,
    };
  if (scale.min === undefined || scale.max === undefined)
    return { message, hint: `${widen}, or accept that it counts as ${figure(bound)}` };
  const rising = criterion.direction === "max";
  const points = `[[${scale.min}, ${rising ? 0 : 1}], [${scale.max}, ${rising ? 1 : 0}]]`;
  return {
    message,
    hint: `${widen}; or, to keep the cap and say so, widen it and add valueFunction: { type: piecewise, points: ${points} }, which counts every figure as now`,
  };
}

/**
 * The words for a rating written in an option's `ratings` that lies outside a `number`
 * criterion's declared scale (loading reports it as a warning, located in the option's file).
 * @returns null when it lies within the scale, or the scale is not a `number` scale
 */
export function statedOffScale(
  criterion: Criterion,
  index: number,
  rating: Exclude<Rating, null>,
): { message: string; hint: string } | null {
  const { scale } = criterion;
  if (scale.kind !== "number") return null;
  // Only a declared bound can be crossed; the other side's bound does not change the words.
  const low = scale.min ?? scale.max ?? 0;
  const high = scale.max ?? scale.min ?? 0;
  const shape = {
    id: criterion.id,
    name: criterion.name,
    direction: criterion.direction,
    unit: scale.unit,
    spec: criterion,
    valueFunction: valueFunction(criterion, [low, high]),
  };
  const crossing = offScale(shape, rating);
  return crossing ? scaleWords(shape, index, rating, "stated", crossing) : null;
}
