/**
 * Weights from choices: robust ordinal regression on the additive value model with fixed
 * value functions (UTA-GMS, Greco, Mousseau & Słowiński 2008, "Ordinal regression revisited:
 * multiple criteria ranking using a set of additive value functions", EJOR 191(2):416-436;
 * here the partial values are fixed and only the weights are unknown).
 *
 * Preference statements:
 * - a judgement `{ prefer: a, over: b }` between two real options says U(a) > U(b), with
 *   U(x) = Σ_j w_j v_j(x) at the options' point values (the values the ranking uses);
 * - a trade-off answer (`bearing weigh`) says the same of two hypothetical roles that differ
 *   only on the criteria they name.
 * Each becomes one linear constraint on the weights, Σ_j w_j (v_j(a) − v_j(b)) ≥ ε. A strict
 * preference needs a margin: ε = {@link JUDGEMENT_EPSILON} = 0.001 on the 0–1 overall-value
 * scale, a thousandth of the distance between the worst and the best possible role — far
 * below any difference a person could perceive, so it excludes only ties.
 *
 * The compatible set W = {w ≥ 0, Σ w = 1, every statement holds}, a convex polytope. On it:
 * - consistency: W is not empty (one linear programme);
 * - the necessary relation a ≿ᴺ b: U(a) ≥ U(b) for every w in W, i.e. min over W of
 *   U(a) − U(b) ≥ 0; the possible relation a ≿ᴾ b: U(a) ≥ U(b) for at least one w in W, i.e.
 *   max over W of U(a) − U(b) ≥ 0. These are UTA-GMS's weak necessary and possible relations
 *   (Greco et al. 2008, definitions in section 3), computed by two linear programmes per pair
 *   of options, with a tolerance of 1e-9 for rounding;
 * - inconsistent statements: a minimal set of them that no weights satisfy together, found by
 *   the deletion filter (Chinneck & Dravnieks 1991, "Locating minimal infeasible constraint
 *   sets in linear programs", ORSA Journal on Computing 3(2):157-168): drop each statement in
 *   turn and keep it out when the rest still conflict. What remains is irreducible: removing
 *   any one of its statements makes the others consistent.
 */
import { BearingError, type Issue } from "../errors.js";
import { type LinearConstraint, LP_TOLERANCE, solveLp } from "../mcda/lp.js";
import { interiorPoint, type Polytope } from "../mcda/smaa/hit-and-run.js";
import { smaaStreams } from "../mcda/smaa/random.js";
import { weightSampler } from "../mcda/smaa/weight-sampling.js";
import type { Profile } from "../model/profile.js";
import type { DecisionModel } from "./model.js";
import { partialValue } from "./value-function.js";

/** The margin of a strict preference, on the 0–1 overall-value scale (see the module note). */
export const JUDGEMENT_EPSILON = 0.001;

/** One preference statement as a constraint on the weights: coefficients · w ≥ ε. */
export interface PreferenceRow {
  /** Where it is written in bearing.yaml: `["judgements", k]` or `["tradeoffs", k]`. */
  path: ["judgements" | "tradeoffs", number];
  /** In words, e.g. `hollis over tallyho`. */
  label: string;
  /** A judgement's preferred and other option, by id; absent for a trade-off answer. */
  options?: [string, string];
  /** v(preferred) − v(other), one per criterion (in the model's criteria order). */
  coefficients: number[];
}

/** A point value per criterion: the firm rating's value, an interval's midpoint, 0.5 missing. */
export function pointValue(low: number, high: number): number {
  return (low + high) / 2;
}

/**
 * The profile's judgements and trade-off answers as constraints on the model's weights.
 * Judgements naming options that are not in the model (closed, or unknown) are left out with
 * a warning; unknown ids are reported by loading.
 */
export function preferenceRows(
  profile: Profile,
  model: DecisionModel,
): { rows: PreferenceRow[]; warnings: Issue[] } {
  const rows: PreferenceRow[] = [];
  const warnings: Issue[] = [];
  const byId = new Map(model.alternatives.map((a) => [a.id, a]));
  profile.judgements.forEach((judgement, k) => {
    const a = byId.get(judgement.prefer);
    const b = byId.get(judgement.over);
    if (!a || !b) {
      const missing = a ? judgement.over : judgement.prefer;
      warnings.push({
        code: "unknown_id",
        severity: "warning",
        path: ["judgements", k],
        message: `judgement "${judgement.prefer} over ${judgement.over}" is left out: option "${missing}" is not being ranked`,
        hint: "rank with --all to include declined and withdrawn options",
      });
      return;
    }
    rows.push({
      path: ["judgements", k],
      label: `${judgement.prefer} over ${judgement.over}`,
      options: [judgement.prefer, judgement.over],
      coefficients: model.criteria.map(
        (_, j) =>
          pointValue(a.valueLow[j] ?? 0, a.valueHigh[j] ?? 1) -
          pointValue(b.valueLow[j] ?? 0, b.valueHigh[j] ?? 1),
      ),
    });
  });
  profile.tradeoffs.forEach((tradeoff, k) => {
    rows.push({
      path: ["tradeoffs", k],
      label: tradeoffLabel(tradeoff),
      coefficients: tradeoffRow(model, tradeoff.prefer, tradeoff.over),
    });
  });
  return { rows, warnings };
}

/**
 * The weight row of a trade-off between two hypothetical roles, "prefer over other":
 * v_j(prefer) − v_j(other) per criterion (in the model's criteria order), 0 on the criteria
 * they do not both name (equal there).
 */
export function tradeoffRow(
  model: DecisionModel,
  prefer: Record<string, number>,
  other: Record<string, number>,
): number[] {
  return model.criteria.map((c) => {
    const a = prefer[c.id];
    const b = other[c.id];
    if (a === undefined || b === undefined) return 0;
    return partialValue(c.valueFunction, a) - partialValue(c.valueFunction, b);
  });
}

function tradeoffLabel(tradeoff: Profile["tradeoffs"][number]): string {
  const side = (levels: Record<string, number>) =>
    Object.entries(levels)
      .map(([id, v]) => `${id} ${v}`)
      .join(", ");
  return `a role with ${side(tradeoff.prefer)} over one with ${side(tradeoff.over)}`;
}

/** The compatible set W as a polytope on the simplex (rows: coefficients · w ≥ ε). */
export function compatiblePolytope(
  m: number,
  rows: readonly { coefficients: ArrayLike<number> }[],
  extra: Polytope["rows"] = [],
): Polytope {
  return {
    m,
    simplex: true,
    rows: [
      ...rows.map((r) => ({ coefficients: r.coefficients, min: JUDGEMENT_EPSILON })),
      ...extra,
    ],
  };
}

function simplexLp(
  m: number,
  rows: readonly { coefficients: ArrayLike<number> }[],
  objective?: ArrayLike<number>,
  direction: "minimize" | "maximize" = "minimize",
) {
  const constraints: LinearConstraint[] = [
    { coefficients: new Array<number>(m).fill(1), min: 1, max: 1 },
    ...rows.map((r) => ({ coefficients: r.coefficients, min: JUDGEMENT_EPSILON })),
  ];
  return solveLp({ variables: m, direction, objective, constraints });
}

/** True when some weights on the simplex satisfy every row. */
export function consistent(
  m: number,
  rows: readonly { coefficients: ArrayLike<number> }[],
): boolean {
  return simplexLp(m, rows).status === "optimal";
}

/**
 * A minimal set of rows that no weights satisfy together (deletion filter; see the module
 * note), as indices into `rows`; empty when the rows are consistent.
 */
export function minimalConflict(
  m: number,
  rows: readonly { coefficients: ArrayLike<number> }[],
): number[] {
  if (consistent(m, rows)) return [];
  let kept = rows.map((_, k) => k);
  for (const k of rows.map((_, i) => i)) {
    const without = kept.filter((i) => i !== k);
    if (
      !consistent(
        m,
        without.map((i) => rows[i] as PreferenceRow),
      )
    )
      kept = without;
  }
  return kept;
}

/**
 * The UTA-GMS necessary and possible relations between alternatives over the compatible set.
 * @param values n point-value vectors (one per alternative, m each)
 * @returns pairs [i, k] (indices) with i ≿ᴺ k / i ≿ᴾ k, i ≠ k; both empty when W is empty
 */
export function preferenceRelations(
  values: readonly ArrayLike<number>[],
  rows: readonly { coefficients: ArrayLike<number> }[],
): { necessary: [number, number][]; possible: [number, number][] } {
  const n = values.length;
  const m = values[0]?.length ?? 0;
  const necessary: [number, number][] = [];
  const possible: [number, number][] = [];
  if (!consistent(m, rows)) return { necessary, possible };
  const extreme = new Float64Array(n * n).fill(Number.NaN);
  for (let i = 0; i < n; i++) {
    for (let k = i + 1; k < n; k++) {
      const d = Array.from({ length: m }, (_, j) => (values[i]?.[j] ?? 0) - (values[k]?.[j] ?? 0));
      const low = simplexLp(m, rows, d, "minimize");
      const high = simplexLp(m, rows, d, "maximize");
      if (low.status !== "optimal" || high.status !== "optimal") continue;
      extreme[i * n + k] = low.value; // min of U(i) − U(k)
      extreme[k * n + i] = -high.value; // min of U(k) − U(i)
    }
  }
  for (let i = 0; i < n; i++) {
    for (let k = 0; k < n; k++) {
      if (i === k) continue;
      const minDiff = extreme[i * n + k] as number;
      const maxDiff = -(extreme[k * n + i] as number);
      if (minDiff >= -LP_TOLERANCE) necessary.push([i, k]);
      if (maxDiff >= -LP_TOLERANCE) possible.push([i, k]);
    }
  }
  return { necessary, possible };
}

/**
 * Refuses inconsistent statements: a BearingError (input) naming a minimal conflicting set,
 * one issue per statement (path `["judgements", k]` or `["tradeoffs", k]`, for the workspace
 * layer to locate), the one to drop in its hint: of the set, the statement whose removal
 * leaves the most room (the largest ball inside the compatible set of all the others; on a
 * tie, the one written last).
 */
export function assertConsistent(m: number, rows: readonly PreferenceRow[]): void {
  const conflict = minimalConflict(m, rows);
  if (conflict.length === 0) return;
  let drop = conflict[conflict.length - 1] as number;
  let room = -1;
  for (const k of conflict) {
    const rest = rows.filter((_, i) => i !== k);
    const centre = interiorPoint(
      compatiblePolytope(
        m,
        rest.map((r) => r),
      ),
    );
    if (centre && centre.radius >= room) {
      room = centre.radius;
      drop = k;
    }
  }
  const labels = conflict.map((k) => `"${rows[k]?.label}"`);
  const issues: Issue[] = conflict.map((k) => {
    const row = rows[k] as PreferenceRow;
    const others = conflict.filter((i) => i !== k).map((i) => `"${rows[i]?.label}"`);
    const undo =
      row.path[0] === "judgements"
        ? `bearing prefer --remove ${row.label.replace(" over ", " ")}`
        : "remove it from tradeoffs in bearing.yaml";
    return {
      code: "inconsistent",
      path: row.path,
      message: `"${row.label}" cannot hold together with ${others.join(" and ")}: no weights satisfy them all`,
      hint:
        k === drop
          ? `drop this one (${undo}); it leaves the most room for the others`
          : "or drop this one",
    };
  });
  throw new BearingError(
    `${conflict.length} preferences conflict: ${labels.join(", ")}; no weights satisfy them all`,
    issues,
  );
}

/**
 * The mean of `samples` weight vectors drawn uniformly from the compatible set by hit-and-run
 * on the weight stream of `seed`, and the draws themselves (samples × m, row-major), which the
 * robustness simulation reuses: the point weights are exactly the mean of its weight samples.
 * @throws BearingError (input) when the rows conflict (see {@link assertConsistent})
 */
export function meanCompatibleWeights(
  m: number,
  rows: readonly PreferenceRow[],
  samples: number,
  seed: number,
): { mean: number[]; draws: Float64Array } {
  assertConsistent(m, rows);
  const { sample } = weightSampler({ kind: "polytope", polytope: compatiblePolytope(m, rows) }, m);
  const rng = smaaStreams(seed).weights;
  const draws = new Float64Array(samples * m);
  const mean = new Float64Array(m);
  for (let k = 0; k < samples; k++) {
    const w = draws.subarray(k * m, (k + 1) * m);
    sample(rng, w, k);
    for (let j = 0; j < m; j++) mean[j] = (mean[j] as number) + (w[j] as number);
  }
  return { mean: Array.from(mean, (s) => s / samples), draws };
}

/** The necessary and possible relations between the model's options, by id. */
export interface JudgementRelations {
  /** [a, b]: a is at least as good as b under every compatible weighting. */
  necessary: [string, string][];
  /** [a, b]: a is at least as good as b under at least one compatible weighting. */
  possible: [string, string][];
}

/**
 * The UTA-GMS relations between the model's options over the weights compatible with the
 * profile's judgements and trade-off answers (see the module note), or null when the profile
 * has none and does not weigh by judgements.
 */
export function judgementRelations(
  profile: Profile,
  model: DecisionModel,
): JudgementRelations | null {
  const any = profile.judgements.length > 0 || profile.tradeoffs.length > 0;
  if (!any && profile.weighting.method !== "judgements") return null;
  const { rows } = preferenceRows(profile, model);
  const values = model.alternatives.map((a) =>
    a.valueLow.map((low, j) => pointValue(low, a.valueHigh[j] ?? low)),
  );
  const ids = model.alternatives.map((a) => a.id);
  const { necessary, possible } = preferenceRelations(values, rows);
  const named = (pairs: [number, number][]) =>
    pairs.map(([i, k]): [string, string] => [ids[i] as string, ids[k] as string]);
  return { necessary: named(necessary), possible: named(possible) };
}
