/**
 * What the judgements and trade-off answers do to the result (issue 16, "show it"):
 *
 * - for each statement, whether it cuts anything from the weightings the others allow (one
 *   linear programme: the minimum of its row over the others' compatible set is below the
 *   margin ε), what it rules out in plain words, the share of those weightings it rules out
 *   (sampled uniformly by hit-and-run), and what dropping it would change: the leader (under
 *   `weighting.method: judgements`, where the weights are the mean of the compatible set;
 *   stated weights do not depend on judgements) and the necessary relations that hold only
 *   because of it (UTA-GMS, `judgements.ts`). Both the leader with every statement and the
 *   leader without one are computed from the same number of samples and the same seed, so a
 *   change is not an artefact of sample size;
 * - when stated weights (any method but `judgements`) disagree with the statements, the
 *   smallest change to them that agrees: the weights w on the simplex satisfying every
 *   statement that minimise the L1 distance Σ_j |w_j − w⁰_j| to the stated weights w⁰. As a
 *   linear programme with auxiliary variables u_j ≥ |w_j − w⁰_j| (u_j − w_j ≥ −w⁰_j,
 *   u_j + w_j ≥ w⁰_j; minimise Σ u; the standard L1 reformulation, e.g. Boyd & Vandenberghe
 *   2004, Convex Optimization, 6.1). Since both vectors sum to 1, half that distance is the
 *   share of the weight that moves from some criteria to others. The minimiser need not be
 *   unique; the solver returns one of them (a vertex), which tends to change few weights.
 *
 * Cost: per statement one hit-and-run run of {@link EFFECT_SAMPLES} draws (a first-rank share's
 * standard error is then at most about 0.016) and one LP, plus one LP per necessary pair
 * (does it still hold without the statement?); `npm run bench -- judgements` measures it for
 * 10 statements, 20 options and 10 criteria.
 */
import { type LinearConstraint, LP_TOLERANCE, solveLp } from "../mcda/lp.js";
import type { Profile } from "../model/profile.js";
import {
  JUDGEMENT_EPSILON,
  type JudgementRelations,
  meanCompatibleWeights,
  type PreferenceRow,
  pointValue,
  preferenceRelations,
  preferenceRows,
} from "./judgements.js";
import type { DecisionModel } from "./model.js";
import { optionLabels } from "./option-list.js";
import { rankAlternatives } from "./rank.js";

/** Samples of the compatible set drawn per statement (at most the profile's own count). */
export const EFFECT_SAMPLES = 1000;

/** What one judgement or trade-off answer does to the result. */
export interface JudgementEffect {
  /** Where it is written in bearing.yaml: `["judgements", k]` or `["tradeoffs", k]`. */
  path: ["judgements" | "tradeoffs", number];
  label: string;
  /** The preferred and the other option of a judgement; null for a trade-off answer. */
  prefer: string | null;
  over: string | null;
  /** True when it rules out some weighting that every other statement allows. */
  cuts: boolean;
  /** Share (0–1) of the weightings the other statements allow that it rules out (sampled). */
  ruledOut: number;
  /** The criteria on the preferred side (where it is better) and on the other, by ids. */
  favours: string[];
  against: string[];
  /** The leader with every statement, and without this one (same samples and seed). */
  leader: string | null;
  leaderWithout: string | null;
  changesLeader: boolean;
  /** Necessary pairs [a, b] (a at least as good as b under every weighting) only it makes. */
  necessaryOnlyWithIt: [string, string][];
  /** All of it in one plain sentence, options named by their labels (see `judgementEffects`). */
  text: string;
}

/** The smallest change to the stated weights that agrees with every statement. */
export interface AgreeingWeights {
  /** The statements the stated weights break, by label. */
  broken: string[];
  /** Per criterion (model order): the stated weight and the nearest agreeing one (sum 1). */
  weights: { criterion: string; name: string; stated: number; agreeing: number }[];
  /** Σ |agreeing − stated|; half of it is the share of the weight that moves. */
  distance: number;
  /** In plain words, options named by their labels (see `judgementEffects`). */
  text: string;
}

export interface JudgementsReport extends JudgementRelations {
  effects: JudgementEffect[];
  /** Null under `weighting.method: judgements`, or when the stated weights already agree. */
  agreeingWeights: AgreeingWeights | null;
}

function values(model: DecisionModel): number[][] {
  return model.alternatives.map((a) =>
    a.valueLow.map((low, j) => pointValue(low, a.valueHigh[j] ?? low)),
  );
}

function necessaryPairs(model: DecisionModel, rows: readonly PreferenceRow[]): [number, number][] {
  return preferenceRelations(values(model), rows).necessary;
}

/** The weighted-sum leader of the model with its weights replaced (null without options). */
function leaderUnder(model: DecisionModel, weights: readonly number[]): string | null {
  const ranked = rankAlternatives({
    ...model,
    criteria: model.criteria.map((c, j) => ({ ...c, weight: weights[j] ?? 0 })),
  });
  return [...ranked.alternatives].sort((a, b) => a.rank - b.rank)[0]?.id ?? null;
}

/** Minimum of row · w over the simplex cut by `others` (null when they leave nothing). */
function minimumOver(row: PreferenceRow, others: readonly PreferenceRow[], m: number) {
  const constraints: LinearConstraint[] = [
    { coefficients: new Array<number>(m).fill(1), min: 1, max: 1 },
    ...others.map((r) => ({ coefficients: r.coefficients, min: JUDGEMENT_EPSILON })),
  ];
  const result = solveLp({
    variables: m,
    direction: "minimize",
    objective: row.coefficients,
    constraints,
  });
  return result.status === "optimal" ? result.value : null;
}

const list = (names: string[]): string => {
  const shown = names.slice(0, 3);
  const rest = names.length - shown.length;
  if (rest > 0) return `${shown.join(", ")} and ${rest} more`;
  if (shown.length <= 1) return shown.join("");
  return `${shown.slice(0, -1).join(", ")} and ${shown[shown.length - 1]}`;
};

const percent = (x: number) => `${Math.round(x * 100)}%`;

/**
 * What the profile's judgements and trade-off answers do to the model's result (see the
 * module note), and the nearest weights that agree with them when the stated ones do not.
 * @param labels how the sentences (`text`) name each option by id; by default
 *   `optionLabels` of the model's options (titles, the id in brackets only where two titles
 *   are the same), as the rest of the CLI and the workbench name them. The structured fields
 *   (`prefer`, `leader`, `necessaryOnlyWithIt`, `broken`, ...) keep the ids.
 * @returns null when the profile has no statements (nothing to show)
 * @throws BearingError (input) when the statements conflict (as building the model does)
 */
export function judgementEffects(
  profile: Profile,
  model: DecisionModel,
  relations: JudgementRelations,
  labels: ReadonlyMap<string, string> = optionLabels(model.alternatives),
): JudgementsReport | null {
  const { rows } = preferenceRows(profile, model);
  const name = (id: string | null) => (id === null ? "none" : (labels.get(id) ?? id));
  if (rows.length === 0 && profile.weighting.method !== "judgements") return null;
  const m = model.criteria.length;
  const byJudgements = profile.weighting.method === "judgements";
  const samples = Math.max(100, Math.min(EFFECT_SAMPLES, profile.settings.samples));
  const { seed } = profile.settings;
  const stated = model.criteria.map((c) => c.weight);
  const leader = byJudgements
    ? leaderUnder(model, meanCompatibleWeights(m, rows, samples, seed).mean)
    : leaderUnder(model, stated);
  const necessaryAll = necessaryPairs(model, rows);
  const points = values(model);
  const ids = model.alternatives.map((a) => a.id);
  const names = model.criteria.map((c) => c.name);
  const effects = rows.map((row, k): JudgementEffect => {
    const others = rows.filter((_, i) => i !== k);
    const min = minimumOver(row, others, m);
    const cuts = min !== null && min < JUDGEMENT_EPSILON - LP_TOLERANCE;
    // A statement that cuts nothing leaves the compatible set as it is: nothing to sample.
    let ruledOut = 0;
    let leaderWithout = leader;
    if (cuts) {
      const { mean, draws } = meanCompatibleWeights(m, others, samples, seed);
      let outside = 0;
      for (let s = 0; s < samples; s++) {
        let u = 0;
        for (let j = 0; j < m; j++) u += (row.coefficients[j] ?? 0) * (draws[s * m + j] as number);
        if (u < JUDGEMENT_EPSILON) outside++;
      }
      ruledOut = outside / samples;
      if (byJudgements) leaderWithout = leaderUnder(model, mean);
    }
    // A necessary pair a ≿ b holds without the statement when U(a) − U(b) ≥ 0 still holds at
    // its minimum over the others' compatible set.
    const necessaryOnlyWithIt = necessaryAll
      .filter(([i, l]) => {
        const a = points[i] as number[];
        const b = points[l] as number[];
        const difference = {
          path: row.path,
          label: "",
          coefficients: a.map((x, j) => x - (b[j] ?? 0)),
        };
        const least = minimumOver(difference, others, m);
        return least !== null && least < -LP_TOLERANCE;
      })
      .map(([i, l]): [string, string] => [ids[i] as string, ids[l] as string]);
    const order = (sign: number) =>
      row.coefficients
        .map((c, j) => ({ c: sign * c, j }))
        .filter(({ c }) => c > 1e-12)
        .sort((a, b) => b.c - a.c);
    const plus = order(1);
    const minus = order(-1);
    const judgement = row.path[0] === "judgements" ? profile.judgements[row.path[1]] : undefined;
    const prefer = judgement?.prefer ?? null;
    const over = judgement?.over ?? null;
    const subject = judgement
      ? `your judgement that ${name(prefer)} beats ${name(over)}`
      : `your answer that you would rather have ${row.label}`;
    const plusNames = list(plus.map(({ j }) => names[j] as string));
    const minusNames = list(minus.map(({ j }) => names[j] as string));
    let text: string;
    if (minus.length === 0) {
      text = `${subject} holds under every weighting (${prefer === null ? "the first" : name(prefer)} is at least as good on every criterion), so it rules nothing out`;
    } else if (!cuts) {
      text = `${subject} already follows from your other choices, so it rules nothing more out`;
    } else {
      let what: string;
      if (plus.length === 1 && minus.length === 1) {
        const ratio = (plus[0]?.c ?? 1) / (minus[0]?.c ?? 1);
        what =
          Math.abs(ratio - 1) < 0.05
            ? `${minusNames} counts more than ${plusNames}`
            : `${minusNames} counts more than ${ratio.toFixed(1)} times ${plusNames}`;
      } else if (plus.length === 0) {
        what = "any weights at all";
      } else {
        what = judgement
          ? `what ${name(over)} does better (${minusNames}) outweighs what ${name(prefer)} does better (${plusNames})`
          : `${minusNames} outweigh${minus.length === 1 ? "s" : ""} ${plusNames}`;
      }
      text = `${subject} rules out weightings where ${what}: ${percent(ruledOut)} of those your other choices allow`;
      if (byJudgements && leaderWithout !== leader) {
        text += `; without it ${name(leaderWithout)} would lead instead of ${name(leader)}`;
      } else if (byJudgements) {
        text += `; ${name(leader)} leads with or without it`;
      }
      if (necessaryOnlyWithIt.length > 0) {
        const pairs = necessaryOnlyWithIt.map(([a, b]) => `${name(a)} over ${name(b)}`);
        text += `; without it ${list(pairs)} would no longer hold under every weighting`;
      }
    }
    return {
      path: row.path,
      label: row.label,
      prefer,
      over,
      cuts,
      ruledOut,
      favours: plus.map(({ j }) => model.criteria[j]?.id as string),
      against: minus.map(({ j }) => model.criteria[j]?.id as string),
      leader,
      leaderWithout,
      changesLeader: leaderWithout !== leader,
      necessaryOnlyWithIt,
      text,
    };
  });
  return {
    ...relations,
    effects,
    agreeingWeights: byJudgements ? null : agreeingWeights(model, rows, labels),
  };
}

/**
 * The nearest weights (L1) to the model's stated weights that satisfy every row, when the
 * stated weights break some (see the module note); null when they break none or no weights
 * satisfy the rows.
 * @param labels how `text` names options (see `judgementEffects`); `broken` keeps the rows'
 *   labels by id.
 */
export function agreeingWeights(
  model: DecisionModel,
  rows: readonly PreferenceRow[],
  labels: ReadonlyMap<string, string> = optionLabels(model.alternatives),
): AgreeingWeights | null {
  const stated = model.criteria.map((c) => c.weight);
  const broken = rows.filter(
    (row) =>
      row.coefficients.reduce((s, c, j) => s + c * (stated[j] ?? 0), 0) <
      JUDGEMENT_EPSILON - LP_TOLERANCE,
  );
  if (broken.length === 0) return null;
  const w = agreeingPoint(stated, rows);
  if (!w) return null;
  const distance = w.reduce((s, x, j) => s + Math.abs(x - (stated[j] ?? 0)), 0);
  const weights = model.criteria.map((c, j) => ({
    criterion: c.id,
    name: c.name,
    stated: stated[j] ?? 0,
    agreeing: w[j] ?? 0,
  }));
  const changes = weights
    // Only the changes the sentence can show: a move under half a percent reads "10% → 10%".
    .filter((x) => percent(x.agreeing) !== percent(x.stated))
    .sort((a, b) => Math.abs(b.agreeing - b.stated) - Math.abs(a.agreeing - a.stated))
    .map((x) => `${x.name} ${percent(x.stated)} → ${percent(x.agreeing)}`);
  const named = broken.map((r) => `"${rowText(r, labels)}"`);
  const text = `your stated weights disagree with ${list(named)}; the smallest change that agrees with all your choices moves ${percent(distance / 2)} of the weight: ${changes.join(", ")}`;
  return { broken: broken.map((r) => r.label), weights, distance, text };
}

/**
 * The point of {w ≥ 0, Σ w = 1, row · w ≥ ε for every row} nearest to `stated` in L1 (an LP
 * in w and u; see the module note), or null when there is none.
 */
export function agreeingPoint(
  stated: readonly number[],
  rows: readonly { coefficients: ArrayLike<number> }[],
): number[] | null {
  const m = stated.length;
  const pad = (c: ArrayLike<number>) => [...Array.from(c), ...new Array<number>(m).fill(0)];
  const constraints: LinearConstraint[] = [
    { coefficients: pad(new Array<number>(m).fill(1)), min: 1, max: 1 },
    ...rows.map((r) => ({ coefficients: pad(r.coefficients), min: JUDGEMENT_EPSILON })),
  ];
  for (let j = 0; j < m; j++) {
    const minus = new Array<number>(2 * m).fill(0);
    minus[m + j] = 1;
    minus[j] = -1;
    constraints.push({ coefficients: minus, min: -(stated[j] ?? 0) });
    const plus = new Array<number>(2 * m).fill(0);
    plus[m + j] = 1;
    plus[j] = 1;
    constraints.push({ coefficients: plus, min: stated[j] ?? 0 });
  }
  const objective = [...new Array<number>(m).fill(0), ...new Array<number>(m).fill(1)];
  const result = solveLp({ variables: 2 * m, direction: "minimize", objective, constraints });
  if (result.status !== "optimal") return null;
  return Array.from(result.x.slice(0, m));
}

/** A statement as a person reads it: a judgement's options by their labels, else its label. */
function rowText(row: PreferenceRow, labels: ReadonlyMap<string, string>): string {
  if (!row.options) return row.label;
  const [prefer, over] = row.options;
  return `${labels.get(prefer) ?? prefer} over ${labels.get(over) ?? over}`;
}
