/**
 * Uniform sampling of a convex polytope of weights by hit-and-run (Smith 1984, "Efficient Monte
 * Carlo procedures for generating points uniformly distributed over bounded regions",
 * Operations Research 32(6):1296-1308), as used for SMAA weights by Tervonen, van Valkenhoef,
 * Baştürk & Postmus (2013, "Hit-And-Run enables efficient weight generation for
 * simulation-based multiple criteria decision analysis", EJOR 224(3):552-559; with the
 * corrections of van Valkenhoef, Tervonen & Postmus 2014, EJOR 239(3):865-867).
 *
 * The polytope: P = {x in R^m : low <= x <= high, A x >= b, and sum x = 1 when `simplex`}.
 * From a point x inside, each step draws a direction d uniformly on the unit sphere (of the
 * plane sum d = 0 when `simplex`: Gaussian components, their mean removed), finds the chord
 * {x + t d} ∩ P, and moves to a uniform point of it. The chain's stationary law is uniform on P.
 *
 * - Start: the centre of the largest ball in P (as far as possible from every face, by linear
 *   programming; R hitandrun's "slacklp" seed point), an interior point, as the 2014 note asks.
 * - Thinning: one sample every ⌈ln(n + 1)/4 · n³⌉ steps, n = the dimension of P (m − 1 on the
 *   simplex), the default of R hitandrun (van Valkenhoef & Tervonen), which follows Lovász's
 *   (1999, "Hit-and-run mixes fast", Math. Programming 86:443-461) O*(n³) bound on the mixing
 *   time from a warm start; at least 2 (n + 1)² steps, where that formula is small
 *   ({@link defaultThinning}).
 * - Burn-in: 10 thinning intervals before the first sample (10 times the mixing interval above,
 *   under 0.1% of the work at 10,000 samples): the centre start is not a uniform draw.
 * Tested against known answers (means of ordered simplices, acceptabilities) and for the
 * lag-1 autocorrelation of the thinned chain in `hit-and-run.test.ts`.
 *
 * Cost per step O(K m) for K rows of A; memory O(K m).
 */
import { BearingError } from "../../errors.js";
import { type LinearConstraint, solveLp } from "../lp.js";
import { type RandomStream, uniform } from "./random.js";

export interface Polytope {
  /** Dimension of x (the number of criteria). */
  readonly m: number;
  /** Bounds on each coordinate (default 0 and, on the simplex, 1; else required). */
  readonly low?: ArrayLike<number>;
  readonly high?: ArrayLike<number>;
  /** Rows of A x >= b, each a vector of m coefficients with its right-hand side. */
  readonly rows: readonly { readonly coefficients: ArrayLike<number>; readonly min: number }[];
  /** Restrict to sum x = 1 (weights on the simplex). */
  readonly simplex: boolean;
}

export interface HitAndRunOptions {
  /** Steps between samples; default ⌈ln(n + 1)/4 · n³⌉ (see the module note). */
  readonly thin?: number;
  /** Steps before the first sample; default 10 · thin. */
  readonly burnIn?: number;
}

/** Bounds closer than this pin a coordinate: hit-and-run leaves it where it is. */
const PINNED = 1e-15;

/**
 * The default thinning for a polytope of dimension n: R hitandrun's `thin.fn`,
 * ⌈ln(n + 1)/4 · n³⌉, and at least 2 (n + 1)², below which the lag-1 autocorrelation of the
 * thinned chain on small simplices measured above 0.05 (R's figure alone gives 3 steps for
 * n = 2 and 10 for n = 3; see `hit-and-run.test.ts`).
 */
export function defaultThinning(n: number): number {
  return Math.max(2 * (n + 1) ** 2, Math.ceil((Math.log(n + 1) / 4) * n ** 3));
}

/**
 * A point deep inside the polytope: the centre of the largest inscribed ball (a Chebyshev
 * centre) by linear programming, and that ball's radius (0 when P has no interior).
 * @returns null when P is empty
 */
export function interiorPoint(p: Polytope): { x: Float64Array; radius: number } | null {
  const { m } = p;
  const low = p.low ?? new Float64Array(m);
  const high = p.high ?? new Float64Array(m).fill(p.simplex ? 1 : Number.POSITIVE_INFINITY);
  // Variables x_0..x_{m-1} and r (the radius), all >= 0.
  const constraints: LinearConstraint[] = [];
  const row = (coefficients: number[], min?: number, max?: number) =>
    constraints.push({ coefficients, min, max });
  for (const { coefficients, min } of p.rows) {
    const a = Array.from({ length: m }, (_, j) => coefficients[j] ?? 0);
    const norm = Math.hypot(...a);
    row([...a, -norm], min);
  }
  for (let j = 0; j < m; j++) {
    const lo = low[j] ?? 0;
    const hi = high[j] ?? Number.POSITIVE_INFINITY;
    // A coordinate fixed by its bounds (low = high) is left out of the ball.
    const pinned = hi - lo <= PINNED;
    const unit: number[] = Array.from({ length: m + 1 }, (_, k) => (k === j ? 1 : 0));
    unit[m] = pinned ? 0 : -1;
    row(unit, lo);
    if (Number.isFinite(hi)) {
      const up: number[] = Array.from({ length: m + 1 }, (_, k) => (k === j ? 1 : 0));
      up[m] = pinned ? 0 : 1;
      row(up, undefined, hi);
    }
  }
  if (p.simplex) row([...new Array<number>(m).fill(1), 0], 1, 1);
  // A cap on r keeps the programme bounded when the polytope is.
  row([...new Array<number>(m).fill(0), 1], undefined, 1);
  const objective = [...new Array<number>(m).fill(0), 1];
  const result = solveLp({ variables: m + 1, direction: "maximize", objective, constraints });
  if (result.status !== "optimal") return null;
  return { x: result.x.slice(0, m), radius: result.x[m] as number };
}

/**
 * A seeded hit-and-run chain over the polytope. Each call of the returned function advances
 * the chain by `thin` steps and writes the current point into `out` (length m).
 * @throws BearingError (input) when the polytope is empty, or unbounded (no upper bounds off
 *   the simplex).
 */
export function hitAndRun(
  p: Polytope,
  rng: RandomStream,
  options: HitAndRunOptions = {},
): (rng: RandomStream, out: Float64Array) => void {
  const { m } = p;
  const low = Float64Array.from(p.low ?? new Float64Array(m));
  const high = Float64Array.from(
    p.high ?? new Float64Array(m).fill(p.simplex ? 1 : Number.POSITIVE_INFINITY),
  );
  if (!p.simplex && high.some((h) => !Number.isFinite(h))) {
    throw new Error("hit-and-run needs upper bounds off the simplex");
  }
  const start = interiorPoint(p);
  if (!start) {
    throw BearingError.input({
      code: "inconsistent",
      message: "no weights satisfy the constraints",
      path: ["weights"],
    });
  }
  const x = start.x;
  const K = p.rows.length;
  const A = new Float64Array(K * m);
  const b = new Float64Array(K);
  p.rows.forEach((r, k) => {
    for (let j = 0; j < m; j++) A[k * m + j] = r.coefficients[j] ?? 0;
    b[k] = r.min;
  });
  // No interior (the constraints pin the point down): every sample is that point.
  const slack = new Float64Array(K);
  const ad = new Float64Array(K);
  const d = new Float64Array(m);
  const resetSlack = () => {
    for (let k = 0; k < K; k++) {
      let s = -(b[k] as number);
      for (let j = 0; j < m; j++) s += (A[k * m + j] as number) * (x[j] as number);
      slack[k] = s;
    }
  };
  resetSlack();
  let spare = Number.NaN;
  const gaussian = (r: RandomStream): number => {
    if (!Number.isNaN(spare)) {
      const g = spare;
      spare = Number.NaN;
      return g;
    }
    // Marsaglia's polar method.
    for (;;) {
      const u = 2 * uniform(r) - 1;
      const v = 2 * uniform(r) - 1;
      const s = u * u + v * v;
      if (s > 0 && s < 1) {
        const f = Math.sqrt((-2 * Math.log(s)) / s);
        spare = v * f;
        return u * f;
      }
    }
  };
  const free = Uint8Array.from({ length: m }, (_, j) =>
    (high[j] as number) - (low[j] as number) > PINNED ? 1 : 0,
  );
  const freeCount = free.reduce((a, f) => a + f, 0);
  // No room to move (the constraints pin the point down): every sample is that point.
  if (!(start.radius > 1e-12) || freeCount < (p.simplex ? 2 : 1)) {
    return (_r, out) => out.set(x);
  }
  const step = (r: RandomStream): void => {
    let mean = 0;
    for (let j = 0; j < m; j++) {
      const g = free[j] ? gaussian(r) : 0;
      d[j] = g;
      mean += g;
    }
    if (p.simplex) {
      mean /= freeCount;
      for (let j = 0; j < m; j++) if (free[j]) d[j] = (d[j] as number) - mean;
    }
    let lo = Number.NEGATIVE_INFINITY;
    let hi = Number.POSITIVE_INFINITY;
    for (let j = 0; j < m; j++) {
      const dj = d[j] as number;
      if (dj === 0) continue;
      const a = ((low[j] as number) - (x[j] as number)) / dj;
      const c = ((high[j] as number) - (x[j] as number)) / dj;
      if (dj > 0) {
        if (a > lo) lo = a;
        if (c < hi) hi = c;
      } else {
        if (c > lo) lo = c;
        if (a < hi) hi = a;
      }
    }
    for (let k = 0; k < K; k++) {
      let s = 0;
      const base = k * m;
      for (let j = 0; j < m; j++) s += (A[base + j] as number) * (d[j] as number);
      ad[k] = s;
      const sl = slack[k] as number;
      if (s > 0) {
        const t = -sl / s;
        if (t > lo) lo = t;
      } else if (s < 0) {
        const t = -sl / s;
        if (t < hi) hi = t;
      }
    }
    if (!(hi > lo)) return;
    const t = lo + (hi - lo) * uniform(r);
    for (let j = 0; j < m; j++) x[j] = (x[j] as number) + t * (d[j] as number);
    for (let k = 0; k < K; k++) slack[k] = (slack[k] as number) + t * (ad[k] as number);
  };
  const n = Math.max(1, p.simplex ? freeCount - 1 : freeCount);
  const thin = options.thin ?? defaultThinning(n);
  const burnIn = options.burnIn ?? 10 * thin;
  for (let s = 0; s < burnIn; s++) step(rng);
  return (r, out) => {
    for (let s = 0; s < thin; s++) step(r);
    // Rounding drift: clamp to the box, back onto the simplex, and recompute the slacks.
    let sum = 0;
    for (let j = 0; j < m; j++) {
      const v = Math.min(high[j] as number, Math.max(low[j] as number, x[j] as number));
      x[j] = v;
      sum += v;
    }
    if (p.simplex && sum > 0) for (let j = 0; j < m; j++) x[j] = (x[j] as number) / sum;
    resetSlack();
    out.set(x);
  };
}
