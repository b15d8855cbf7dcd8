/**
 * Guided trade-off questions in the manner of PAPRIKA (Hansen & Ombler 2008, "A new method for
 * scoring additive multi-attribute value models using pairwise rankings of alternatives",
 * Journal of Multi-Criteria Decision Analysis 15(3-4):87-107): the person chooses between two
 * hypothetical roles that differ on exactly two criteria, everything else being equal, e.g.
 * "strong on strategy and weak on coaching, or weak on strategy and strong on coaching?".
 * Each answer is a linear constraint on the weights (`judgements.ts`, trade-off answers).
 *
 * Unlike PAPRIKA, which asks every question not implied by earlier answers, the next question
 * here is the one the weights still compatible with all answers are most divided on: the share
 * of (hit-and-run) samples of the compatible set under which the first role wins is closest to
 * one half, so either answer cuts the set about in two (the "most divided" choice of the brief;
 * a greedy halving of the compatible polytope's volume).
 *
 * Levels: a criterion's best, worst and middle rating on its scale (the ends of the value
 * function's bounds, and their midpoint). Questions per pair of criteria (a, b):
 *   (a best, b worst) vs (a worst, b best)  — is a's full swing worth more than b's?
 *   (a best, b worst) vs (a middle, b best) — is half of a's swing worth more than b's?
 *   and the same with a and b exchanged.
 */

import { beats } from "../mcda/rank.js";
import { weightedSumOf } from "../mcda/wsm.js";
import type { DecisionOption } from "../model/option.js";
import type { Profile, Tradeoff } from "../model/profile.js";
import {
  JUDGEMENT_EPSILON,
  meanCompatibleWeights,
  type PreferenceRow,
  pointValue,
  tradeoffRow,
} from "./judgements.js";
import { buildModel, type DecisionModel, type ModelCriterion } from "./model.js";
import { partialValue } from "./value-function.js";

/**
 * Compatible weight samples drawn to choose each question: with 2000, a share's standard error
 * is at most √(0.25/2000) ≈ 0.011, enough to tell a 50/50 question from a settled 95/5 one.
 */
export const QUESTION_SAMPLES = 2000;
/** Leader's share of the compatible weights at which the ranking counts as settled (0–1). */
export const SETTLED = 0.95;

export interface TradeoffQuestion {
  /** The two hypothetical roles: ratings on the two criteria they differ on. */
  first: Record<string, number>;
  second: Record<string, number>;
  /** Share of the compatible weight samples under which `first` is better (0–1). */
  firstShare: number;
  /** The two criteria, in the order the question names them. */
  criteria: [string, string];
}

interface Levels {
  best: number;
  worst: number;
  middle: number;
}

function levels(criterion: ModelCriterion): Levels {
  const [lo, hi] = criterion.valueFunction.bounds;
  const vf = criterion.valueFunction;
  const best = partialValue(vf, hi) >= partialValue(vf, lo) ? hi : lo;
  const worst = best === hi ? lo : hi;
  const raw = (lo + hi) / 2;
  const middle =
    criterion.spec.scale.kind === "rating" ? Math.round(raw) : Number(raw.toPrecision(3));
  return { best, worst, middle };
}

/** Every candidate question (see the module note), without its share. */
export function candidateQuestions(
  model: DecisionModel,
): { first: Record<string, number>; second: Record<string, number>; criteria: [string, string] }[] {
  const out: {
    first: Record<string, number>;
    second: Record<string, number>;
    criteria: [string, string];
  }[] = [];
  const criteria = model.criteria.filter((c) => {
    const [lo, hi] = c.valueFunction.bounds;
    return hi > lo;
  });
  for (let i = 0; i < criteria.length; i++) {
    for (let k = i + 1; k < criteria.length; k++) {
      const a = criteria[i] as ModelCriterion;
      const b = criteria[k] as ModelCriterion;
      const la = levels(a);
      const lb = levels(b);
      out.push({
        first: { [a.id]: la.best, [b.id]: lb.worst },
        second: { [a.id]: la.worst, [b.id]: lb.best },
        criteria: [a.id, b.id],
      });
      if (la.middle !== la.best && la.middle !== la.worst) {
        out.push({
          first: { [a.id]: la.best, [b.id]: lb.worst },
          second: { [a.id]: la.middle, [b.id]: lb.best },
          criteria: [a.id, b.id],
        });
      }
      if (lb.middle !== lb.best && lb.middle !== lb.worst) {
        out.push({
          first: { [b.id]: lb.best, [a.id]: la.worst },
          second: { [b.id]: lb.middle, [a.id]: la.best },
          criteria: [b.id, a.id],
        });
      }
    }
  }
  return out;
}

const same = (x: Record<string, number>, y: Record<string, number>) =>
  Object.keys(x).length === Object.keys(y).length &&
  Object.entries(x).every(([k, v]) => y[k] === v);

/** True when the answer records this question (either way round). */
export function answers(
  tradeoff: Tradeoff,
  first: Record<string, number>,
  second: Record<string, number>,
): boolean {
  return (
    (same(tradeoff.prefer, first) && same(tradeoff.over, second)) ||
    (same(tradeoff.prefer, second) && same(tradeoff.over, first))
  );
}

/**
 * The next question: the unanswered candidate whose first role wins under a share of the
 * compatible weight samples closest to 1/2, or null when every candidate is settled (each
 * answer already implied by more than `settled` of the samples, either way).
 * @param draws compatible weight samples (samples × m, row-major)
 */
export function nextQuestion(
  model: DecisionModel,
  answered: readonly Tradeoff[],
  draws: Float64Array,
  settled = 0.95,
): TradeoffQuestion | null {
  const m = model.criteria.length;
  const N = Math.floor(draws.length / m);
  let best: TradeoffQuestion | null = null;
  for (const q of candidateQuestions(model)) {
    if (answered.some((t) => answers(t, q.first, q.second))) continue;
    const row = tradeoffRow(model, q.first, q.second);
    let wins = 0;
    for (let k = 0; k < N; k++) {
      let s = 0;
      for (let j = 0; j < m; j++) s += (row[j] as number) * (draws[k * m + j] as number);
      if (s > JUDGEMENT_EPSILON / 2) wins++;
    }
    const share = N > 0 ? wins / N : 0.5;
    if (share > settled || share < 1 - settled) continue;
    if (!best || Math.abs(share - 0.5) < Math.abs(best.firstShare - 0.5)) {
      best = { ...q, firstShare: share };
    }
  }
  return best;
}

/**
 * The share of weight samples under which each option has the highest overall value (at the
 * options' point values; ties go to the first), a quick first-rank acceptability for deciding
 * whether to ask more.
 */
export function leaderShares(model: DecisionModel, draws: Float64Array): number[] {
  const m = model.criteria.length;
  const n = model.alternatives.length;
  const N = Math.floor(draws.length / m);
  const values = model.alternatives.map((a) =>
    a.valueLow.map((low, j) => pointValue(low, a.valueHigh[j] ?? low)),
  );
  const wins = new Array<number>(n).fill(0);
  for (let k = 0; k < N; k++) {
    let top = Number.NEGATIVE_INFINITY;
    let leader = -1;
    for (let i = 0; i < n; i++) {
      // The one weighted sum (products commute: the same bits as w_j v_j) and the one tie rule.
      const u = weightedSumOf(draws, values[i] as number[], k * m);
      if (leader < 0 || beats(u, top)) {
        top = u;
        leader = i;
      }
    }
    if (leader >= 0) wins[leader] = (wins[leader] as number) + 1;
  }
  return wins.map((w) => (N > 0 ? w / N : 0));
}
/** Where guided weighing stands: what `bearing weigh` and the workbench's screen show next. */
export interface WeighingState {
  /** The decision model, its weights drawn with {@link QUESTION_SAMPLES} samples. */
  model: DecisionModel;
  /** The judgements and trade-off answers as constraints on the weights. */
  rows: PreferenceRow[];
  /** The compatible weight samples (QUESTION_SAMPLES × m, row-major). */
  draws: Float64Array;
  /** Per option (model order): share of the samples under which it comes first (0–1). */
  shares: number[];
  /** The option first under the most samples, and that share; null without options. */
  leader: { id: string; share: number } | null;
  /**
   * Why no question is asked, or null when `question` is set: `settled` (the leader's share is
   * at least {@link SETTLED}), `no-question` (every candidate is decided by the samples or
   * answered or skipped).
   */
  stopped: "settled" | "no-question" | null;
  question: TradeoffQuestion | null;
}

/**
 * The state of guided weighing for a profile and the options as the decision sees them: the
 * model built with {@link QUESTION_SAMPLES} compatible weight samples (seeded by
 * `settings.seed`), each option's share of first places under them, and the next question
 * ({@link nextQuestion}) unless the ranking is settled. The one path of `bearing weigh` and
 * the workbench's trade-off screen.
 * @param skipped questions the person could not answer (either way round), not asked again
 * @throws BearingError (input) when the weights cannot be derived or the judgements and
 *   answers conflict (issues with unlocated paths `judgements[k]` / `tradeoffs[k]`)
 */
export function weighingState(
  profile: Profile,
  options: readonly DecisionOption[],
  skipped: readonly Tradeoff[] = [],
): WeighingState {
  const sampled: Profile = {
    ...profile,
    settings: { ...profile.settings, samples: QUESTION_SAMPLES },
  };
  const model = buildModel(sampled, options);
  const rows = model.uncertainty.preferences;
  // Under judgements weighting the model drew these samples already (same rows and seed).
  const draws =
    model.weightDraws ??
    meanCompatibleWeights(model.criteria.length, rows, QUESTION_SAMPLES, profile.settings.seed)
      .draws;
  const shares = leaderShares(model, draws);
  const best = shares.length > 0 ? shares.indexOf(Math.max(...shares)) : -1;
  const leader =
    best >= 0 ? { id: model.alternatives[best]?.id ?? "", share: shares[best] ?? 0 } : null;
  if (leader && leader.share >= SETTLED) {
    return { model, rows, draws, shares, leader, stopped: "settled", question: null };
  }
  const question = nextQuestion(model, [...profile.tradeoffs, ...skipped], draws);
  return {
    model,
    rows,
    draws,
    shares,
    leader,
    stopped: question ? null : "no-question",
    question,
  };
}

/**
 * A hypothetical role in plain words: "strong on Shape technology strategy (5) and weak on
 * Coach and grow people (1)" — strong at the top of the value function (≥ 0.99), weak at the
 * bottom (≤ 0.01), middling between, with the rating and its unit.
 */
export function describeRole(model: DecisionModel, role: Record<string, number>): string {
  return Object.entries(role)
    .map(([id, rating]) => {
      const c = model.criteria.find((x) => x.id === id);
      if (!c) return id;
      const v = partialValue(c.valueFunction, rating);
      const word = v >= 0.99 ? "strong" : v <= 0.01 ? "weak" : "middling";
      return `${word} on ${c.name} (${rating.toLocaleString("en")}${c.unit ? ` ${c.unit}` : ""})`;
    })
    .join(" and ");
}

/** A trade-off question in plain words: the question and its two roles. */
export function describeQuestion(
  model: DecisionModel,
  q: Pick<TradeoffQuestion, "first" | "second">,
): { message: string; first: string; second: string } {
  return {
    message: "Which would you rather have, everything else being equal?",
    first: `a role ${describeRole(model, q.first)}`,
    second: `a role ${describeRole(model, q.second)}`,
  };
}
