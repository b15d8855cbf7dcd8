/**
 * How robust is the ranking? SMAA-2 (Lahdelma & Salminen 2001) over the workspace's own
 * uncertainty: uncertain ratings vary within their intervals, missing ratings over the whole
 * scale, and weights around the stated ones. Plus the exact weight-stability intervals of the
 * additive model (for each criterion, how far its weight can move before the top option, or
 * the ranking, changes).
 *
 * Options that fail a must-have are screened out as they are in the ranking (a conjunctive
 * screen before compensation): in every simulation they rank after all the others. They still
 * take part, so that the rank acceptabilities of each option sum to 1.
 */

import type { Issue } from "../errors.js";
import { weightStability } from "../mcda/sensitivity/weight-stability.js";
import { interiorPoint, type Polytope } from "../mcda/smaa/hit-and-run.js";
import { smaaStreams, uniform } from "../mcda/smaa/random.js";
import { smaa2 } from "../mcda/smaa/smaa2.js";
import type { WeightModel } from "../mcda/smaa/weight-sampling.js";
import { compatiblePolytope, JUDGEMENT_EPSILON, type PreferenceRow } from "./judgements.js";
import type { DecisionModel, ModelUncertainty } from "./model.js";
import { type RobustnessInputs, robustnessInputs } from "./robustness-inputs.js";

export interface AlternativeRobustness {
  id: string;
  /** Share of samples in which the option ranks first, in [0, 1]. */
  firstRankAcceptability: number;
  /**
   * rankAcceptability[r] = share of samples with rank r + 1, for the first
   * min(n, {@link RANKS_KEPT}) ranks (all of them up to 30 options, so each sums to 1 there).
   */
  rankAcceptability: number[];
  /** Mean weights over the samples where the option ranks first (null if it never does). */
  centralWeights: number[] | null;
  /** Share of samples in which the option wins with its central weights (null if none). */
  confidence: number | null;
  /** Fails a must-have: ranked after every option that does not, in every sample. */
  screenedOut: boolean;
}

/**
 * How many leading ranks the simulation counts for each option: a rank-acceptability table
 * past 30 ranks is not read, and counting all n ranks of n options costs n x n memory (10^6
 * counts at 1,000 options, 2.5 x 10^7 at 5,000) and a full sort per sample. First-rank
 * acceptabilities, central weights and confidence factors do not depend on it.
 */
export const RANKS_KEPT = 30;

export interface CriterionStability {
  criterion: string;
  weight: number;
  /** Weights of this criterion (others rescaled proportionally) keeping the top option. */
  top: { low: number; high: number };
  /** Weights keeping the whole ranking. */
  ranking: { low: number; high: number };
}

export interface Robustness {
  samples: number;
  seed: number;
  /** How weights were sampled, in words (for reports). */
  weightModel: string;
  alternatives: AlternativeRobustness[];
  stability: CriterionStability[];
  /** E.g. stated weights that leave no room for the judgements (absent: none). */
  warnings?: Issue[];
}

/**
 * The weight distribution SMAA samples from, from the model's uncertainty settings
 * (`ModelUncertainty`; with judgements or trade-off answers, see `restrictedWeightModel`):
 * - `order` (rank weighting): every weight vector that respects the stated order (uniform on
 *   it);
 * - `spread`: each stated weight is multiplied by a uniform factor in
 *   [1 − s, 1 + s] (s = `settings.weightUncertainty`, default 0.25), or drawn uniformly from
 *   the criterion's `weightInterval`, and the vector is renormalised (so an interval bounds
 *   the draw, not the normalised weight). Drawn here, from a stream of its own derived from the
 *   seed, and handed to SMAA as pre-drawn samples: none of the engine's weight models
 *   (`smaa/weight-sampling.ts`) varies each weight around its own value.
 */
export function weightModelFor(
  uncertainty: ModelUncertainty,
  weights: readonly number[],
): { model: WeightModel; label: string; warnings: Issue[] } {
  const { preferences } = uncertainty;
  if (uncertainty.weights.kind === "judgements" || preferences.length > 0) {
    return restrictedWeightModel(uncertainty, weights, preferences);
  }
  return { ...statedWeightModel(uncertainty, weights), warnings: [] };
}

function statedWeightModel(
  uncertainty: ModelUncertainty,
  weights: readonly number[],
): { model: WeightModel; label: string } {
  const varies = uncertainty.weights;
  if (varies.kind !== "spread") {
    const ranks = varies.kind === "order" ? [...varies.ranks] : weights.map(() => 1);
    return {
      model: { kind: "order", ranks },
      label: "any weights in the stated order of importance",
    };
  }
  const { spread, intervals } = varies;
  const m = weights.length;
  const { samples } = uncertainty;
  const data = new Float64Array(samples * m);
  // A stream apart from SMAA's own (seed + 1), so weights and values stay independent.
  const rng = smaaStreams(uncertainty.seed + 1).weights;
  for (let k = 0; k < samples; k++) {
    let total = 0;
    for (let j = 0; j < m; j++) {
      const interval = intervals[j];
      const u = uniform(rng);
      const w = interval
        ? interval[0] + u * (interval[1] - interval[0])
        : (weights[j] ?? 0) * (1 - spread + 2 * spread * u);
      data[k * m + j] = w;
      total += w;
    }
    for (let j = 0; j < m; j++)
      data[k * m + j] = total > 0 ? (data[k * m + j] as number) / total : 1 / m;
  }
  return {
    model: { kind: "samples", samples: { rows: samples, cols: m, data } },
    label: `each weight varied by up to ±${Math.round(spread * 100)}% of itself`,
  };
}

/**
 * The weight distribution restricted by judgements and trade-off answers (`judgements.ts`):
 * uniform by hit-and-run on
 * - `judgements` weighting: the compatible set (every weighting under which they all hold);
 * - `rank`: the weights in the stated order that are compatible;
 * - otherwise: the box the stated weights are varied in (±`weightUncertainty`, or each
 *   `weightInterval`), before renormalising, cut by the judgements (homogeneous there:
 *   Σ_j w_j (Δv_j − ε) ≥ 0 is U(a) − U(b) ≥ ε after renormalising). This is the stated-weight
 *   distribution conditioned on the judgements holding.
 * When the stated weights leave no room for the judgements, the compatible set is sampled
 * instead, with a warning.
 */
function restrictedWeightModel(
  uncertainty: ModelUncertainty,
  weights: readonly number[],
  preferences: readonly PreferenceRow[],
): { model: WeightModel; label: string; warnings: Issue[] } {
  const m = weights.length;
  const count = preferences.length === 1 ? "judgement" : `${preferences.length} judgements`;
  const compatible: WeightModel = {
    kind: "polytope",
    polytope: compatiblePolytope(m, preferences),
  };
  const varies = uncertainty.weights;
  if (varies.kind === "judgements") {
    return {
      model: compatible,
      label: `any weights that agree with your ${count} (uniform, hit-and-run)`,
      warnings: [],
    };
  }
  let polytope: Polytope;
  let label: string;
  if (varies.kind === "order") {
    const { ranks } = varies;
    const order: Polytope["rows"][number][] = [];
    for (let a = 0; a < m; a++) {
      for (let b = 0; b < m; b++) {
        if ((ranks[a] ?? 1) < (ranks[b] ?? 1)) {
          const coefficients = new Array<number>(m).fill(0);
          coefficients[a] = 1;
          coefficients[b] = -1;
          order.push({ coefficients, min: 0 });
        }
      }
    }
    polytope = compatiblePolytope(m, preferences, order);
    label = `any weights in the stated order of importance that agree with your ${count}`;
  } else {
    const { spread, intervals } = varies;
    const low = weights.map((w, j) => intervals[j]?.[0] ?? w * (1 - spread));
    const high = weights.map((w, j) => intervals[j]?.[1] ?? w * (1 + spread));
    polytope = {
      m,
      simplex: false,
      low,
      high,
      rows: preferences.map((row) => ({
        coefficients: row.coefficients.map((c) => c - JUDGEMENT_EPSILON),
        min: 0,
      })),
    };
    label = `each weight varied by up to ±${Math.round(spread * 100)}% of itself, keeping your ${count}`;
  }
  if (interiorPoint(polytope) !== null)
    return { model: { kind: "polytope", polytope }, label, warnings: [] };
  return {
    model: compatible,
    label: `any weights that agree with your ${count} (your stated weights leave them no room)`,
    warnings: [
      {
        code: "inconsistent",
        severity: "warning",
        path: ["judgements"],
        message: `your stated weights cannot be squared with your ${count}: the robustness analysis uses every weighting that agrees with the judgements instead`,
        hint: "see which weights would need to change below the ranking, or set weighting.method: judgements",
      },
    ],
  };
}

const SCREEN_SHIFT = -2;

/**
 * What every sample of the robustness simulation drew, for analyses that need more than the
 * SMAA indices (the value of information, `information-value.ts`).
 */
export interface SimulationDraws {
  /** N, the number of samples. */
  samples: number;
  /** Number of alternatives n, in the model's order. */
  alternatives: number;
  /**
   * N x n overall values (weighted sums of partial values, 0–1), row-major: sample k,
   * alternative i at k n + i. Options that fail a must-have are lowered by 2, as in the ranking.
   */
  overall: Float64Array;
  /**
   * One entry per uncertain or missing rating of the model (a cell whose partial value varies):
   * the alternative and criterion indices, and the N partial values (0–1) drawn for it.
   */
  ratings: { alternative: number; criterion: number; values: Float64Array }[];
}

/**
 * Runs SMAA-2 and the weight-stability analysis on a decision model.
 * @throws BearingError (input) when the weight intervals are infeasible.
 */
export function robustness(model: DecisionModel): Robustness {
  return simulate(robustnessInputs(model), false, drawnWeights(model)).robustness;
}

/**
 * {@link robustness} with the weights drawn from the given model instead of the decision's own
 * (e.g. a group's weights, `share/group.ts`); same seed and samples.
 */
export function robustnessWithWeights(
  model: DecisionModel,
  weights: { model: WeightModel; label: string },
): Robustness {
  return simulate(robustnessInputs(model), false, weights).robustness;
}

/**
 * {@link robustness}, also keeping every sample's draws (same seed, same figures).
 * Memory: 8 N (n + c) bytes for c uncertain or missing ratings.
 * @throws BearingError (input) when the weight intervals are infeasible.
 */
export function robustnessWithDraws(model: DecisionModel): {
  robustness: Robustness;
  draws: SimulationDraws;
} {
  const { robustness, draws } = simulate(robustnessInputs(model), true, drawnWeights(model));
  return {
    robustness,
    draws: draws ?? {
      samples: robustness.samples,
      alternatives: model.alternatives.length,
      overall: new Float64Array(0),
      ratings: [],
    },
  };
}

/**
 * Under judgements weighting the model already drew the compatible weights (same seed and
 * samples, `judgements.ts`): the simulation reuses them instead of drawing them again.
 */
function drawnWeights(model: DecisionModel): { model: WeightModel; label: string } | undefined {
  const drawn = model.weightDraws;
  const m = model.criteria.length;
  const { samples } = model.uncertainty;
  if (model.uncertainty.weights.kind !== "judgements" || !drawn || drawn.length !== samples * m) {
    return undefined;
  }
  const { label } = weightModelFor(
    model.uncertainty,
    model.criteria.map((c) => c.weight),
  );
  return { model: { kind: "samples", samples: { rows: samples, cols: m, data: drawn } }, label };
}

function simulate(
  model: RobustnessInputs,
  recordDraws: boolean,
  weightsGiven?: { model: WeightModel; label: string },
): { robustness: Robustness; draws: SimulationDraws | null } {
  const n = model.alternatives.length;
  const m = model.criteria.length;
  const { weights } = model;
  const { samples, seed } = model.uncertainty;
  if (n === 0) {
    return {
      robustness: { samples, seed, weightModel: "", alternatives: [], stability: [], warnings: [] },
      draws: null,
    };
  }
  const screened = model.alternatives.map((a) => a.failsMustHave);
  // When every option fails, the ranking compares them all by score; so does SMAA then.
  const screening = screened.some((s) => !s);
  // Weights sum to 1 and partial values lie in [0, 1], so lowering every partial value of a
  // screened option by 2 lowers its utility by exactly 2: below every other option, in the
  // same order among the screened ones.
  const shiftOf = (i: number) => (screening && screened[i] ? SCREEN_SHIFT : 0);
  const low = new Float64Array(n * m);
  const high = new Float64Array(n * m);
  model.alternatives.forEach((alternative, i) => {
    const shift = shiftOf(i);
    for (let j = 0; j < m; j++) {
      low[i * m + j] = (alternative.low[j] ?? 0) + shift;
      high[i * m + j] = (alternative.high[j] ?? 1) + shift;
    }
  });
  const {
    model: weightModel,
    label,
    warnings,
  } = weightsGiven ? { ...weightsGiven, warnings: [] } : weightModelFor(model.uncertainty, weights);
  const result = smaa2({
    values: {
      kind: "intervals",
      low: { rows: n, cols: m, data: low },
      high: { rows: n, cols: m, data: high },
    },
    weights: weightModel,
    samples,
    seed,
    recordDraws,
    ranks: Math.min(n, RANKS_KEPT),
  });
  const alternatives = model.alternatives.map((alternative, i): AlternativeRobustness => {
    const R = result.rankAcceptability.cols;
    const row = result.rankAcceptability.data.subarray(i * R, (i + 1) * R);
    const central = result.centralWeights[i];
    return {
      id: alternative.id,
      firstRankAcceptability: result.firstRankAcceptability[i] ?? 0,
      rankAcceptability: Array.from(row),
      centralWeights: central ? Array.from(central) : null,
      confidence: result.confidence[i] ?? null,
      screenedOut: screening && (screened[i] ?? false),
    };
  });
  const values = model.alternatives.map((alternative, i) =>
    alternative.low.map((lo, j) => (lo + (alternative.high[j] ?? lo)) / 2 + shiftOf(i)),
  );
  const stability =
    n < 2
      ? []
      : weightStability(values, weights).map(
          (s): CriterionStability => ({
            criterion: model.criteria[s.criterion] ?? String(s.criterion),
            weight: s.weight,
            top: { low: s.top.low, high: s.top.high },
            ranking: { low: s.ranking.low, high: s.ranking.high },
          }),
        );
  const recorded = result.draws;
  const draws: SimulationDraws | null = recorded
    ? {
        samples: result.samples,
        alternatives: n,
        overall: recorded.utilities,
        ratings: Array.from(recorded.cells, (cell, t) => ({
          alternative: Math.floor(cell / m),
          criterion: cell % m,
          values: recorded.values.subarray(t * result.samples, (t + 1) * result.samples),
        })),
      }
    : null;
  return {
    robustness: {
      samples: result.samples,
      seed,
      weightModel: label,
      alternatives,
      stability,
      warnings,
    },
    draws,
  };
}
