/**
 * The additive value model (weighted sum of partial values; Keeney & Raiffa 1976):
 * score(a) = Σ_j w_j · v_j(a), with per-criterion contributions w_j · v_j(a).
 */
import { rankScores } from "../mcda/rank.js";
import { weightedSumOf } from "../mcda/wsm.js";
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
 * then compensation among the rest); ties (scores equal up to rounding, `mcda/rank.ts`) share
 * the best rank.
 */
export function rankAlternatives(model: DecisionModel): Ranking {
  const weights = model.criteria.map((c) => c.weight);
  const scored = model.alternatives.map((alternative) =>
    scoreAlternative(model, alternative, weights),
  );
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
    alternatives: rankScreened(scored, (alt) => alt.score, true),
    excluded: model.excluded,
  };
}

/**
 * Ranks alternatives by a score under a must-have screen: those that pass come first, ranked
 * among themselves, then those that fail, ranked among themselves after them; within each,
 * rank = 1 + the number that beat it (bearing's one tie rule, `mcda/rank.ts`), ties sharing
 * the best rank. Returns copies with `rank` set, best first (stable among ties).
 */
export function rankScreened(
  alternatives: readonly RankedAlternative[],
  scoreOf: (alternative: RankedAlternative) => number,
  higherIsBetter: boolean,
): RankedAlternative[] {
  const eligible = alternatives.filter((alt) => alt.eligible);
  const screened = alternatives.filter((alt) => !alt.eligible);
  const group = (members: readonly RankedAlternative[], offset: number) => {
    const ranks = rankScores(members.map(scoreOf), { higherIsBetter });
    return members
      .map((alt, k) => ({ ...alt, rank: offset + (ranks[k] ?? 0) }))
      .sort((x, y) => x.rank - y.rank);
  };
  return [...group(eligible, 0), ...group(screened, eligible.length)];
}

/** Point partial values of an alternative: interval midpoints. */
export function pointValues(alternative: ModelAlternative): number[] {
  return alternative.valueLow.map((low, j) => (low + (alternative.valueHigh[j] ?? low)) / 2);
}

function scoreAlternative(
  model: DecisionModel,
  alternative: ModelAlternative,
  weights: readonly number[],
): RankedAlternative {
  const values = pointValues(alternative);
  const contributions = model.criteria.map((criterion, j): Contribution => {
    const value = values[j] ?? 0;
    const contribution = criterion.weight * value;
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
    score: weightedSumOf(values, weights),
    scoreRange: [
      weightedSumOf(alternative.valueLow, weights),
      weightedSumOf(alternative.valueHigh, weights),
    ],
    contributions,
    missing: alternative.missing,
    uncertain: alternative.uncertain,
    mustHaves: alternative.mustHaves,
    eligible: passesScreen(alternative),
  };
}
