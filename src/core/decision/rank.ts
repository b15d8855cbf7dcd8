/**
 * The additive value model (weighted sum of partial values; Keeney & Raiffa 1976):
 * score(a) = Σ_j w_j · v_j(a), with per-criterion contributions w_j · v_j(a).
 */
import type { Rating } from "../model/option.js";
import type { RankMethod } from "./method-names.js";
import {
  type DecisionModel,
  type ModelAlternative,
  type MustHaveCheck,
  passesScreen,
} from "./model.js";

export interface Contribution {
  criterion: string;
  rating: Rating;
  /** Partial value in [0, 1] (interval midpoint when uncertain, 0.5 when missing). */
  value: number;
  /** weight × value; the contributions of an alternative sum to its score. */
  contribution: number;
  missing: boolean;
  uncertain: boolean;
}

export interface RankedAlternative {
  id: string;
  title: string;
  status: string;
  /** 1-based rank; ties share the best rank. Alternatives failing a must-have come last. */
  rank: number;
  /** Weighted sum of partial values, in [0, 1]. */
  score: number;
  /** Lowest and highest score the uncertain and missing ratings allow. */
  scoreRange: [number, number];
  contributions: Contribution[];
  missing: string[];
  uncertain: string[];
  mustHaves: MustHaveCheck[];
  /** False when a must-have fails. */
  eligible: boolean;
  /** The ranking method's own score, when ranked by a method other than the weighted sum. */
  methodScore?: number;
}

export interface Ranking {
  question: string;
  /** The method that decided `rank` (contributions are always the weighted sum's). */
  method: RankMethod;
  /** What `methodScore` measures, when `method` is not `wsm`. */
  scoreName?: string;
  criteria: {
    id: string;
    name: string;
    weight: number;
    direction: "max" | "min";
    unit: string | null;
  }[];
  alternatives: RankedAlternative[];
  excluded: string[];
}

/**
 * Ranks the alternatives of a decision model by the additive value model.
 *
 * A missing rating counts at the midpoint of its possible values (0.5) in `score`, so that
 * it neither rewards nor punishes the option, and widens `scoreRange` over the whole scale.
 * Alternatives that fail a must-have are ranked after all others (a conjunctive screen,
 * then compensation among the rest); ties share the best rank.
 */
export function rankAlternatives(model: DecisionModel): Ranking {
  const scored = model.alternatives.map((alternative) => scoreAlternative(model, alternative));
  scored.sort((a, b) => Number(b.eligible) - Number(a.eligible) || b.score - a.score);
  for (let i = 0; i < scored.length; i++) {
    const current = scored[i] as RankedAlternative;
    const previous = scored[i - 1];
    current.rank =
      previous &&
      previous.eligible === current.eligible &&
      nearlyEqual(previous.score, current.score)
        ? previous.rank
        : i + 1;
  }
  return {
    question: model.question,
    method: "wsm",
    criteria: model.criteria.map(({ id, name, weight, direction, unit }) => ({
      id,
      name,
      weight,
      direction,
      unit,
    })),
    alternatives: scored,
    excluded: model.excluded,
  };
}

/** Point partial values of an alternative: interval midpoints. */
export function pointValues(alternative: ModelAlternative): number[] {
  return alternative.valueLow.map((low, j) => (low + (alternative.valueHigh[j] ?? low)) / 2);
}

function scoreAlternative(model: DecisionModel, alternative: ModelAlternative): RankedAlternative {
  const values = pointValues(alternative);
  let score = 0;
  let low = 0;
  let high = 0;
  const contributions = model.criteria.map((criterion, j): Contribution => {
    const value = values[j] ?? 0;
    const contribution = criterion.weight * value;
    score += contribution;
    low += criterion.weight * (alternative.valueLow[j] ?? 0);
    high += criterion.weight * (alternative.valueHigh[j] ?? 0);
    return {
      criterion: criterion.id,
      rating: alternative.ratings[j] ?? null,
      value,
      contribution,
      missing: alternative.missing.includes(criterion.id),
      uncertain: alternative.uncertain.includes(criterion.id),
    };
  });
  return {
    id: alternative.id,
    title: alternative.title,
    status: alternative.option.status,
    rank: 0,
    score,
    scoreRange: [low, high],
    contributions,
    missing: alternative.missing,
    uncertain: alternative.uncertain,
    mustHaves: alternative.mustHaves,
    eligible: passesScreen(alternative),
  };
}

function nearlyEqual(a: number, b: number): boolean {
  return Math.abs(a - b) <= 1e-12;
}
