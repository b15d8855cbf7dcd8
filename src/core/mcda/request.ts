/**
 * The `bearing mcda` interface (contracts.md): a decision problem as JSON in, results out.
 *
 * `parseMcdaRequest` checks an untrusted JSON value by hand (no schema library, to keep the
 * command's cold start small) and throws `BearingError` naming the field, e.g.
 * `matrix[2][1]: expected a finite number`. `prepareMcda` loads only the method's module and
 * returns the computation (timed by `--time`) apart from the conversion of its result into
 * the contract's output. Pure: no file system, usable in a browser.
 */
import { BearingError, type Issue } from "../errors.js";
import { type Direction, type Matrix, matrixToRows } from "./matrix.js";
import type { PreferenceFunction } from "./promethee/preference.js";
import { rankScores } from "./rank.js";
import { linearValue } from "./smaa/partial-value.js";
import type { ValueModel } from "./smaa/smaa2.js";
import type { WeightModel } from "./smaa/weight-sampling.js";

export const MCDA_METHODS = ["wsm", "topsis", "promethee2", "vikor", "smaa2", "ahp"] as const;
export type McdaMethod = (typeof MCDA_METHODS)[number];

type Path = Array<string | number>;

export interface CriterionSpec {
  id: string;
  direction: Direction;
  /** Undefined when the input gives none. */
  weight: number | undefined;
  preference: PreferenceFunction;
}

/** A checked `bearing mcda` input. */
export interface McdaRequest {
  method: McdaMethod;
  alternatives: string[];
  criteria: CriterionSpec[];
  /** n x m performances; NaN marks a missing rating (smaa2 only). Null for ahp. */
  matrix: Matrix | null;
  /** One m x m matrix, or several (group AHP, aggregated by geometric mean). Null unless ahp. */
  pairwise: number[][][] | null;
  params: Record<string, unknown>;
}

/** The contract's output. */
export interface McdaOutput {
  method: McdaMethod;
  alternatives: string[];
  scores: number[];
  higherIsBetter: boolean;
  ranking: number[];
  details: Record<string, unknown>;
  /** Not part of the JSON output: warnings for stderr (e.g. AHP inconsistency). */
  warnings: Issue[];
}

/** A loaded computation: run `compute` (as often as timing needs), then `present` once. */
export interface PreparedMcda<R = unknown> {
  compute: () => R;
  present: (result: R) => McdaOutput;
}

const PARAMS: Record<McdaMethod, readonly string[]> = {
  wsm: ["normalization"],
  topsis: ["normalization"],
  promethee2: [],
  vikor: ["v"],
  smaa2: ["samples", "seed", "weights", "matrixLow", "matrixHigh", "weightSamples", "valueSamples"],
  ahp: ["priorities"],
};

/** Largest `params.samples` accepted (memory and time stay bounded). */
export const MAX_SMAA_SAMPLES = 10_000_000;

/**
 * Checks a parsed JSON document against the `bearing mcda` input contract.
 * @throws BearingError (input) naming the first offending field.
 */
export function parseMcdaRequest(input: unknown): McdaRequest {
  const root = object(input, []);
  const method = root.method;
  if (typeof method !== "string" || !(MCDA_METHODS as readonly string[]).includes(method)) {
    throw fail(
      method === undefined ? "missing_field" : "invalid_value",
      method === undefined ? "missing" : `unknown method ${JSON.stringify(method)}`,
      ["method"],
      `use one of ${MCDA_METHODS.join(", ")}`,
    );
  }
  const m_ = method as McdaMethod;
  const params = root.params === undefined ? {} : object(root.params, ["params"]);
  for (const key of Object.keys(params)) {
    if (!PARAMS[m_].includes(key)) {
      throw fail(
        "unknown_field",
        `${m_} takes no parameter ${JSON.stringify(key)}`,
        ["params", key],
        PARAMS[m_].length > 0 ? `known: ${PARAMS[m_].join(", ")}` : undefined,
      );
    }
  }

  if (m_ === "ahp") return parseAhp(root, params);

  const smaa = m_ === "smaa2";
  const valueSamples = smaa ? params.valueSamples : undefined;
  let matrix: Matrix | null = null;
  if (root.matrix !== undefined) {
    matrix = numberMatrix(root.matrix, ["matrix"], smaa);
  } else if (!(smaa && (valueSamples !== undefined || params.matrixLow !== undefined))) {
    throw fail("missing_field", `missing: ${m_} needs a decision matrix`, ["matrix"]);
  }
  if (smaa && matrix === null && params.matrixLow !== undefined) {
    matrix = numberMatrix(params.matrixLow, ["params", "matrixLow"], true);
  }
  let n: number;
  let m: number;
  if (matrix) {
    n = matrix.rows;
    m = matrix.cols;
  } else {
    // Only pre-drawn values: take the shape from their first sample.
    const first = array(valueSamples, ["params", "valueSamples"])[0];
    const rows = array(first, ["params", "valueSamples", 0]);
    n = rows.length;
    m = array(rows[0], ["params", "valueSamples", 0, 0]).length;
  }
  const alternatives = parseAlternatives(root.alternatives, n);
  // Pre-drawn partial values are already oriented (higher = better): no direction needed.
  const criteria = parseCriteria(root.criteria, m, m_, valueSamples === undefined);
  return { method: m_, alternatives, criteria, matrix, pairwise: null, params };
}

/**
 * Loads the method's module and binds the computation to the request.
 * @throws BearingError (input) for method parameters that do not fit the problem.
 */
export async function prepareMcda(request: McdaRequest): Promise<PreparedMcda> {
  switch (request.method) {
    case "wsm":
      return prepareWsm(request) as Promise<PreparedMcda>;
    case "topsis":
      return prepareTopsis(request) as Promise<PreparedMcda>;
    case "promethee2":
      return preparePromethee(request) as Promise<PreparedMcda>;
    case "vikor":
      return prepareVikor(request) as Promise<PreparedMcda>;
    case "smaa2":
      return prepareSmaa(request) as Promise<PreparedMcda>;
    case "ahp":
      return prepareAhp(request) as Promise<PreparedMcda>;
  }
}

// ---------------------------------------------------------------------------------------
// Methods

async function prepareWsm(
  request: McdaRequest,
): Promise<PreparedMcda<import("./wsm.js").WeightedSumResult>> {
  const [{ weightedSum }, { NORMALIZATIONS }] = await Promise.all([
    import("./wsm.js"),
    import("./normalization.js"),
  ]);
  const normalization = choice(request.params.normalization, NORMALIZATIONS, "minmax", [
    "params",
    "normalization",
  ]);
  const problem = classicProblem(request);
  return {
    compute: () => weightedSum(problem, { normalization }),
    present: (r) =>
      output(request, Array.from(r.scores), true, {
        contributions: matrixToRows(r.contributions),
        partialValues: matrixToRows(r.values),
        normalization,
      }),
  };
}

async function prepareTopsis(
  request: McdaRequest,
): Promise<PreparedMcda<import("./topsis.js").TopsisResult>> {
  const { topsis } = await import("./topsis.js");
  const normalization = choice(
    request.params.normalization,
    ["vector", "minmax", "none"] as const,
    "vector",
    ["params", "normalization"],
  );
  const problem = classicProblem(request);
  return {
    compute: () => topsis(problem, { normalization }),
    present: (r) =>
      output(request, Array.from(r.closeness), true, {
        closeness: Array.from(r.closeness),
        dPlus: Array.from(r.dPlus),
        dMinus: Array.from(r.dMinus),
        normalization,
      }),
  };
}

async function preparePromethee(
  request: McdaRequest,
): Promise<PreparedMcda<import("./promethee/promethee2.js").PrometheeResult>> {
  const { promethee2 } = await import("./promethee/promethee2.js");
  const problem = classicProblem(request);
  const preferences = request.criteria.map((c) => c.preference);
  return {
    compute: () => promethee2(problem, { preferences }),
    present: (r) =>
      output(request, Array.from(r.netFlow), true, {
        phiPlus: Array.from(r.phiPlus),
        phiMinus: Array.from(r.phiMinus),
        netFlow: Array.from(r.netFlow),
      }),
  };
}

async function prepareVikor(
  request: McdaRequest,
): Promise<PreparedMcda<import("./vikor.js").VikorResult>> {
  const { vikor } = await import("./vikor.js");
  const v = request.params.v === undefined ? 0.5 : finite(request.params.v, ["params", "v"]);
  const problem = classicProblem(request);
  return {
    compute: () => vikor(problem, { v }),
    present: (r) =>
      output(request, Array.from(r.Q), false, {
        S: Array.from(r.S),
        R: Array.from(r.R),
        Q: Array.from(r.Q),
        compromise: r.compromise,
        acceptableAdvantage: r.acceptableAdvantage,
        acceptableStability: r.acceptableStability,
        v,
      }),
  };
}

async function prepareSmaa(
  request: McdaRequest,
): Promise<PreparedMcda<import("./smaa/smaa2.js").Smaa2Result>> {
  const { smaa2, DEFAULT_SEED } = await import("./smaa/smaa2.js");
  const { params, criteria } = request;
  const m = criteria.length;
  const n = request.alternatives.length;
  const seed = params.seed === undefined ? DEFAULT_SEED : integer(params.seed, ["params", "seed"]);
  let samples: number | undefined;
  if (params.samples !== undefined) {
    samples = integer(params.samples, ["params", "samples"]);
    if (samples < 1 || samples > MAX_SMAA_SAMPLES) {
      throw fail("out_of_range", `samples = ${samples} is outside 1..${MAX_SMAA_SAMPLES}`, [
        "params",
        "samples",
      ]);
    }
  }
  const weights = smaaWeights(params, criteria);
  const values = smaaValues(request, n, m);
  return {
    compute: () => smaa2({ values, weights, samples, seed }),
    present: (r) =>
      output(request, Array.from(r.firstRankAcceptability), true, {
        rankAcceptability: matrixToRows(r.rankAcceptability),
        centralWeights: r.centralWeights.map((w) => (w ? Array.from(w) : null)),
        confidence: r.confidence,
        samples: r.samples,
        seed: r.seed,
      }),
  };
}

async function prepareAhp(
  request: McdaRequest,
): Promise<PreparedMcda<import("./weighting/ahp.js").AhpResult>> {
  const [{ ahp }, { aggregateJudgements }] = await Promise.all([
    import("./weighting/ahp.js"),
    import("./weighting/ahp-group.js"),
  ]);
  const judgements = request.pairwise as number[][][];
  const priorities = choice(
    request.params.priorities,
    ["eigenvector", "geometric-mean", "column-mean"] as const,
    "eigenvector",
    ["params", "priorities"],
  );
  // A group's matrices are aggregated once, outside the timed computation.
  const pairwise =
    judgements.length === 1 ? (judgements[0] as number[][]) : aggregateJudgements(judgements);
  const labels = request.alternatives;
  return {
    compute: () => ahp(pairwise, { priorities, labels }),
    present: (r) => ({
      ...output(request, Array.from(r.weights), true, {
        weights: Array.from(r.weights),
        lambdaMax: r.lambdaMax,
        ci: r.ci,
        cr: r.cr,
        priorities,
        inconsistency: r.inconsistency.slice(0, 5).map((t) => ({
          row: t.row,
          column: t.column,
          value: t.value,
          consistentValue: t.consistentValue,
          share: t.share,
        })),
        ...(judgements.length > 1 ? { groupMatrix: matrixToRows(pairwise as Matrix) } : {}),
      }),
      warnings: r.warnings,
    }),
  };
}

// ---------------------------------------------------------------------------------------
// Pieces of the input

function parseAhp(root: Record<string, unknown>, params: Record<string, unknown>): McdaRequest {
  if (root.pairwise === undefined) {
    throw fail("missing_field", "missing: ahp needs a pairwise comparison matrix", ["pairwise"]);
  }
  const outer = array(root.pairwise, ["pairwise"]);
  // A 3-D array is a group: one matrix per member.
  const group =
    outer.length > 0 && Array.isArray(outer[0]) && Array.isArray((outer[0] as unknown[])[0]);
  const matrices = group
    ? outer.map((x, k) => pairwiseMatrix(x, ["pairwise", k]))
    : [pairwiseMatrix(root.pairwise, ["pairwise"])];
  const m = (matrices[0] as number[][]).length;
  matrices.forEach((a, k) => {
    if (a.length !== m)
      throw fail("invalid_value", `is ${a.length} x ${a.length}, the first matrix ${m} x ${m}`, [
        "pairwise",
        k,
      ]);
  });
  let names: string[];
  if (root.criteria !== undefined) {
    names = parseCriteria(root.criteria, m, "ahp", false).map((c) => c.id);
  } else if (root.alternatives !== undefined) {
    names = parseAlternatives(root.alternatives, m);
  } else {
    names = Array.from({ length: m }, (_, i) => `A${i + 1}`);
  }
  return {
    method: "ahp",
    alternatives: names,
    criteria: [],
    matrix: null,
    pairwise: matrices,
    params,
  };
}

function pairwiseMatrix(value: unknown, path: Path): number[][] {
  const outer = array(value, path);
  if (outer.length === 0)
    throw fail("invalid_value", "a pairwise comparison matrix needs at least one row", path);
  return outer.map((row, i) => {
    const cells = array(row, [...path, i]);
    if (cells.length !== outer.length) {
      throw fail(
        "invalid_value",
        `row has ${cells.length} entries, expected ${outer.length} (the matrix must be square)`,
        [...path, i],
      );
    }
    return cells.map((x, j) => finite(x, [...path, i, j]));
  });
}

function parseAlternatives(value: unknown, n: number): string[] {
  if (value === undefined) return Array.from({ length: n }, (_, i) => `A${i + 1}`);
  const list = array(value, ["alternatives"]);
  if (list.length !== n) {
    throw fail("invalid_value", `${list.length} alternatives but the matrix has ${n} rows`, [
      "alternatives",
    ]);
  }
  const seen = new Set<string>();
  return list.map((x, i) => {
    if (typeof x !== "string" || x.trim() === "")
      throw fail("invalid_type", "expected a non-empty string", ["alternatives", i]);
    if (seen.has(x))
      throw fail("duplicate_id", `duplicate alternative ${JSON.stringify(x)}`, ["alternatives", i]);
    seen.add(x);
    return x;
  });
}

function parseCriteria(
  value: unknown,
  m: number,
  method: McdaMethod,
  needDirection: boolean,
): CriterionSpec[] {
  if (value === undefined) {
    throw fail("missing_field", `missing: ${method} needs one criterion per matrix column (${m})`, [
      "criteria",
    ]);
  }
  const list = array(value, ["criteria"]);
  if (list.length !== m) {
    throw fail("invalid_value", `${list.length} criteria but the matrix has ${m} columns`, [
      "criteria",
    ]);
  }
  const seen = new Set<string>();
  const specs = list.map((raw, j): CriterionSpec => {
    const path: Path = ["criteria", j];
    const c = object(raw, path);
    const id = c.id === undefined ? `C${j + 1}` : c.id;
    if (typeof id !== "string" || id.trim() === "")
      throw fail("invalid_type", "expected a non-empty string", [...path, "id"]);
    if (seen.has(id))
      throw fail("duplicate_id", `duplicate criterion ${JSON.stringify(id)}`, [...path, "id"]);
    seen.add(id);
    let direction: Direction = "max";
    if (c.direction !== undefined) {
      if (c.direction !== "max" && c.direction !== "min") {
        throw fail(
          "invalid_value",
          `direction ${JSON.stringify(c.direction)} is neither "max" nor "min"`,
          [...path, "direction"],
        );
      }
      direction = c.direction;
    } else if (needDirection) {
      throw fail("missing_field", 'missing: say whether more is better ("max") or worse ("min")', [
        ...path,
        "direction",
      ]);
    }
    let weight: number | undefined;
    if (c.weight !== undefined) {
      weight = finite(c.weight, [...path, "weight"]);
      if (weight < 0)
        throw fail("out_of_range", `weight ${weight} is negative`, [...path, "weight"]);
    }
    const preference =
      c.preference === undefined
        ? ({ type: "usual" } as const)
        : parsePreference(c.preference, [...path, "preference"]);
    return { id, direction, weight, preference };
  });
  const given = specs.filter((s) => s.weight !== undefined).length;
  if (given > 0 && given < m) {
    const missing = specs.findIndex((s) => s.weight === undefined);
    throw fail("missing_field", "missing: give every criterion a weight, or none (equal weights)", [
      "criteria",
      missing,
      "weight",
    ]);
  }
  if (given === m && specs.every((s) => s.weight === 0)) {
    throw fail(
      "invalid_value",
      "all weights are zero",
      ["criteria", 0, "weight"],
      "give at least one criterion a positive weight",
    );
  }
  return specs;
}

function parsePreference(value: unknown, path: Path): PreferenceFunction {
  const p = object(value, path);
  const type = p.type === undefined ? "usual" : p.type;
  const num = (key: "q" | "p" | "s", fallback?: number): number => {
    if (p[key] === undefined) {
      if (fallback !== undefined) return fallback;
      throw fail("missing_field", `missing: the ${String(type)} function needs ${key}`, [
        ...path,
        key,
      ]);
    }
    return finite(p[key], [...path, key]);
  };
  let f: PreferenceFunction;
  switch (type) {
    case "usual":
      f = { type: "usual" };
      break;
    case "u-shape":
      f = { type: "u-shape", q: num("q", 0) };
      break;
    case "v-shape":
      f = { type: "v-shape", p: num("p") };
      break;
    case "level":
      f = { type: "level", q: num("q", 0), p: num("p") };
      break;
    case "linear":
      f = { type: "linear", q: num("q", 0), p: num("p") };
      break;
    case "gaussian":
      f = { type: "gaussian", s: num("s") };
      break;
    default:
      throw fail(
        "invalid_value",
        `unknown preference function ${JSON.stringify(type)}`,
        [...path, "type"],
        "use usual, u-shape, v-shape, level, linear or gaussian",
      );
  }
  // Threshold ranges (q >= 0, p > q, s > 0) are checked by the method with the same path.
  return f;
}

/** Decision matrix, weights (equal if none given) and directions for the classic methods. */
function classicProblem(request: McdaRequest) {
  const m = request.criteria.length;
  const weights = request.criteria.map((c) => c.weight ?? 1 / m);
  return {
    matrix: request.matrix as Matrix,
    weights,
    directions: request.criteria.map((c) => c.direction),
  };
}

function smaaWeights(params: Record<string, unknown>, criteria: CriterionSpec[]): WeightModel {
  const m = criteria.length;
  const path: Path = ["params", "weights"];
  if (params.weightSamples !== undefined) {
    const samples = array(params.weightSamples, ["params", "weightSamples"]).map((row, k) => {
      const w = array(row, ["params", "weightSamples", k]);
      if (w.length !== m)
        throw fail("invalid_value", `${w.length} weights for ${m} criteria`, [
          "params",
          "weightSamples",
          k,
        ]);
      return w.map((x, j) => finite(x, ["params", "weightSamples", k, j]));
    });
    if (samples.length === 0)
      throw fail("invalid_value", "no weight samples", ["params", "weightSamples"]);
    return { kind: "samples", samples };
  }
  const spec = params.weights ?? "uniform";
  if (spec === "uniform") return { kind: "uniform" };
  if (spec === "given") {
    if (criteria.some((c) => c.weight === undefined)) {
      throw fail("missing_field", 'missing: weights "given" needs a weight on every criterion', [
        "criteria",
        0,
        "weight",
      ]);
    }
    return { kind: "fixed", weights: criteria.map((c) => c.weight as number) };
  }
  if (typeof spec === "object" && spec !== null && !Array.isArray(spec)) {
    const s = spec as Record<string, unknown>;
    if (s.order !== undefined) {
      const index = new Map(criteria.map((c, j) => [c.id, j]));
      const ranks = new Float64Array(m).fill(Number.NaN);
      array(s.order, [...path, "order"]).forEach((item, position) => {
        const group = Array.isArray(item) ? item : [item];
        group.forEach((id, g) => {
          const at: Path = Array.isArray(item)
            ? [...path, "order", position, g]
            : [...path, "order", position];
          const j = typeof id === "string" ? index.get(id) : undefined;
          if (j === undefined)
            throw fail("unknown_id", `${JSON.stringify(id)} is not a criterion id`, at);
          if (!Number.isNaN(ranks[j]))
            throw fail("duplicate_id", `${JSON.stringify(id)} appears twice`, at);
          ranks[j] = position + 1;
        });
      });
      const missing = ranks.findIndex((r) => Number.isNaN(r));
      if (missing >= 0) {
        throw fail(
          "missing_field",
          `criterion ${JSON.stringify(criteria[missing]?.id)} is missing from the order`,
          [...path, "order"],
        );
      }
      return { kind: "order", ranks };
    }
    if (s.intervals !== undefined) {
      const list = array(s.intervals, [...path, "intervals"]);
      if (list.length !== m)
        throw fail("invalid_value", `${list.length} intervals for ${m} criteria`, [
          ...path,
          "intervals",
        ]);
      const low: number[] = [];
      const high: number[] = [];
      list.forEach((pair, j) => {
        const ends = array(pair, [...path, "intervals", j]);
        if (ends.length !== 2)
          throw fail("invalid_value", "expected [low, high]", [...path, "intervals", j]);
        low.push(finite(ends[0], [...path, "intervals", j, 0]));
        high.push(finite(ends[1], [...path, "intervals", j, 1]));
      });
      return { kind: "intervals", low, high };
    }
  }
  throw fail(
    "invalid_value",
    `unknown weight model ${JSON.stringify(spec)}`,
    path,
    'use "uniform", "given", {"order": [ids]} or {"intervals": [[low, high], ...]}',
  );
}

/**
 * Partial values for SMAA from raw performances: linear over each criterion's scale, the
 * range of every value given for it (point, interval ends); missing ratings span [0, 1].
 */
function smaaValues(request: McdaRequest, n: number, m: number): ValueModel {
  const { params } = request;
  if (params.valueSamples !== undefined) {
    const path: Path = ["params", "valueSamples"];
    const samples = array(params.valueSamples, path);
    if (samples.length === 0) throw fail("invalid_value", "no value samples", path);
    const flat = new Float64Array(samples.length * n * m);
    samples.forEach((sample, k) => {
      const matrix = array(sample, [...path, k]);
      if (matrix.length !== n)
        throw fail("invalid_value", `${matrix.length} alternatives, expected ${n}`, [...path, k]);
      matrix.forEach((row, i) => {
        const cells = array(row, [...path, k, i]);
        if (cells.length !== m)
          throw fail("invalid_value", `${cells.length} criteria, expected ${m}`, [...path, k, i]);
        cells.forEach((x, j) => {
          flat[(k * n + i) * m + j] = finite(x, [...path, k, i, j]);
        });
      });
    });
    return { kind: "samples", samples: flat, alternatives: n, criteria: m };
  }
  const point = request.matrix as Matrix;
  let low = point;
  let high = point;
  if (params.matrixLow !== undefined || params.matrixHigh !== undefined) {
    if (params.matrixLow === undefined || params.matrixHigh === undefined) {
      throw fail("missing_field", "missing: give both matrixLow and matrixHigh", [
        "params",
        params.matrixLow === undefined ? "matrixLow" : "matrixHigh",
      ]);
    }
    low = numberMatrix(params.matrixLow, ["params", "matrixLow"], true);
    high = numberMatrix(params.matrixHigh, ["params", "matrixHigh"], true);
    for (const [name, x] of [
      ["matrixLow", low],
      ["matrixHigh", high],
    ] as const) {
      if (x.rows !== n || x.cols !== m)
        throw fail("invalid_value", `is ${x.rows} x ${x.cols}, expected ${n} x ${m}`, [
          "params",
          name,
        ]);
    }
    for (let t = 0; t < n * m; t++) {
      const lo = low.data[t] as number;
      const hi = high.data[t] as number;
      const at: Path = ["params", "matrixLow", Math.floor(t / m), t % m];
      if (lo > hi) throw fail("invalid_value", `${lo} is above matrixHigh's ${hi}`, at);
      const x = point.data[t] as number;
      if (
        point !== low &&
        !Number.isNaN(x) &&
        !Number.isNaN(lo) &&
        !Number.isNaN(hi) &&
        (x < lo || x > hi)
      ) {
        throw fail("invalid_value", `${x} is outside [${lo}, ${hi}] of matrixLow and matrixHigh`, [
          "matrix",
          Math.floor(t / m),
          t % m,
        ]);
      }
    }
  }
  const vLow = new Float64Array(n * m);
  const vHigh = new Float64Array(n * m);
  for (let j = 0; j < m; j++) {
    let lo = Number.POSITIVE_INFINITY;
    let hi = Number.NEGATIVE_INFINITY;
    for (const x of [point, low, high]) {
      for (let i = 0; i < n; i++) {
        const v = x.data[i * m + j] as number;
        if (Number.isNaN(v)) continue;
        lo = Math.min(lo, v);
        hi = Math.max(hi, v);
      }
    }
    const [worst, best] = request.criteria[j]?.direction === "min" ? [hi, lo] : [lo, hi];
    const value = (x: number) => linearValue(x, worst, best);
    for (let i = 0; i < n; i++) {
      const t = i * m + j;
      const a = low.data[t] as number;
      const b = high.data[t] as number;
      if (Number.isNaN(a) || Number.isNaN(b)) {
        vLow[t] = 0;
        vHigh[t] = 1;
        continue;
      }
      vLow[t] = Math.min(value(a), value(b));
      vHigh[t] = Math.max(value(a), value(b));
    }
  }
  return {
    kind: "intervals",
    low: { rows: n, cols: m, data: vLow },
    high: { rows: n, cols: m, data: vHigh },
  };
}

function output(
  request: McdaRequest,
  scores: number[],
  higherIsBetter: boolean,
  details: Record<string, unknown>,
): McdaOutput {
  return {
    method: request.method,
    alternatives: request.alternatives,
    scores,
    higherIsBetter,
    ranking: Array.from(rankScores(scores, { higherIsBetter })),
    details,
    warnings: [],
  };
}

// ---------------------------------------------------------------------------------------
// Small checkers

function fail(code: Issue["code"], message: string, path: Path, hint?: string): BearingError {
  return BearingError.input(hint ? { code, message, path, hint } : { code, message, path });
}

function object(value: unknown, path: Path): Record<string, unknown> {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    throw fail("invalid_type", `expected an object, got ${describe(value)}`, path);
  }
  return value as Record<string, unknown>;
}

function array(value: unknown, path: Path): unknown[] {
  if (!Array.isArray(value))
    throw fail("invalid_type", `expected an array, got ${describe(value)}`, path);
  return value;
}

function finite(value: unknown, path: Path): number {
  if (typeof value !== "number" || !Number.isFinite(value)) {
    throw fail("not_finite", "expected a finite number", path);
  }
  return value;
}

function integer(value: unknown, path: Path): number {
  const x = finite(value, path);
  if (!Number.isSafeInteger(x)) throw fail("invalid_value", `expected an integer, got ${x}`, path);
  return x;
}

function choice<T extends string>(
  value: unknown,
  options: readonly T[],
  fallback: T,
  path: Path,
): T {
  if (value === undefined) return fallback;
  if (typeof value !== "string" || !options.includes(value as T)) {
    throw fail(
      "invalid_value",
      `${JSON.stringify(value)} is not one of ${options.join(", ")}`,
      path,
    );
  }
  return value as T;
}

/** n x m numbers; with `allowMissing`, null becomes NaN (a missing rating). */
function numberMatrix(value: unknown, path: Path, allowMissing: boolean): Matrix {
  const outer = array(value, path);
  if (outer.length === 0) throw fail("invalid_value", "needs at least one alternative (row)", path);
  const first = array(outer[0], [...path, 0]);
  const m = first.length;
  if (m === 0) throw fail("invalid_value", "needs at least one criterion (column)", [...path, 0]);
  const data = new Float64Array(outer.length * m);
  outer.forEach((row, i) => {
    const cells = array(row, [...path, i]);
    if (cells.length !== m)
      throw fail("invalid_value", `row has ${cells.length} entries, expected ${m}`, [...path, i]);
    cells.forEach((x, j) => {
      if (x === null && allowMissing) data[i * m + j] = Number.NaN;
      else data[i * m + j] = finite(x, [...path, i, j]);
    });
  });
  return { rows: outer.length, cols: m, data };
}

function describe(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "an array";
  return typeof value === "object" ? "an object" : `${typeof value} ${JSON.stringify(value)}`;
}
