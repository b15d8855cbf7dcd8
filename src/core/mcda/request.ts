/**
 * The `bearing mcda` interface (contracts.md): a decision problem as JSON in, results out.
 *
 * `parseMcdaRequest` checks an untrusted JSON value by hand (no schema library, to keep the
 * command's cold start small) and throws `BearingError` naming the field, e.g.
 * `matrix[2][1]: expected a finite number`. `prepareMcda` loads only the method's module and
 * returns the computation (timed by `--time`) apart from the conversion of its result into
 * the contract's output. Pure: no file system, usable in a browser. The field readers
 * (`request-fields.ts`), the criteria, alternatives and AHP matrices (`request-parts.ts`) and
 * SMAA-2's weight and value models (`request-smaa.ts`) live beside it.
 */
import type { Issue } from "../errors.js";
import { type Direction, type Matrix, matrixToRows } from "./matrix.js";
import type { PreferenceFunction } from "./promethee/preference.js";
import { rankScores } from "./rank.js";
import { array, choice, fail, finite, integer, numberMatrix, object } from "./request-fields.js";
import { parseAhp, parseAlternatives, parseCriteria } from "./request-parts.js";
import { smaaValues, smaaWeights } from "./request-smaa.js";

export const MCDA_METHODS = ["wsm", "topsis", "promethee2", "vikor", "smaa2", "ahp"] as const;
export type McdaMethod = (typeof MCDA_METHODS)[number];

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
