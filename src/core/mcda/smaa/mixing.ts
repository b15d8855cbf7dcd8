/**
 * How well a Markov chain's draws stand in for independent ones: the integrated
 * autocorrelation time τ = 1 + 2 Σ_{t≥1} ρ(t) of a series and its effective sample size N / τ,
 * with ρ(t) the lag-t autocorrelation, summed up to Sokal's automatic window (the first lag
 * M ≥ c τ(M), c = 5; Sokal 1997, "Monte Carlo methods in statistical mechanics: foundations
 * and new algorithms", in Functional Integration, NATO ASI Series B 361:131-192, section 3).
 * Independent draws give τ ≈ 1; τ is floored at 1 here (a negative sum, from antithetic
 * steps or noise, does not make a sample worth more than its size).
 *
 * Cost O(N M) for a window M; memory O(1) beyond the series.
 */

/** The integrated autocorrelation time (≥ 1) of `xs`; 1 for a constant or tiny series. */
export function integratedAutocorrelationTime(xs: ArrayLike<number>, window = 5): number {
  const N = xs.length;
  if (N < 4) return 1;
  let mu = 0;
  for (let k = 0; k < N; k++) mu += xs[k] as number;
  mu /= N;
  let c0 = 0;
  for (let k = 0; k < N; k++) c0 += ((xs[k] as number) - mu) ** 2;
  if (!(c0 > 0)) return 1;
  let tau = 1;
  for (let lag = 1; lag < N / 2; lag++) {
    let c = 0;
    for (let k = lag; k < N; k++) c += ((xs[k] as number) - mu) * ((xs[k - lag] as number) - mu);
    tau += (2 * c) / c0;
    if (lag >= window * tau) break;
  }
  return Math.max(1, tau);
}

/**
 * The effective sample size of the rows of an N × m row-major matrix of draws, column by
 * column: N / τ for each column (see the module note).
 */
export function effectiveSampleSizes(draws: ArrayLike<number>, m: number): number[] {
  const N = Math.floor(draws.length / m);
  const column = new Float64Array(N);
  return Array.from({ length: m }, (_, j) => {
    for (let k = 0; k < N; k++) column[k] = draws[k * m + j] as number;
    return N / integratedAutocorrelationTime(column);
  });
}
