/**
 * The workspace's options ranked by other multi-criteria methods, for comparison with the
 * additive value model. Every method reads the same decision matrix of partial values (the
 * value functions already express each criterion's direction and scale, so all criteria are
 * "more is better" in [0, 1]); uncertain ratings count at their midpoint, missing ones at 0.5.
 */
import { promethee2 } from "../mcda/promethee/promethee2.js";
import { topsis } from "../mcda/topsis.js";
import { vikor } from "../mcda/vikor.js";
import type { RankMethod } from "./method-names.js";
import type { DecisionModel } from "./model.js";
import { pointValues, type Ranking, rankAlternatives, rankScreened } from "./rank.js";
import type { Robustness } from "./robustness.js";

export interface MethodScores {
  method: Exclude<RankMethod, "wsm" | "smaa2">;
  /** One score per alternative of the model, in model order. */
  scores: number[];
  higherIsBetter: boolean;
  /** What the score is, for people. */
  scoreName: string;
}

/** What {@link rank} is asked: a method, and for SMAA-2 the robustness it ranks by. */
export type RankRequest =
  | { method?: Exclude<RankMethod, "smaa2"> }
  | { method: "smaa2"; robustness: Robustness };

/**
 * bearing's one ranking entry point: the model's alternatives ranked by `method` (default
 * `wsm`, the additive value model; `topsis`, `promethee2`, `vikor` over the same partial
 * values; `smaa2` by first-rank acceptability from `robustness`), with the must-have screen
 * first and one tie rule (`mcda/rank.ts`). Contributions and `score` are always the weighted
 * sum's; `methodScore` is the method's own. Used by the CLI and the page.
 * @throws BearingError (input) as the methods do for a degenerate matrix.
 */
export function rank(model: DecisionModel, request: RankRequest = {}): Ranking {
  const additive = rankAlternatives(model);
  const method = request.method ?? "wsm";
  if (method === "wsm") return additive;
  return rankByMethod(additive, model, method, "robustness" in request ? request.robustness : null);
}

/**
 * Scores the model's alternatives with TOPSIS (vector normalisation; Hwang & Yoon 1981),
 * PROMETHEE II (usual preference functions; Brans & Vincke 1985) or VIKOR (v = 0.5;
 * Opricovic & Tzeng 2004).
 */
export function scoreBy(model: DecisionModel, method: MethodScores["method"]): MethodScores {
  if (model.alternatives.length === 0) {
    // Nothing to rank yet (as the weighted sum says): the engines need a non-empty matrix.
    const names = { topsis: "closeness", promethee2: "net flow", vikor: "Q" } as const;
    return { method, scores: [], higherIsBetter: method !== "vikor", scoreName: names[method] };
  }
  const problem = {
    matrix: model.alternatives.map((alternative) => pointValues(alternative)),
    weights: model.criteria.map((c) => c.weight),
    directions: model.criteria.map(() => "max" as const),
  };
  if (method === "topsis") {
    const result = topsis(problem, { normalization: "vector" });
    return {
      method,
      scores: Array.from(result.closeness),
      higherIsBetter: true,
      scoreName: "closeness",
    };
  }
  if (method === "promethee2") {
    const result = promethee2(problem);
    return {
      method,
      scores: Array.from(result.netFlow),
      higherIsBetter: true,
      scoreName: "net flow",
    };
  }
  const result = vikor(problem);
  return { method, scores: Array.from(result.Q), higherIsBetter: false, scoreName: "Q" };
}

/**
 * The additive ranking re-ordered by another method: `rank` and `methodScore` become that
 * method's (SMAA-2: first-rank acceptability from `robust`), contributions stay the weighted
 * sum's. Options that fail a must-have still come after all others (scores are computed over
 * every option); ties share the best rank.
 */
function rankByMethod(
  ranking: Ranking,
  model: DecisionModel,
  method: Exclude<RankMethod, "wsm">,
  robust: Robustness | null,
): Ranking {
  const { scores, higherIsBetter, scoreName } =
    method === "smaa2"
      ? {
          scores: model.alternatives.map(
            (alt) => robust?.alternatives.find((r) => r.id === alt.id)?.firstRankAcceptability ?? 0,
          ),
          higherIsBetter: true,
          scoreName: "first-rank acceptability",
        }
      : scoreBy(model, method);
  const byId = new Map(model.alternatives.map((alt, i) => [alt.id, i]));
  const scored = ranking.alternatives.map((alt) => ({
    ...alt,
    methodScore: scores[byId.get(alt.id) ?? 0] ?? 0,
  }));
  // The must-have screen comes before any method, as in the weighted sum: options that fail
  // one are ranked after all the others.
  const alternatives = rankScreened(scored, (alt) => alt.methodScore ?? 0, higherIsBetter);
  return { ...ranking, method, alternatives, scoreName };
}
