/**
 * The expected value of perfect information about one uncertain parameter (single-parameter
 * partial EVPI, "EVPPI"; Howard 1966, "Information value theory", IEEE Trans. Systems Science
 * and Cybernetics 2(1):22-26), estimated from one probabilistic simulation: N samples of the
 * parameter x and of every alternative's utility u_a.
 *
 *   EVPPI(x) = E_x[ max_a E(u_a | x) ] − max_a E(u_a)
 *
 * The outer expectation runs over the drawn x. The inner conditional expectations need an
 * estimate; two are offered:
 * - {@link evppiByGrouping}: Strong & Oakley 2013 ("An efficient method for computing
 *   single-parameter partial expected value of perfect information", Medical Decision Making
 *   33(6):755-766): sort the samples on x, cut them into K groups of equal size, and take the
 *   mean utility of each alternative within each group. Model-free, but the maximum of noisy
 *   group means is biased upwards: when two alternatives are close, groups pick a "winner" by
 *   noise, so a parameter that cannot matter shows a positive value and a change probability.
 * - {@link evppiLinear}: the same outer average with the conditional expectation fitted by least
 *   squares on all samples, the regression form of Strong, Oakley & Brennan 2014 ("Estimating
 *   multiparameter partial expected value of perfect information from a probabilistic
 *   sensitivity analysis sample", Medical Decision Making 34(3):311-326) with a linear
 *   metamodel. It is exact, not an approximation, for an additive value model in which x is
 *   one partial value of one alternative (the `owner`), drawn independently of the weights and
 *   of every other value: then E(u_owner | x) = E(u_owner) + E(w_j) (x − E x), and the other
 *   alternatives' expected utilities do not depend on x at all. Each sample is then its own
 *   group (K = N) without the noise, and a parameter that cannot change the best alternative
 *   gets exactly zero.
 *
 * Both also give the probability that learning x changes which alternative has the highest
 * expected utility (the decision, in Howard's sense).
 */
import { BearingError } from "../../errors.js";

export interface Evppi {
  /** EVPPI in the utilities' units (≥ 0). */
  evppi: number;
  /** Probability that knowing x changes the best alternative, in [0, 1]. */
  changeProbability: number;
  /** The alternative with the highest expected utility without the information (0-based). */
  leader: number;
}

/**
 * @param utilities N x n utilities, row-major (sample k, alternative a at k n + a).
 * @param n number of alternatives (≥ 1).
 * @param x the N drawn values of the parameter.
 * @param owner the only alternative whose utility depends on x (0-based).
 * @param means the n mean utilities, when already known ({@link meanUtilities}): for many
 *   parameters of one simulation, O(N) each instead of O(N n).
 * @throws BearingError (input) for inconsistent shapes or an owner out of range.
 */
export function evppiLinear(
  utilities: ArrayLike<number>,
  n: number,
  x: ArrayLike<number>,
  owner: number,
  means: ArrayLike<number> = meanUtilities(utilities, n, x.length),
): Evppi {
  const N = checkShapes(utilities, n, x);
  if (!(Number.isInteger(owner) && owner >= 0 && owner < n)) {
    throw BearingError.input({
      code: "invalid_value",
      message: `owner ${owner} is not an alternative (0..${n - 1})`,
      path: ["owner"],
    });
  }
  const leader = argmax(means);
  let rival = Number.NEGATIVE_INFINITY;
  for (let a = 0; a < n; a++) if (a !== owner) rival = Math.max(rival, means[a] as number);
  const own = means[owner] as number;
  if (n === 1) return { evppi: 0, changeProbability: 0, leader };

  let xMean = 0;
  for (let k = 0; k < N; k++) xMean += x[k] as number;
  xMean /= N;
  let sxx = 0;
  let sxu = 0;
  for (let k = 0; k < N; k++) {
    const dx = (x[k] as number) - xMean;
    sxx += dx * dx;
    sxu += dx * ((utilities[k * n + owner] as number) - own);
  }
  if (!(sxx > 0)) return { evppi: 0, changeProbability: 0, leader };
  const slope = sxu / sxx;

  const ownerLeads = leader === owner;
  let best = 0;
  let changes = 0;
  for (let k = 0; k < N; k++) {
    const conditional = own + slope * ((x[k] as number) - xMean);
    best += Math.max(rival, conditional);
    if (ownerLeads ? conditional < rival : conditional > rival) changes++;
  }
  // Without a change the sum is max(rival, own) N up to rounding: exactly zero then.
  const evppi = changes === 0 ? 0 : Math.max(0, best / N - Math.max(rival, own));
  return { evppi, changeProbability: changes / N, leader };
}

/**
 * Strong & Oakley's (2013) grouping estimator: the samples sorted on x and cut into `groups`
 * groups of (nearly) equal size; within each, the mean utility of every alternative.
 * @param groups K, 1 ≤ K ≤ N (default ⌈√N⌉).
 * @throws BearingError (input) for inconsistent shapes or a bad K.
 */
export function evppiByGrouping(
  utilities: ArrayLike<number>,
  n: number,
  x: ArrayLike<number>,
  groups?: number,
): Evppi {
  const N = checkShapes(utilities, n, x);
  const K = groups ?? Math.ceil(Math.sqrt(N));
  if (!(Number.isInteger(K) && K >= 1 && K <= N)) {
    throw BearingError.input({
      code: "invalid_value",
      message: `groups = ${K} is not an integer in 1..${N}`,
      path: ["groups"],
    });
  }
  const means = meanUtilities(utilities, n, N);
  const leader = argmax(means);
  const order = Array.from({ length: N }, (_, k) => k).sort(
    (a, b) => (x[a] as number) - (x[b] as number),
  );
  const sums = new Float64Array(n);
  let best = 0;
  let changed = 0;
  for (let g = 0; g < K; g++) {
    const start = Math.floor((g * N) / K);
    const end = Math.floor(((g + 1) * N) / K);
    sums.fill(0);
    for (let t = start; t < end; t++) {
      const k = order[t] as number;
      for (let a = 0; a < n; a++) sums[a] = (sums[a] as number) + (utilities[k * n + a] as number);
    }
    const size = end - start;
    const top = argmax(sums);
    best += sums[top] as number;
    if (top !== leader) changed += size;
  }
  return {
    evppi: Math.max(0, best / N - (means[leader] as number)),
    changeProbability: changed / N,
    leader,
  };
}

function checkShapes(utilities: ArrayLike<number>, n: number, x: ArrayLike<number>): number {
  const N = x.length;
  if (!(Number.isInteger(n) && n >= 1) || N < 1 || utilities.length !== N * n) {
    throw BearingError.input({
      code: "invalid_value",
      message: `${utilities.length} utilities do not make ${N} samples of ${n} alternatives`,
      path: ["utilities"],
    });
  }
  return N;
}

/** The mean utility of each of n alternatives over N samples (row-major N x n). */
export function meanUtilities(utilities: ArrayLike<number>, n: number, N: number): Float64Array {
  const means = new Float64Array(n);
  for (let k = 0; k < N; k++)
    for (let a = 0; a < n; a++) means[a] = (means[a] as number) + (utilities[k * n + a] as number);
  for (let a = 0; a < n; a++) means[a] = (means[a] as number) / N;
  return means;
}

/** Index of the largest entry (the first on ties). */
function argmax(values: ArrayLike<number>): number {
  let best = 0;
  for (let a = 1; a < values.length; a++)
    if ((values[a] as number) > (values[best] as number)) best = a;
  return best;
}
