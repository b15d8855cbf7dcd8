/**
 * Why one alternative outranks another under the additive value model, and the smallest
 * single change that would swap them (one-way sensitivity analysis; Triantaphyllou & Sánchez
 * 1997 for weight changes, with the other weights rescaled proportionally). The flip
 * arithmetic is the engine's (`core/mcda/sensitivity/pairwise-flip.ts`); this module speaks
 * in criteria, options and ratings (partial values turned back into ratings through each
 * criterion's value function).
 */
import { BearingError } from "../errors.js";
import { pairwiseFlipByValue, pairwiseFlipByWeight } from "../mcda/sensitivity/pairwise-flip.js";
import { weightedSumOf } from "../mcda/wsm.js";
import type { Rating } from "../model/option.js";
import { unknownIdHint } from "../suggest.js";
import {
  checkMustHave,
  type DecisionModel,
  type ModelAlternative,
  type ModelCriterion,
  type MustHaveCheck,
  passesScreen,
} from "./model.js";
import { pointValues } from "./rank.js";
import { ratingForValue, type ValueFunction } from "./value-function.js";

export interface CriterionDifference {
  criterion: string;
  name: string;
  weight: number;
  valueA: number;
  valueB: number;
  /** weight × (valueA − valueB): this criterion's share of the score difference. */
  difference: number;
}

/** Setting one criterion's weight to `to` (others rescaled proportionally) ties A and B. */
export interface WeightFlip {
  criterion: string;
  name: string;
  from: number;
  /** Weight at which the two scores are equal; past it (away from `from`) they swap. */
  to: number;
}

/** Changing one rating of one alternative to `to` ties A and B; past it they swap. */
export interface RatingFlip {
  criterion: string;
  name: string;
  alternative: string;
  from: Rating;
  to: number;
  /** Size of the change in partial-value units (0–1), comparable across criteria. */
  valueChange: number;
}

/** Must-haves an alternative fails (the screen that ranks it after every one that passes). */
export interface ScreenOutcome {
  passes: boolean;
  /** The failed must-haves, with why: e.g. `Base pay at least 150000: pay 120000 is not ...`. */
  failed: MustHaveCheck[];
}

export interface Explanation {
  a: string;
  b: string;
  scoreA: number;
  scoreB: number;
  /**
   * Id of the alternative that ranks higher, as `rank` places them: the one that passes the
   * must-have screen when only one does, else the one with the higher score (`a` on a tie).
   */
  leader: string;
  /**
   * What decides the order: `mustHaves` when exactly one of them fails a must-have (no
   * change of weights or of other ratings can swap them then), else `score`.
   */
  decidedBy: "mustHaves" | "score";
  /** The must-have screen for each of them. */
  screen: { a: ScreenOutcome; b: ScreenOutcome };
  /** Criteria by the size of their share of the difference, largest first. */
  criteria: CriterionDifference[];
  /** Every single-weight change that swaps them, smallest first (none when must-haves decide). */
  weightFlips: WeightFlip[];
  /**
   * Every single-rating change that swaps them by score, smallest first (none when must-haves
   * decide, or when a change would also move an option across the screen).
   */
  ratingFlips: RatingFlip[];
}

/**
 * Explains why `a` and `b` are ranked as they are: first the must-have screen (an alternative
 * that fails one ranks after every one that passes, as in `rankAlternatives`), then the score
 * difference criterion by criterion and the smallest single changes that would swap them.
 * @throws BearingError (input, `unknown_id`) when either id is not an alternative in play.
 */
export function explain(model: DecisionModel, a: string, b: string): Explanation {
  const ia = indexOf(model, a);
  const ib = indexOf(model, b);
  const values = model.alternatives.map((alternative) => pointValues(alternative));
  const weights = model.criteria.map((c) => c.weight);
  const valuesA = values[ia] as number[];
  const valuesB = values[ib] as number[];
  const criteria = model.criteria.map((criterion, j): CriterionDifference => {
    const valueA = valuesA[j] ?? 0;
    const valueB = valuesB[j] ?? 0;
    return {
      criterion: criterion.id,
      name: criterion.name,
      weight: criterion.weight,
      valueA,
      valueB,
      difference: criterion.weight * (valueA - valueB),
    };
  });
  const scoreA = weightedSumOf(valuesA, weights);
  const scoreB = weightedSumOf(valuesB, weights);

  const altA = model.alternatives[ia] as ModelAlternative;
  const altB = model.alternatives[ib] as ModelAlternative;
  const screen = { a: screenOf(altA), b: screenOf(altB) };
  const decidedBy = screen.a.passes !== screen.b.passes ? "mustHaves" : "score";
  const leader = decidedBy === "mustHaves" ? (screen.a.passes ? a : b) : scoreA >= scoreB ? a : b;
  if (decidedBy === "mustHaves") {
    return {
      a,
      b,
      scoreA,
      scoreB,
      leader,
      decidedBy,
      screen,
      criteria: byShare(criteria),
      weightFlips: [],
      ratingFlips: [],
    };
  }

  // The engine's flips are swaps under the one tie rule: the one behind strictly overtakes,
  // so a change that only ties them at a weight of 0 or 1, or at the end of what a criterion's
  // ratings can reach, is not among them, and a pair tied now has none.
  const weightFlips = pairwiseFlipByWeight(values, weights, ia, ib).flips.map(
    (flip): WeightFlip => {
      const criterion = model.criteria[flip.criterion] as ModelCriterion;
      return {
        criterion: criterion.id,
        name: criterion.name,
        from: criterion.weight,
        to: flip.weight,
      };
    },
  );

  const ratingFlips: RatingFlip[] = [];
  const reach = model.criteria.map((c) => valueReach(c.valueFunction));
  for (const flip of pairwiseFlipByValue(values, weights, ia, ib, reach).flips) {
    const criterion = model.criteria[flip.criterion] as ModelCriterion;
    const alternative = model.alternatives[flip.alternative] as ModelAlternative;
    const rating = ratingForValue(criterion.valueFunction, flip.to);
    if (rating === null) continue;
    // A rating that would also change the must-have screen does not swap them by score.
    if (passesScreen(alternative) !== passesWith(alternative, criterion.id, rating, model))
      continue;
    ratingFlips.push({
      criterion: criterion.id,
      name: criterion.name,
      alternative: alternative.id,
      from: alternative.ratings[flip.criterion] ?? null,
      to: rating,
      valueChange: Math.abs(flip.delta),
    });
  }

  return {
    a,
    b,
    scoreA,
    scoreB,
    leader,
    decidedBy,
    screen,
    criteria: byShare(criteria),
    weightFlips,
    ratingFlips,
  };
}

/** The partial values a criterion's ratings can reach: [0, 1], or a piecewise function's range. */
function valueReach(f: ValueFunction): readonly [number, number] {
  if (f.type === "linear") return [0, 1];
  const values = f.points.map(([, v]) => v);
  return [Math.min(...values), Math.max(...values)];
}

function byShare(criteria: CriterionDifference[]): CriterionDifference[] {
  return [...criteria].sort((x, y) => Math.abs(y.difference) - Math.abs(x.difference));
}

function screenOf(alternative: ModelAlternative): ScreenOutcome {
  return {
    passes: passesScreen(alternative),
    failed: alternative.mustHaves.filter((check) => check.outcome === "fail"),
  };
}

/** Whether `alternative` would pass the screen with its rating on `criterion` set to `rating`. */
function passesWith(
  alternative: ModelAlternative,
  criterion: string,
  rating: number,
  model: DecisionModel,
): boolean {
  const option = {
    ...alternative.option,
    ratings: { ...alternative.option.ratings, [criterion]: rating },
  };
  const criteria = model.criteria.map((c) => c.spec);
  return model.mustHaves.every(
    (mustHave) => checkMustHave(mustHave, option, { criteria }).outcome !== "fail",
  );
}

function indexOf(model: DecisionModel, id: string): number {
  const index = model.alternatives.findIndex((alt) => alt.id === id);
  if (index < 0) {
    throw BearingError.input({
      code: "unknown_id",
      message: `no option "${id}" among the options in play`,
      hint: unknownIdHint(
        id,
        model.alternatives.map((alt) => alt.id),
        "options in play",
      ),
    });
  }
  return index;
}
