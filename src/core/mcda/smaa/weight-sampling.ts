/**
 * Weight distributions for SMAA (Lahdelma, Hokkanen & Salminen 1998, EJOR 106(1):137-143;
 * Lahdelma & Salminen 2001, Operations Research 49(3):444-454): the decision maker's
 * preference information, from none to exact, as a distribution over the weight simplex
 * W = {w in R^m, w >= 0, sum w = 1}.
 *
 * - `uniform`: no information, uniform on W. Sampled as normalised unit exponentials
 *   (a flat Dirichlet; Rubinstein & Kroese 2016, Simulation and the Monte Carlo Method, 4.3).
 * - `order`: an importance order with ties, uniform on the subset of W that respects it. That
 *   subset is a simplex with vertices v_c = (1/c on the c most important criteria) for every c
 *   at which a tie group ends (see `weighting/rank-order.ts`), so a flat Dirichlet over its
 *   vertices samples it uniformly, O(m) per sample and no sorting; its mean is the rank-order
 *   centroid.
 * - `intervals`: w_j in [low_j, high_j]. Uniform on {w in W, w >= low} is low + (1 - sum low)
 *   times a uniform point of W, exactly; the upper bounds are then enforced by rejection,
 *   which is exact but hopeless when the box is a tiny part of that set (many criteria with
 *   narrow intervals). So `auto` (the default) first measures the acceptance rate on 1,000
 *   draws and below 10% switches to hit-and-run (Smith 1984, "Efficient Monte Carlo
 *   procedures for generating points uniformly distributed over bounded regions", Operations
 *   Research 32(6):1296-1308; the method of R's hitandrun used by smaa): a Markov chain whose
 *   stationary law is uniform on the polytope, moving along random directions e_j - e_k (which
 *   keep the sum at 1) by a uniform step within the bounds, burnt in for 20 m^2 steps and
 *   thinned to one sample every 2 m^2 steps. Its samples are approximately uniform and
 *   mildly correlated.
 * - `polytope`: uniform on a convex polytope of weights given by linear constraints (on the
 *   simplex, or in a box of unnormalised weights that are renormalised after the draw), by
 *   hit-and-run along coordinate directions (`hit-and-run.ts`: Smith 1984; Bélisle, Romeijn &
 *   Smith 1993; Tervonen et al. 2013): preference statements such as "option a is better than option b" or "w1 >= w2".
 * - `fixed`: one weight vector (no weight uncertainty).
 * - `samples`: pre-drawn weight vectors, one per Monte Carlo sample, for exact reproduction.
 */
import { BearingError } from "../../errors.js";
import { type MatrixLike, toMatrix } from "../matrix.js";
import { normalizeCriterionWeights } from "../weighting/direct.js";
import { importanceOrder } from "../weighting/rank-order.js";
import { type Polytope, hitAndRun as polytopeChain } from "./hit-and-run.js";
import { type RandomStream, uniform } from "./random.js";

export type WeightModel =
  | { readonly kind: "uniform" }
  | { readonly kind: "fixed"; readonly weights: ArrayLike<number> }
  /** ranks[j] = importance rank of criterion j (1 = most important; equal = tie). */
  | { readonly kind: "order"; readonly ranks: ArrayLike<number> }
  | {
      readonly kind: "intervals";
      readonly low: ArrayLike<number>;
      readonly high: ArrayLike<number>;
      /** Default `auto`: rejection when it accepts at least 10% of draws, else hit-and-run. */
      readonly method?: "auto" | "rejection" | "hit-and-run";
    }
  /**
   * Uniform on the polytope (see `hit-and-run.ts`); off the simplex, each draw is renormalised
   * to sum to 1 (so the rows of A x >= b should be homogeneous there, b = 0).
   */
  | { readonly kind: "polytope"; readonly polytope: Polytope }
  /** N x m weight vectors (each row is used as given). */
  | { readonly kind: "samples"; readonly samples: MatrixLike };

/** Writes sample number `k` (used only by `samples`) into `out` (length m). */
export type WeightSampler = (rng: RandomStream, out: Float64Array, k: number) => void;

/** How many rejections in a row make interval weights "practically infeasible". */
const MAX_REJECTIONS = 100_000;
/** Draws used by `auto` to measure the acceptance rate of rejection sampling. */
const ACCEPTANCE_PROBE = 1000;

/**
 * Builds a sampler for m criteria.
 * @returns the sampler and, for `samples`, the number of pre-drawn vectors (else null).
 * @throws BearingError (input) for a model that does not fit m criteria, negative or
 *   non-finite weights, or infeasible intervals (sum low > 1, sum high < 1, low > high).
 */
export function weightSampler(
  model: WeightModel,
  m: number,
): { sample: WeightSampler; count: number | null } {
  switch (model.kind) {
    case "uniform":
      return { sample: (rng, out) => flatDirichlet(rng, out, m), count: null };
    case "fixed": {
      const w = normalizeCriterionWeights(model.weights, m);
      return { sample: (_rng, out) => out.set(w), count: null };
    }
    case "order":
      return { sample: orderSampler(model.ranks, m), count: null };
    case "intervals":
      return {
        sample: intervalSampler(model.low, model.high, m, model.method ?? "auto"),
        count: null,
      };
    case "polytope":
      return { sample: polytopeSampler(model.polytope, m), count: null };
    case "samples": {
      const s = toMatrix(model.samples, "weightSamples");
      expectLength(s.cols, m, ["weightSamples", 0]);
      for (let t = 0; t < s.data.length; t++) {
        if (!Number.isFinite(s.data[t])) {
          throw BearingError.input({
            code: "not_finite",
            message: "expected a finite number",
            path: ["weightSamples", Math.floor(t / m), t % m],
          });
        }
      }
      return {
        sample: (_rng, out, k) => out.set(s.data.subarray(k * m, (k + 1) * m)),
        count: s.rows,
      };
    }
  }
}

function expectLength(actual: number, m: number, path: Array<string | number>): void {
  if (actual !== m) {
    throw BearingError.input({
      code: "invalid_value",
      message: `${actual} weights for ${m} criteria`,
      path,
    });
  }
}

/** A uniform point of the simplex of dimension out.length, from `count` exponentials. */
function flatDirichlet(rng: RandomStream, out: Float64Array, count: number): void {
  let sum = 0;
  for (let j = 0; j < count; j++) {
    const e = -Math.log(uniform(rng));
    out[j] = e;
    sum += e;
  }
  for (let j = 0; j < count; j++) out[j] = (out[j] as number) / sum;
}

function orderSampler(ranks: ArrayLike<number>, m: number): WeightSampler {
  expectLength(ranks.length, m, ["order"]);
  const { groups } = importanceOrder(ranks);
  const G = groups.length;
  // groupOf[j] = index of j's tie group; groupEnd[g] = number of criteria in groups 0..g.
  const groupOf = new Int32Array(m);
  const groupEnd = new Float64Array(G);
  let end = 0;
  groups.forEach((group, g) => {
    for (const j of group) groupOf[j] = g;
    end += group.length;
    groupEnd[g] = end;
  });
  const lambda = new Float64Array(G);
  const tail = new Float64Array(G);
  return (rng, out) => {
    flatDirichlet(rng, lambda, G);
    // Weight of a criterion in group g: sum over vertices ending at or after g of lambda_c / c.
    let acc = 0;
    for (let g = G - 1; g >= 0; g--) {
      acc += (lambda[g] as number) / (groupEnd[g] as number);
      tail[g] = acc;
    }
    for (let j = 0; j < m; j++) out[j] = tail[groupOf[j] as number] as number;
  };
}

function intervalSampler(
  lowIn: ArrayLike<number>,
  highIn: ArrayLike<number>,
  m: number,
  method: "auto" | "rejection" | "hit-and-run",
): WeightSampler {
  expectLength(lowIn.length, m, ["weights", "intervals"]);
  expectLength(highIn.length, m, ["weights", "intervals"]);
  const low = Float64Array.from(lowIn);
  const high = Float64Array.from(highIn);
  let sumLow = 0;
  let sumHigh = 0;
  for (let j = 0; j < m; j++) {
    const lo = low[j] as number;
    const hi = high[j] as number;
    if (!(Number.isFinite(lo) && Number.isFinite(hi) && lo >= 0 && lo <= hi)) {
      throw BearingError.input({
        code: "invalid_value",
        message: `weight interval [${lo}, ${hi}] is not within [0, 1] with low <= high`,
        path: ["weights", "intervals", j],
      });
    }
    sumLow += lo;
    sumHigh += Math.min(hi, 1);
  }
  if (sumLow > 1 + 1e-12 || sumHigh < 1 - 1e-12) {
    throw BearingError.input({
      code: "invalid_value",
      message: `no weights summing to 1 fit the intervals (lower bounds sum to ${sumLow}, upper bounds to ${sumHigh})`,
      path: ["weights", "intervals"],
    });
  }
  const free = Math.max(0, 1 - sumLow);
  const upper = high.map((h) => Math.min(h, 1));
  const reject = (rng: RandomStream, out: Float64Array): boolean => {
    flatDirichlet(rng, out, m);
    let inside = true;
    for (let j = 0; j < m; j++) {
      const w = (low[j] as number) + free * (out[j] as number);
      out[j] = w;
      if (w > (high[j] as number)) inside = false;
    }
    return inside;
  };
  let chosen = method === "auto" ? null : method;
  let chain: ((rng: RandomStream, out: Float64Array) => void) | null = null;
  return (rng, out) => {
    if (chosen === null) {
      let accepted = 0;
      for (let t = 0; t < ACCEPTANCE_PROBE; t++) if (reject(rng, out)) accepted++;
      chosen = accepted >= 0.1 * ACCEPTANCE_PROBE ? "rejection" : "hit-and-run";
    }
    if (chosen === "hit-and-run") {
      chain ??= hitAndRun(low, upper, m, rng);
      chain(rng, out);
      return;
    }
    for (let attempt = 0; attempt < MAX_REJECTIONS; attempt++) if (reject(rng, out)) return;
    throw BearingError.input({
      code: "invalid_value",
      message: `the weight intervals leave almost no room: ${MAX_REJECTIONS} draws in a row fell outside`,
      path: ["weights", "intervals"],
      hint: "widen the intervals",
    });
  };
}

/**
 * Hit-and-run over {w : sum w = 1, low <= w <= high} along directions e_j - e_k (see the
 * module note). Starts from the point low + t (high - low) with the t that makes it sum to 1,
 * which lies inside the polytope.
 */
function hitAndRun(
  low: Float64Array,
  high: Float64Array,
  m: number,
  rng: RandomStream,
): (rng: RandomStream, out: Float64Array) => void {
  let spread = 0;
  let sumLow = 0;
  for (let j = 0; j < m; j++) {
    spread += (high[j] as number) - (low[j] as number);
    sumLow += low[j] as number;
  }
  const t = spread > 0 ? (1 - sumLow) / spread : 0;
  const x = low.map((lo, j) => lo + t * ((high[j] as number) - lo));
  const thin = Math.max(20, 2 * m * m);
  const step = (r: RandomStream): void => {
    if (m < 2) return;
    const j = Math.min(m - 1, Math.floor(uniform(r) * m));
    let k = Math.min(m - 2, Math.floor(uniform(r) * (m - 1)));
    if (k >= j) k++;
    const xj = x[j] as number;
    const xk = x[k] as number;
    // Move x_j by +s and x_k by -s, keeping both within their bounds.
    const from = Math.max((low[j] as number) - xj, xk - (high[k] as number));
    const to = Math.min((high[j] as number) - xj, xk - (low[k] as number));
    if (!(to > from)) return;
    const s = from + (to - from) * uniform(r);
    // Clamped: rounding could otherwise leave a bound by one unit in the last place.
    x[j] = Math.min(high[j] as number, Math.max(low[j] as number, xj + s));
    x[k] = Math.min(high[k] as number, Math.max(low[k] as number, xk - s));
  };
  for (let burn = 0; burn < 10 * thin; burn++) step(rng);
  return (r, out) => {
    for (let s = 0; s < thin; s++) step(r);
    out.set(x);
  };
}

function polytopeSampler(polytope: Polytope, m: number): WeightSampler {
  expectLength(polytope.m, m, ["weights", "polytope"]);
  let chain: ((rng: RandomStream, out: Float64Array) => void) | null = null;
  return (rng, out) => {
    chain ??= polytopeChain(polytope, rng);
    chain(rng, out);
    if (!polytope.simplex) {
      let total = 0;
      for (let j = 0; j < m; j++) total += out[j] as number;
      for (let j = 0; j < m; j++) out[j] = total > 0 ? (out[j] as number) / total : 1 / m;
    }
  };
}
