/**
 * The group view: the user and every reviewer who sent feedback, each with their own weights.
 *
 * - Each stakeholder's ranking: the additive model with their normalised weights (same partial
 *   values, same must-have screen).
 * - The group weights: the mean of the stakeholders' normalised weight vectors (the user's
 *   counted once, like each reviewer's).
 * - The group's robustness: SMAA-2 (Lahdelma & Salminen 2001) with weights drawn from the convex
 *   hull of the stakeholders' vectors, as group SMAA does when decision makers' preferences are
 *   to be represented jointly (Lahdelma & Salminen 2001; Lahdelma, Hokkanen & Salminen 1998):
 *   each sample is Σ_k λ_k w_k with λ uniform on the simplex (a flat Dirichlet(1, …, 1), drawn
 *   as normalised exponentials), so every compromise between the stakeholders is as likely.
 *   Ratings vary as in the user's own analysis.
 * - Where they disagree most: per criterion the spread (highest − lowest) of the stakeholders'
 *   weights, per option the spread of the ranks they give it.
 */
import { rank } from "../decision/methods.js";
import type { DecisionModel } from "../decision/model.js";
import { robustnessWithWeights } from "../decision/robustness.js";
import { smaaStreams, uniform } from "../mcda/smaa/random.js";
import type { Profile } from "../model/profile.js";
import { type Feedback, normalisedWeights } from "./feedback.js";

export interface StakeholderRanking {
  /** "you" for the user, else the reviewer's name. */
  name: string;
  /** Option ids, best first. */
  ranking: string[];
  /** Normalised weights by criterion id. */
  weights: Record<string, number>;
}

export interface GroupView {
  stakeholders: StakeholderRanking[];
  group: {
    /** Mean of the stakeholders' normalised weights, by criterion id (sums to 1). */
    weights: Record<string, number>;
    /** Share of group-SMAA samples in which each option comes first, by option id. */
    firstRankAcceptability: Record<string, number>;
    /** Option ids ranked by the group weights, best first. */
    ranking: string[];
  };
  /** Criteria by how far apart the stakeholders' weights are, widest first. */
  criteriaDisagreement: { criterion: string; low: number; high: number; spread: number }[];
  /** Options by how far apart the ranks the stakeholders give them are, widest first. */
  optionsDisagreement: { option: string; best: number; worst: number; spread: number }[];
  /** Every reviewer's comment, by option id. */
  comments: Record<string, { name: string; text: string }[]>;
}

/** The model with other weights (criteria order), ranked by the additive model. */
export function rankWith(model: DecisionModel, weights: readonly number[]) {
  return rank({
    ...model,
    criteria: model.criteria.map((c, j) => ({ ...c, weight: weights[j] ?? 0 })),
  });
}

/**
 * The group view of the user's model and the reviewers' feedback.
 * @param model the user's decision model (its weights are the user's).
 * @param reviewers feedback already checked against the profile (`checkFeedback`), comments
 *   keyed by the model's option ids.
 */
export function groupView(
  profile: Profile,
  model: DecisionModel,
  reviewers: readonly Feedback[],
): GroupView {
  const ids = model.criteria.map((c) => c.id);
  const vectors = [
    model.criteria.map((c) => c.weight),
    ...reviewers.map((r) => normalisedWeights(r, profile)),
  ];
  const names = ["you", ...reviewers.map((r) => r.name)];
  const byId = (w: readonly number[]) => Object.fromEntries(ids.map((id, j) => [id, w[j] ?? 0]));
  const rankings = vectors.map((w) => rankWith(model, w));
  const stakeholders = rankings.map((ranking, k) => ({
    name: names[k] as string,
    ranking: ranking.alternatives.map((a) => a.id),
    weights: byId(vectors[k] as number[]),
  }));
  const mean = ids.map((_, j) => vectors.reduce((sum, w) => sum + (w[j] ?? 0), 0) / vectors.length);
  const robust = robustnessWithWeights(model, {
    model: { kind: "samples", samples: hullSamples(vectors, model) },
    label: "weights anywhere between the stakeholders' (group SMAA, convex hull)",
  });
  const criteriaDisagreement = ids
    .map((criterion, j) => {
      const column = vectors.map((w) => w[j] ?? 0);
      const low = Math.min(...column);
      const high = Math.max(...column);
      return { criterion, low, high, spread: high - low };
    })
    .sort((a, b) => b.spread - a.spread);
  const optionsDisagreement = model.alternatives
    .map(({ id }) => {
      const ranks = rankings.map((r) => r.alternatives.find((a) => a.id === id)?.rank ?? 0);
      const best = Math.min(...ranks);
      const worst = Math.max(...ranks);
      return { option: id, best, worst, spread: worst - best };
    })
    .sort((a, b) => b.spread - a.spread);
  const comments: GroupView["comments"] = {};
  for (const reviewer of reviewers) {
    for (const [option, text] of Object.entries(reviewer.comments)) {
      if (text.trim() === "") continue;
      comments[option] = [...(comments[option] ?? []), { name: reviewer.name, text }];
    }
  }
  return {
    stakeholders,
    group: {
      weights: byId(mean),
      firstRankAcceptability: Object.fromEntries(
        robust.alternatives.map((a) => [a.id, a.firstRankAcceptability]),
      ),
      ranking: rankWith(model, mean).alternatives.map((a) => a.id),
    },
    criteriaDisagreement,
    optionsDisagreement,
    comments,
  };
}

/**
 * `settings.samples` weight vectors from the convex hull of `vectors`: Σ_k λ_k v_k with λ
 * uniform on the simplex (λ_k = E_k / Σ E, E_k = −ln U exponential). Seeded from
 * `settings.seed + 2`, a stream of its own. Judgements between options do not restrict these
 * draws: the group's weights are the stakeholders', not the user's alone.
 */
export function hullSamples(
  vectors: readonly (readonly number[])[],
  model: Pick<DecisionModel, "uncertainty">,
): { rows: number; cols: number; data: Float64Array } {
  const rows = model.uncertainty.samples;
  const cols = vectors[0]?.length ?? 0;
  const data = new Float64Array(rows * cols);
  const rng = smaaStreams(model.uncertainty.seed + 2).weights;
  const lambda = new Float64Array(vectors.length);
  for (let k = 0; k < rows; k++) {
    let total = 0;
    for (let s = 0; s < vectors.length; s++) {
      const e = -Math.log(1 - uniform(rng));
      lambda[s] = e;
      total += e;
    }
    for (let j = 0; j < cols; j++) {
      let w = 0;
      for (let s = 0; s < vectors.length; s++)
        w += ((lambda[s] as number) / total) * (vectors[s]?.[j] ?? 0);
      data[k * cols + j] = w;
    }
  }
  return { rows, cols, data };
}
