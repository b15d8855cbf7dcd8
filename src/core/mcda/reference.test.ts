/**
 * Every published or peer-checked case in `../shared/reference/mcda_reference.json`, read at
 * test time and checked against its stated tolerance. Each test title names the case id and
 * its source (the file's `source` field) so that a failure points at the paper or suite.
 * A case whose method bearing does not implement is listed as a `todo`, never skipped silently.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { expect, it, test } from "vitest";
import { describeShared, sharedDir, sharedReady } from "../../testing/shared.js";
import { BearingError } from "../errors.js";
import { type Direction, matrixToRows } from "./matrix.js";
import { NORMALIZATIONS, type Normalization, normalizeMatrix } from "./normalization.js";
import type { PreferenceFunction } from "./promethee/preference.js";
import { preferenceMatrix, promethee2 } from "./promethee/promethee2.js";
import { rankScores } from "./rank.js";
import { weightSwitchPoints } from "./sensitivity/weight-stability.js";
import { piecewiseLinearValue } from "./smaa/partial-value.js";
import { smaaStreams, uniform } from "./smaa/random.js";
import { holisticAcceptability, smaa2 } from "./smaa/smaa2.js";
import { spotis } from "./spotis.js";
import { type TopsisNormalization, topsis } from "./topsis.js";
import { vikor } from "./vikor.js";
import {
  ahp,
  ahpSynthesis,
  RANDOM_INDEX_SAATY_1980,
  RANDOM_INDEX_TUMMALA_LING_1998,
} from "./weighting/ahp.js";
import { criticWeights } from "./weighting/critic.js";
import { entropyWeights } from "./weighting/entropy.js";
import { merecWeights } from "./weighting/merec.js";
import { standardDeviationWeights } from "./weighting/standard-deviation.js";
import { weightedProduct } from "./wpm.js";
import { additiveValue, weightedSum } from "./wsm.js";

// biome-ignore lint/suspicious/noExplicitAny: the reference file is heterogeneous JSON.
type Json = any;

// The real-text tier: read only when ../shared is there (our own hand-worked cases sit beside
// each method, e.g. topsis.test.ts).
const reference: Json = sharedReady
  ? JSON.parse(readFileSync(join(sharedDir, "reference/mcda_reference.json"), "utf8"))
  : { cases: [] };
const cases: Json[] = reference.cases;

function directions(types: number[] | null | undefined, m: number): Direction[] {
  return Array.from({ length: m }, (_, j) => ((types?.[j] ?? 1) === -1 ? "min" : "max"));
}

/** |actual - expected| <= tol element-wise, with a message naming the field and index. */
function close(actual: ArrayLike<number>, expected: ArrayLike<number>, tol: number, field: string) {
  expect(actual.length, `${field} length`).toBe(expected.length);
  for (let i = 0; i < expected.length; i++) {
    const diff = Math.abs((actual[i] as number) - (expected[i] as number));
    expect(
      diff,
      `${field}[${i}] = ${actual[i]}, expected ${expected[i]} ± ${tol}`,
    ).toBeLessThanOrEqual(tol);
  }
}

function closeRows(actual: number[][], expected: number[][], tol: number, field: string) {
  expect(actual.length, `${field} rows`).toBe(expected.length);
  expected.forEach((row, i) => {
    close(actual[i] as number[], row, tol, `${field}[${i}]`);
  });
}

function title(c: Json): string {
  return `${c.id} (${String(c.source).split(";")[0]})`;
}

const PROMETHEE_TYPES: Record<string, (f: Json) => PreferenceFunction> = {
  I: () => ({ type: "usual" }),
  II: (f) => ({ type: "u-shape", q: f.q }),
  III: (f) => ({ type: "v-shape", p: f.p }),
  IV: (f) => ({ type: "level", q: f.q, p: f.p }),
  V: (f) => ({ type: "linear", q: f.q ?? 0, p: f.p }),
  VI: (f) => ({ type: "gaussian", s: f.s }),
};

const runners: Record<string, (c: Json) => void> = {
  TOPSIS(c) {
    const normalization = (c.params.normalization ?? "vector") as TopsisNormalization;
    const m = c.matrix[0].length;
    const r = topsis(
      { matrix: c.matrix, weights: c.weights, directions: directions(c.types, m) },
      { normalization },
    );
    const e = c.expected;
    close(r.closeness, e.closeness, c.tolerance, "closeness");
    if (e.closeness_full_precision)
      close(r.closeness, e.closeness_full_precision, 1e-12, "closeness");
    if (e.d_plus) close(r.dPlus, e.d_plus, c.tolerance, "dPlus");
    if (e.d_minus) close(r.dMinus, e.d_minus, c.tolerance, "dMinus");
    // bearing normalises weights (contracts.md); this peer weighted with 1, 1, 1 as given,
    // which scales the ideal points (not the closeness) by the weight total.
    const total = (c.weights as number[]).reduce((s, w) => s + w, 0);
    if (e.ideal)
      close(
        Array.from(r.ideal, (x) => x * total),
        e.ideal,
        c.tolerance,
        "ideal",
      );
    if (e.anti_ideal) {
      close(
        Array.from(r.antiIdeal, (x) => x * total),
        e.anti_ideal,
        c.tolerance,
        "antiIdeal",
      );
    }
    // The file's rankings give ties their mean rank.
    expect(Array.from(rankScores(r.closeness, { ties: "average" }))).toEqual(e.ranking.map(Number));
  },

  VIKOR(c) {
    const m = c.matrix[0].length;
    const r = vikor(
      { matrix: c.matrix, weights: c.weights, directions: directions(c.types, m) },
      { v: c.params.v },
    );
    const e = c.expected;
    if (e.S) close(r.S, e.S, c.tolerance, "S");
    if (e.R) close(r.R, e.R, c.tolerance, "R");
    close(r.Q, e.Q, c.tolerance, "Q");
    if (e.ranking_by_Q) {
      expect(Array.from(rankScores(r.Q, { higherIsBetter: false, ties: "average" }))).toEqual(
        e.ranking_by_Q,
      );
    }
    if (e.compromise_set_0based) {
      expect([...r.compromise].sort()).toEqual([...e.compromise_set_0based].sort());
    }
    if (e.acceptable_advantage !== undefined)
      expect(r.acceptableAdvantage).toBe(e.acceptable_advantage);
    if (e.acceptable_stability !== undefined)
      expect(r.acceptableStability).toBe(e.acceptable_stability);
  },

  PROMETHEE_II(c) {
    const m = c.matrix[0].length;
    const preferences = c.params.preference_functions.map((f: Json) => {
      const make = PROMETHEE_TYPES[f.type];
      if (!make) throw new Error(`unknown preference type ${f.type}`);
      return make(f);
    });
    const problem = { matrix: c.matrix, weights: c.weights, directions: directions(c.types, m) };
    const r = promethee2(problem, { preferences });
    const e = c.expected;
    const tol = typeof c.tolerance === "number" ? c.tolerance : c.tolerance.phi_net_vs_peer;
    close(r.netFlow, e.phi_net, tol, "netFlow");
    if (e.phi_plus) close(r.phiPlus, e.phi_plus, tol, "phiPlus");
    if (e.phi_minus) close(r.phiMinus, e.phi_minus, tol, "phiMinus");
    if (e.ranking) {
      expect(Array.from(rankScores(r.netFlow, { ties: "average" }))).toEqual(e.ranking.map(Number));
    }
    const pi = matrixToRows(preferenceMatrix(problem, { preferences }));
    if (e.pi) closeRows(pi, e.pi, tol, "pi");
    const n = c.matrix.length;
    if (e.published_phi_net_times_n_minus_1) {
      close(
        Array.from(r.netFlow, (x) => x * (n - 1)),
        e.published_phi_net_times_n_minus_1,
        c.tolerance.published_sum_flows,
        "netFlow x (n-1) vs published",
      );
    }
    if (e.published_pi_rows_3dp)
      closeRows(pi, e.published_pi_rows_3dp, c.tolerance.published_pi, "pi vs published");
    for (const [name, s] of Object.entries<Json>(e.weight_sensitivity ?? {})) {
      const shifted = promethee2({ ...problem, weights: s.weights }, { preferences });
      close(shifted.netFlow, s.phi_net, tol, `netFlow (${name})`);
      expect(rankScores(shifted.netFlow)[s.best_index_0based], name).toBe(1);
    }
  },

  AHP(c) {
    const e = c.expected;
    const tol = typeof c.tolerance === "number" ? c.tolerance : c.tolerance.weights;
    const tight = typeof c.tolerance === "number" ? c.tolerance : c.tolerance.lambda_CI_CR;
    const r = ahp(c.matrix);
    if (e.weights) close(r.weights, e.weights, tol, "weights");
    if (e.weights_full_precision) close(r.weights, e.weights_full_precision, tol, "weights");
    if (e.lambda_max !== undefined) close([r.lambdaMax], [e.lambda_max], tight, "lambdaMax");
    if (e.CI !== undefined) close([r.ci], [e.CI], tight, "CI");
    if (e.CR !== undefined) close([r.cr ?? Number.NaN], [e.CR], tight, "CR");
    if (e.CR_saaty1980_RI !== undefined)
      close([r.cr ?? Number.NaN], [e.CR_saaty1980_RI], tight, "CR");
    if (e.CR_tummala_ling_RI !== undefined) {
      const t = ahp(c.matrix, { randomIndex: "tummala-ling1998" });
      close([t.cr ?? Number.NaN], [e.CR_tummala_ling_RI], tight, "CR (Tummala-Ling RI)");
    }
    // Values recomputed by the file's authors (numpy): we must agree far below the tolerance.
    if (e.computed_weights_eigen)
      close(r.weights, e.computed_weights_eigen, 1e-9, "weights (eigen)");
    if (e.computed_lambda_max) close([r.lambdaMax], [e.computed_lambda_max], 1e-9, "lambdaMax");
    if (e.computed_CI) close([r.ci], [e.computed_CI], 1e-9, "CI");
    if (e.computed_CR_saaty1980) close([r.cr ?? Number.NaN], [e.computed_CR_saaty1980], 1e-9, "CR");
    if (e.computed_weights_geometric) {
      close(
        ahp(c.matrix, { priorities: "geometric-mean" }).weights,
        e.computed_weights_geometric,
        1e-9,
        "geometric",
      );
    }
    if (e.computed_weights_additive_mean) {
      close(
        ahp(c.matrix, { priorities: "column-mean" }).weights,
        e.computed_weights_additive_mean,
        1e-9,
        "column mean",
      );
    }
    if (e.computed) {
      close(r.weights, e.computed.weights, 1e-9, "weights (computed)");
      close(
        [r.lambdaMax, r.ci, r.cr ?? Number.NaN],
        [e.computed.lambda_max, e.computed.CI, e.computed.CR],
        1e-9,
        "consistency",
      );
    }
    // Above CR 0.1 the result carries a warning naming the judgements to revise.
    const inconsistent = (r.cr ?? 0) > 0.1;
    if (e["consistent_at_0.1"] !== undefined) expect(!inconsistent).toBe(e["consistent_at_0.1"]);
    expect(r.warnings.length).toBe(inconsistent ? 1 : 0);
    if (inconsistent) expect(r.warnings[0]?.message).toMatch(/#\d+ vs #\d+ = /);
  },

  AHP_HIERARCHY(c) {
    const { criteria, alternatives_by_criterion } = c.matrix;
    const r = ahpSynthesis(criteria, alternatives_by_criterion, { priorities: "column-mean" });
    close(r.scores, c.expected.points, c.tolerance, "points");
    close(r.scores, c.check.numpy_points, 1e-9, "points (numpy)");
    expect(Array.from(rankScores(r.scores))).toEqual(c.expected.ranking);
    const eigen = ahpSynthesis(criteria, alternatives_by_criterion);
    close(eigen.scores, c.check.eigen_points_for_comparison, 1e-9, "eigenvector points");
  },

  AHP_RI_TABLE(c) {
    expect([...RANDOM_INDEX_SAATY_1980]).toEqual(c.expected.saaty_1980_n1_15);
    expect([...RANDOM_INDEX_TUMMALA_LING_1998]).toEqual(c.expected.tummala_ling_1998_n1_15);
  },

  SPOTIS(c) {
    const m = c.matrix[0].length;
    const scores = spotis(
      { matrix: c.matrix, weights: c.weights, directions: directions(c.types, m) },
      { bounds: c.params.bounds, expectedSolutionPoint: c.params.esp },
    );
    const e = c.expected;
    for (const field of ["score", "score_pymcdm_test", "score_scikit_criteria_test"]) {
      if (e[field]) close(scores, e[field], c.tolerance, field);
    }
    if (e.score_full_precision)
      close(scores, e.score_full_precision, 1e-12, "score (full precision)");
    if (c.check?.numpy) close(scores, c.check.numpy, 1e-12, "score (numpy)");
    if (e.ranking_smaller_is_better) {
      expect(Array.from(rankScores(scores, { higherIsBetter: false }))).toEqual(
        e.ranking_smaller_is_better,
      );
    }
  },

  SAW(c) {
    const m = c.matrix[0].length;
    const r = weightedSum(
      { matrix: c.matrix, weights: c.weights, directions: directions(c.types, m) },
      { normalization: "sum" },
    );
    // bearing normalises weights (contracts.md); pymcdm with validation off used them as
    // given (they sum to 2 in its self-reference test), which scales every score.
    const total = (c.weights as number[]).reduce((s, w) => s + w, 0);
    const scale = c.params.validation === false ? total : 1;
    close(
      Array.from(r.scores, (s) => s * scale),
      c.expected.score,
      c.tolerance,
      "score",
    );
    if (c.expected.ranking) expect(Array.from(rankScores(r.scores))).toEqual(c.expected.ranking);
  },

  WPM(c) {
    const m = c.matrix[0].length;
    const r = weightedProduct(
      { matrix: c.matrix, weights: c.weights, directions: directions(c.types, m) },
      { normalization: "sum" },
    );
    close(r.logScores, c.expected.score, c.tolerance, "log10 score");
    expect(Array.from(rankScores(r.logScores))).toEqual(c.expected.ranking);
  },

  WEIGHTS(c) {
    const m = c.matrix[0].length;
    const dirs = directions(c.types, m);
    const compute: Record<string, () => Float64Array> = {
      entropy: () => entropyWeights(c.matrix),
      critic: () => criticWeights(c.matrix, dirs),
      standard_deviation: () => standardDeviationWeights(c.matrix),
      merec: () => merecWeights(c.matrix, dirs),
    };
    const f = compute[c.params.weighting];
    if (!f) throw new Error(`no weighting ${c.params.weighting}`);
    const w = f();
    close(w, c.expected.weights, c.tolerance, "weights");
    if (c.check?.pymcdm) close(w, c.check.pymcdm, 1e-9, "weights (pymcdm)");
  },

  NORMALIZE(c) {
    const m = c.matrix[0].length;
    const dirs = directions(c.types, m);
    for (const name of c.params.names as string[]) {
      expect(NORMALIZATIONS).toContain(name);
      const out = matrixToRows(normalizeMatrix(c.matrix, dirs, name as Normalization));
      closeRows(out, c.expected.normalized_by_method[name], c.tolerance, name);
    }
  },

  SMAA2(c) {
    if (c.id === "smaa2-jsmaa-antidepressants-br-model") return jsmaaAntidepressants(c);
    if (c.id === "smaa2-rsmaa-edge-dominance-and-pwi") return rsmaaEdgeCases();
    const N = c.id === "smaa2-analytic-3alt-identity" ? 60_000 : 20_000;
    const r = smaa2({
      values: { kind: "exact", values: c.matrix },
      weights: { kind: "uniform" },
      samples: N,
      seed: 11,
    });
    const e = c.expected;
    closeRows(
      matrixToRows(r.rankAcceptability),
      e.rank_acceptability,
      4 / Math.sqrt(N),
      "rank acceptability",
    );
    closeRows(
      r.centralWeights.map((w) => Array.from(w ?? [])),
      e.central_weights,
      3 / Math.sqrt(N),
      "central weights",
    );
    close(
      r.confidence.map((x) => x ?? Number.NaN),
      e.confidence_factors,
      0,
      "confidence",
    );
    if (e.holistic_acceptability_linear_meta_weights) {
      close(
        holisticAcceptability(r.rankAcceptability),
        e.holistic_acceptability_linear_meta_weights,
        4 / Math.sqrt(N),
        "holistic",
      );
    }
  },

  PVF(c) {
    const { cutoffs, values } = c.params;
    const e = c.expected;
    close(
      e.x.map((x: number) => piecewiseLinearValue(x, cutoffs, values)),
      e.v,
      c.tolerance,
      "v",
    );
    const out = e.outOfBounds_interpolate;
    close(
      out.x.map((x: number) => piecewiseLinearValue(x, cutoffs, values, "extrapolate")),
      out.v,
      c.tolerance,
      "extrapolate",
    );
    const clip = e.outOfBounds_clip;
    close(
      clip.x.map((x: number) => piecewiseLinearValue(x, cutoffs, values, "clip")),
      clip.v,
      c.tolerance,
      "clip",
    );
    expect(() => piecewiseLinearValue(out.x[0], cutoffs, values)).toThrow(BearingError);
    const two = e.two_point;
    close(
      two.x.map((x: number) => piecewiseLinearValue(x, two.cutoffs, two.values)),
      two.v,
      c.tolerance,
      "two-point",
    );
  },

  SENSITIVITY_SAW(c) {
    const base = additiveValue(c.matrix, c.weights);
    close(base.scores, c.expected.baseline_scores, c.tolerance, "baseline");
    expect(Array.from(rankScores(base.scores))).toEqual(c.expected.baseline_ranking);
    for (const [key, expected] of Object.entries<Json[]>(c.expected.switch_points)) {
      const j = Number(key.replace("criterion_", ""));
      const points = weightSwitchPoints(c.matrix, c.weights, j)
        .map((p) => ({
          pair: [Math.min(...p.pair), Math.max(...p.pair)] as [number, number],
          delta: p.delta,
          weight: p.weight,
        }))
        .sort((a, b) => a.pair[0] - b.pair[0] || a.pair[1] - b.pair[1]);
      expect(
        points.map((p) => p.pair),
        key,
      ).toEqual(expected.map((x) => x.pair));
      points.forEach((p, k) => {
        close(
          [p.delta, p.weight],
          [expected[k].delta, expected[k].w_j_at_switch],
          c.tolerance,
          `${key} ${p.pair}`,
        );
        // At the switch point the two scores are equal (recomputed from scratch).
        const w = (c.weights as number[]).map((x, t) =>
          t === j ? p.weight : (x * (1 - p.weight)) / (1 - c.weights[j]),
        );
        const s = additiveValue(c.matrix, w).scores;
        expect(Math.abs((s[p.pair[0]] as number) - (s[p.pair[1]] as number))).toBeLessThan(1e-12);
      });
    }
  },
};

describeShared("reference cases (../shared/reference/mcda_reference.json)", () => {
  it("has cases", () => {
    expect(cases.length).toBeGreaterThan(30);
  });
  for (const c of cases) {
    const run = runners[c.method];
    if (run) test(title(c), () => run(c));
    else test.todo(`${c.id}: method ${c.method} is not implemented in bearing`);
  }
  test.todo(
    "ahp-random-index-tables: scikit-criteria's RI table (no cited source) is not offered; bearing uses Saaty (1980) and Tummala & Ling (1998)",
  );
  test("ahp-saaty2008-drinks-7x7: the matrix as printed, not reciprocal at (Tea, Wine), is rejected", () => {
    const printed = cases
      .find((c) => c.id === "ahp-saaty2008-drinks-7x7-corrected")
      .matrix.map((row: number[]) => [...row]);
    printed[2][1] = 2; // printed value; the reciprocal of a[1][2] = 1/3 is 3
    expect(() => ahp(printed)).toThrow(/not reciprocal/);
  });
});

/**
 * JSMAA's benefit-risk model of four antidepressants (tommite/jsmaa SMAA2SimulationTest): the
 * measurements are (log)normal, so we draw them ourselves and hand SMAA-2 pre-drawn partial
 * values, which also exercises the exact-reproduction path.
 */
function jsmaaAntidepressants(c: Json) {
  const alternatives: string[] = c.params.alternatives;
  const spec: Record<string, number[][]> = {
    // [mu, sigma] per alternative in the order Paroxetine, Fluoxetine, Sertraline, Venlafaxine.
    efficacy: [
      [0.086, 0.056],
      [0, 0],
      [0.095, 0.044],
      [0.113, 0.048],
    ],
    diarrhea: [
      [9.2, 1.86],
      [11.7, 2.5],
      [15.4, 2.65],
      [5.5, 2.32],
    ],
    dizziness: [
      [10.6, 1.58],
      [7.2, 1.45],
      [7.5, 1.48],
      [15.7, 4.44],
    ],
    headache: [
      [21.2, 5.15],
      [16.6, 3.27],
      [20.2, 3.78],
      [12.8, 2.45],
    ],
    insomnia: [
      [14.3, 2.93],
      [13.7, 1.89],
      [15.0, 3.21],
      [11.2, 3.98],
    ],
    nausea: [
      [18.3, 3.7],
      [18.6, 1.79],
      [19.5, 2.6],
      [31.0, 1.68],
    ],
  };
  const criteria = Object.values(spec);
  const n = alternatives.length;
  const m = criteria.length;
  // Scale: union of the 95% intervals (lognormal: exp of the normal's interval).
  const scales = criteria.map((rows, j) => {
    const ends = rows.flatMap(([mu, sd]) => [
      (mu as number) - 1.96 * (sd as number),
      (mu as number) + 1.96 * (sd as number),
    ]);
    const lo = Math.min(...ends);
    const hi = Math.max(...ends);
    return j === 0 ? [Math.exp(lo), Math.exp(hi)] : [lo, hi];
  });
  expect(scales[0]?.[0]).toBeCloseTo(0.98, 2);
  expect(scales[0]?.[1]).toBeCloseTo(1.23, 2);
  const N = 10_000;
  const rng = smaaStreams(2024).values;
  const normal = () =>
    Math.sqrt(-2 * Math.log(uniform(rng))) * Math.cos(2 * Math.PI * uniform(rng));
  const samples = new Float64Array(N * n * m);
  for (let k = 0; k < N; k++) {
    for (let i = 0; i < n; i++) {
      for (let j = 0; j < m; j++) {
        const [mu, sd] = (criteria[j] as number[][])[i] as [number, number];
        const x = j === 0 ? Math.exp(mu + sd * normal()) : mu + sd * normal();
        const [lo, hi] = scales[j] as [number, number];
        // Efficacy ascending, the adverse effects descending; linear, not clipped.
        samples[(k * n + i) * m + j] = j === 0 ? (x - lo) / (hi - lo) : (hi - x) / (hi - lo);
      }
    }
  }
  const r = smaa2({
    values: { kind: "samples", samples, alternatives: n, criteria: m },
    weights: { kind: "uniform" },
    seed: 7,
  });
  const e = c.expected;
  const tol = c.tolerance;
  const ra = matrixToRows(r.rankAcceptability);
  alternatives.forEach((name, i) => {
    close(
      ra[i] as number[],
      e.rank_acceptability_ranks1to4[name],
      tol.rank_acceptability,
      `RA ${name}`,
    );
    close(r.centralWeights[i] ?? [], e.central_weights[name], tol.central_weights, `CW ${name}`);
    close(
      [r.confidence[i] ?? Number.NaN],
      [e.confidence_factors[name]],
      tol.confidence_factors,
      `CF ${name}`,
    );
  });
}

/** R smaa's degenerate cases (gertvv/rsmaa smaa/tests/nacw.R and pwi.R), exact. */
function rsmaaEdgeCases() {
  const N = 10_000;
  const third = 1 / 3;
  const weightSamples = Array.from({ length: N }, () => [third, third, third]);
  const dominance = Array.from({ length: N }, () => [
    [1, 1, 1],
    [0, 0, 0],
  ]);
  const a = smaa2({
    values: { kind: "samples", samples: dominance },
    weights: { kind: "samples", samples: weightSamples },
  });
  expect(a.centralWeights[0] && Array.from(a.centralWeights[0])).toEqual([third, third, third]);
  expect(a.centralWeights[1]).toBeNull();
  expect(a.confidence).toEqual([1, null]);

  const flipped = dominance.map((s, k) => (k === 0 ? [s[1] as number[], s[0] as number[]] : s));
  const b = smaa2({
    values: { kind: "samples", samples: flipped },
    weights: { kind: "samples", samples: weightSamples },
  });
  expect(b.centralWeights.map((w) => w && Array.from(w))).toEqual([
    [third, third, third],
    [third, third, third],
  ]);

  const ten = Array.from({ length: 10 }, (_, k) => (k === 0 ? [[0], [1]] : [[1], [0]]));
  const pwi = smaa2({
    values: { kind: "samples", samples: ten },
    weights: { kind: "samples", samples: Array.from({ length: 10 }, () => [1]) },
    pairwiseWinning: true,
  });
  expect(pwi.pairwiseWinning && matrixToRows(pwi.pairwiseWinning)).toEqual([
    [0, 0.9],
    [0.1, 0],
  ]);
}
