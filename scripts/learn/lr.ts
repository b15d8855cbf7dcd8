/**
 * Training of the linear models of `src/core/learn/linear.ts`: L2-regularised binary and
 * multinomial logistic regression over sparse features, minimised with L-BFGS (D. C. Liu &
 * J. Nocedal, "On the limited memory BFGS method for large scale optimization", Mathematical
 * Programming 45, 1989; two-loop recursion and Armijo backtracking as in Nocedal & Wright,
 * *Numerical Optimization*, 2nd ed., 2006, algorithms 7.4 and 3.1). The objectives are convex,
 * so the minimum does not depend on the start; training is deterministic.
 *
 * Why our own: the npm learning libraries compared (ml-logistic-regression 2.0.0: dense
 * ml-matrix, fixed-step gradient descent, no regularisation; @kobra-dev/js-regression: the
 * same, little used) neither regularise nor take sparse n-gram features, which a corpus of a
 * few hundred texts needs. This file is ~200 lines of textbook method with its tests.
 */
import { type Features, sigmoid } from "../../src/core/learn/linear.js";

/** A sparse row: parallel feature indices and values. */
export interface SparseRow {
  idx: Int32Array;
  val: Float64Array;
}

export interface LbfgsOptions {
  maxIterations?: number;
  /** Stop when the largest gradient component is below this. */
  gradientTolerance?: number;
  memory?: number;
}

/**
 * Minimises a smooth function with L-BFGS.
 *
 * @param fg returns f(w) and writes ∇f(w) into `grad`
 * @param w0 the start (not modified)
 * @returns the minimiser found and f there
 */
export function minimizeLbfgs(
  fg: (w: Float64Array, grad: Float64Array) => number,
  w0: Float64Array,
  options: LbfgsOptions = {},
): { w: Float64Array; f: number; iterations: number } {
  const n = w0.length;
  const m = options.memory ?? 10;
  const maxIt = options.maxIterations ?? 200;
  const tol = options.gradientTolerance ?? 1e-5;
  let w = Float64Array.from(w0);
  let g = new Float64Array(n);
  let f = fg(w, g);
  const S: Float64Array[] = [];
  const Y: Float64Array[] = [];
  const rho: number[] = [];
  const dot = (a: Float64Array, b: Float64Array) => {
    let s = 0;
    for (let i = 0; i < n; i++) s += (a[i] as number) * (b[i] as number);
    return s;
  };
  let it = 0;
  for (; it < maxIt; it++) {
    let gmax = 0;
    for (let i = 0; i < n; i++) gmax = Math.max(gmax, Math.abs(g[i] as number));
    if (gmax < tol) break;
    // Two-loop recursion: d = -H g.
    const q = Float64Array.from(g);
    const alpha = new Array<number>(S.length);
    for (let k = S.length - 1; k >= 0; k--) {
      const a = (rho[k] as number) * dot(S[k] as Float64Array, q);
      alpha[k] = a;
      const y = Y[k] as Float64Array;
      for (let i = 0; i < n; i++) q[i] = (q[i] as number) - a * (y[i] as number);
    }
    if (S.length > 0) {
      const sLast = S[S.length - 1] as Float64Array;
      const yLast = Y[Y.length - 1] as Float64Array;
      const gamma = dot(sLast, yLast) / dot(yLast, yLast);
      for (let i = 0; i < n; i++) q[i] = (q[i] as number) * gamma;
    } else {
      const scale = 1 / Math.max(1, Math.sqrt(dot(g, g)));
      for (let i = 0; i < n; i++) q[i] = (q[i] as number) * scale;
    }
    for (let k = 0; k < S.length; k++) {
      const b = (rho[k] as number) * dot(Y[k] as Float64Array, q);
      const s = S[k] as Float64Array;
      const a = alpha[k] as number;
      for (let i = 0; i < n; i++) q[i] = (q[i] as number) + (a - b) * (s[i] as number);
    }
    const d = q.map((v) => -v);
    let slope = dot(g, d);
    if (slope >= 0) {
      // Not a descent direction (numerical trouble): restart from steepest descent.
      S.length = 0;
      Y.length = 0;
      rho.length = 0;
      for (let i = 0; i < n; i++) d[i] = -(g[i] as number);
      slope = dot(g, d);
    }
    let step = 1;
    const wNew = new Float64Array(n);
    const gNew = new Float64Array(n);
    let fNew = Number.POSITIVE_INFINITY;
    for (let tries = 0; tries < 40; tries++) {
      for (let i = 0; i < n; i++) wNew[i] = (w[i] as number) + step * (d[i] as number);
      fNew = fg(wNew, gNew);
      if (fNew <= f + 1e-4 * step * slope) break;
      step *= 0.5;
    }
    if (!(fNew < f)) break;
    const s = new Float64Array(n);
    const y = new Float64Array(n);
    for (let i = 0; i < n; i++) {
      s[i] = (wNew[i] as number) - (w[i] as number);
      y[i] = (gNew[i] as number) - (g[i] as number);
    }
    const sy = dot(s, y);
    if (sy > 1e-12) {
      S.push(s);
      Y.push(y);
      rho.push(1 / sy);
      if (S.length > m) {
        S.shift();
        Y.shift();
        rho.shift();
      }
    }
    const converged = Math.abs(f - fNew) <= 1e-8 * Math.max(1, Math.abs(f));
    w = wNew;
    g = gNew;
    f = fNew;
    if (converged) break;
  }
  return { w, f, iterations: it };
}

/** log(1 + e^z), stable. */
function softplus(z: number): number {
  return z > 0 ? z + Math.log1p(Math.exp(-z)) : Math.log1p(Math.exp(z));
}

/**
 * Fits P(y=1|x) = σ(o + b + w·x) minimising Σ log-loss + (λ/2)‖w‖² (the bias is not
 * penalised). `offsets` (o, one per row, fixed) carry a prior model's log-odds: the fit then
 * learns corrections to it, and where the data say little the prior stands.
 *
 * @param rows sparse feature rows over `dim` features
 * @param y 0/1 targets, parallel to rows
 * @param lambda L2 strength (> 0)
 * @param penalised the L2 penalty covers the weights of columns [0, penalised) only (default
 *   all of them): columns past it are free, as the cut offsets of an ordinal model are
 * @param rowWeights a weight ≥ 0 per row multiplying its log-loss (default 1 each): rows of
 *   less trusted data (written examples) count for less
 * @returns weights (length dim) and bias
 */
export function fitBinary(
  rows: readonly SparseRow[],
  y: readonly number[],
  dim: number,
  lambda: number,
  offsets?: readonly number[],
  penalised = dim,
  rowWeights?: readonly number[],
): { w: Float64Array; b: number } {
  const fg = (p: Float64Array, grad: Float64Array) => {
    grad.fill(0);
    let f = 0;
    const b = p[dim] as number;
    for (let r = 0; r < rows.length; r++) {
      const { idx, val } = rows[r] as SparseRow;
      let z = b + (offsets?.[r] ?? 0);
      for (let j = 0; j < idx.length; j++)
        z += (p[idx[j] as number] as number) * (val[j] as number);
      const t = y[r] as number;
      const m = rowWeights?.[r] ?? 1;
      f += m * (softplus(z) - t * z);
      const e = m * (sigmoid(z) - t);
      for (let j = 0; j < idx.length; j++) {
        const k = idx[j] as number;
        grad[k] = (grad[k] as number) + e * (val[j] as number);
      }
      grad[dim] = (grad[dim] as number) + e;
    }
    return addRidge(f, p, grad, lambda, 0, penalised);
  };
  const { w } = minimizeLbfgs(fg, new Float64Array(dim + 1));
  return { w: w.slice(0, dim), b: w[dim] as number };
}

/**
 * Fits a multinomial logistic model: P(k|x) ∝ exp(o_k + b_k + w_k·x), minimising the negative
 * log-likelihood + (λ/2)Σ‖w_k‖² (biases not penalised). `offsets` (o, per row and class, fixed)
 * carry a prior model's log-probabilities: the fit then learns corrections to it (biases
 * penalised too), and where the data say little the prior stands.
 *
 * @param y class indices in [0, classes)
 * @returns W as `classes` rows of length dim, and the biases
 */
export function fitMultinomial(
  rows: readonly SparseRow[],
  y: readonly number[],
  dim: number,
  classes: number,
  lambda: number,
  offsets?: readonly (readonly number[])[],
): { W: Float64Array[]; b: Float64Array } {
  const stride = dim + 1;
  const fg = (p: Float64Array, grad: Float64Array) => {
    grad.fill(0);
    let f = 0;
    const z = new Float64Array(classes);
    for (let r = 0; r < rows.length; r++) {
      const { idx, val } = rows[r] as SparseRow;
      let max = Number.NEGATIVE_INFINITY;
      for (let k = 0; k < classes; k++) {
        const base = k * stride;
        let s = (p[base + dim] as number) + (offsets?.[r]?.[k] ?? 0);
        for (let j = 0; j < idx.length; j++)
          s += (p[base + (idx[j] as number)] as number) * (val[j] as number);
        z[k] = s;
        if (s > max) max = s;
      }
      let total = 0;
      for (let k = 0; k < classes; k++) total += Math.exp((z[k] as number) - max);
      const lse = max + Math.log(total);
      const t = y[r] as number;
      f += lse - (z[t] as number);
      for (let k = 0; k < classes; k++) {
        const e = Math.exp((z[k] as number) - lse) - (k === t ? 1 : 0);
        const base = k * stride;
        for (let j = 0; j < idx.length; j++) {
          const at = base + (idx[j] as number);
          grad[at] = (grad[at] as number) + e * (val[j] as number);
        }
        grad[base + dim] = (grad[base + dim] as number) + e;
      }
    }
    for (let k = 0; k < classes; k++) {
      // With a prior (offsets), the biases are corrections too and shrink toward it.
      f = addRidge(f, p, grad, lambda, k * stride, k * stride + (offsets ? stride : dim));
    }
    return f;
  };
  const { w } = minimizeLbfgs(fg, new Float64Array(classes * stride));
  const W: Float64Array[] = [];
  const b = new Float64Array(classes);
  for (let k = 0; k < classes; k++) {
    W.push(w.slice(k * stride, k * stride + dim));
    b[k] = w[k * stride + dim] as number;
  }
  return { W, b };
}

/**
 * The temperature T > 0 minimising the negative log-likelihood of softmax(z / T) on held-out
 * logits (temperature scaling, Guo et al. 2017), by golden-section search on log T in
 * [1/10, 10].
 */
export function fitTemperature(logits: readonly number[][], y: readonly number[]): number {
  const nll = (t: number) => {
    let s = 0;
    logits.forEach((z, r) => {
      // -log softmax(z/t)_y = log Σ exp((z_k - max)/t) + max/t - z_y/t
      const max = Math.max(...z);
      const sum = z.reduce((acc, v) => acc + Math.exp((v - max) / t), 0);
      s += Math.log(sum) + max / t - (z[y[r] as number] as number) / t;
    });
    return s;
  };
  let lo = Math.log(0.1);
  let hi = Math.log(10);
  const phi = (Math.sqrt(5) - 1) / 2;
  let a = hi - phi * (hi - lo);
  let b = lo + phi * (hi - lo);
  let fa = nll(Math.exp(a));
  let fb = nll(Math.exp(b));
  for (let i = 0; i < 60; i++) {
    if (fa < fb) {
      hi = b;
      b = a;
      fb = fa;
      a = hi - phi * (hi - lo);
      fa = nll(Math.exp(a));
    } else {
      lo = a;
      a = b;
      fa = fb;
      b = lo + phi * (hi - lo);
      fb = nll(Math.exp(b));
    }
  }
  return Math.exp((lo + hi) / 2);
}

/** A vocabulary: feature names to column indices, with the rows of a feature set. */
export class Vocabulary {
  readonly names: string[] = [];
  private readonly index = new Map<string, number>();

  /** Builds a vocabulary of the features present in at least `minCount` documents. */
  static of(docs: readonly Map<string, number>[], minCount: number): Vocabulary {
    const df = new Map<string, number>();
    for (const d of docs) for (const name of d.keys()) df.set(name, (df.get(name) ?? 0) + 1);
    const v = new Vocabulary();
    for (const name of [...df.keys()].sort()) if ((df.get(name) ?? 0) >= minCount) v.add(name);
    return v;
  }

  add(name: string): void {
    if (!this.index.has(name)) {
      this.index.set(name, this.names.length);
      this.names.push(name);
    }
  }

  get size(): number {
    return this.names.length;
  }

  row(doc: Map<string, number>): SparseRow {
    const pairs: [number, number][] = [];
    for (const [name, value] of doc) {
      const i = this.index.get(name);
      if (i !== undefined && value !== 0) pairs.push([i, value]);
    }
    pairs.sort((a, b) => a[0] - b[0]);
    return {
      idx: Int32Array.from(pairs.map((p) => p[0])),
      val: Float64Array.from(pairs.map((p) => p[1])),
    };
  }
}

/**
 * Adds the ridge (L2) penalty lambda/2 · sum p_k^2 over k in [from, to) to the objective `f`
 * and lambda · p_k to its gradient, in index order; returns the new objective.
 */
export function addRidge(
  f: number,
  p: Float64Array,
  grad: Float64Array,
  lambda: number,
  from = 0,
  to = p.length,
): number {
  let out = f;
  for (let k = from; k < to; k++) {
    const v = p[k] as number;
    out += 0.5 * lambda * v * v;
    grad[k] = (grad[k] as number) + lambda * v;
  }
  return out;
}

/** The `topK` largest weights by |w| (rounded, zeros dropped), by name, in vocabulary order. */
export function topWeights(
  w: Float64Array,
  names: readonly string[],
  topK = Number.POSITIVE_INFINITY,
): Record<string, number> {
  const kept = [...w.keys()]
    .filter((i) => roundTo(w[i] as number) !== 0)
    .sort((a, b) => Math.abs(w[b] as number) - Math.abs(w[a] as number) || a - b)
    .slice(0, topK)
    .sort((a, b) => a - b);
  const out: Record<string, number> = {};
  for (const i of kept) out[names[i] as string] = roundTo(w[i] as number);
  return out;
}

/** Rounds to `digits` decimals (model files keep 3). */
export function roundTo(x: number, digits = 3): number {
  const f = 10 ** digits;
  // "+ 0" turns -0 into 0: the generated model file prints both as 0, and the staleness test
  // compares a fresh model with the file by Object.is.
  return Math.round(x * f) / f + 0;
}

/**
 * A conditional logit (one choice among each row's candidates, D. McFadden 1974): minimises
 * Σ_rows [log Σ_c exp(w·x_c) − w·x_gold] + (λ/2)‖w‖² by L-BFGS, over the features present in at
 * least `minDf` candidates.
 *
 * @param gold per row, the index of the chosen candidate
 * @returns the `topK` largest weights by name
 */
export function fitConditionalLogit(
  candidates: Features[][],
  gold: number[],
  lambda: number,
  minDf = 1,
  topK = Number.POSITIVE_INFINITY,
): Record<string, number> {
  const vocab = Vocabulary.of(candidates.flat(), minDf);
  const rows: SparseRow[][] = candidates.map((c) => c.map((x) => vocab.row(x)));
  const fg = (w: Float64Array, grad: Float64Array) => {
    grad.fill(0);
    let f = 0;
    rows.forEach((cands, r) => {
      const z = cands.map(({ idx, val }) => {
        let s = 0;
        for (let j = 0; j < idx.length; j++)
          s += (w[idx[j] as number] as number) * (val[j] as number);
        return s;
      });
      const max = Math.max(...z);
      const lse = max + Math.log(z.reduce((acc, v) => acc + Math.exp(v - max), 0));
      const g = gold[r] as number;
      f += lse - (z[g] as number);
      cands.forEach(({ idx, val }, c) => {
        const e = Math.exp((z[c] as number) - lse) - (c === g ? 1 : 0);
        for (let j = 0; j < idx.length; j++) {
          const k = idx[j] as number;
          grad[k] = (grad[k] as number) + e * (val[j] as number);
        }
      });
    });
    return addRidge(f, w, grad, lambda);
  };
  const { w } = minimizeLbfgs(fg, new Float64Array(vocab.size));
  return topWeights(w, vocab.names, topK);
}

/** One held-out yes/no decision: its probability, its label, and whether it is said whatever
 * the threshold (a reading that stands on its own, such as a strong hand-written cue). */
export interface ThresholdRow {
  p: number;
  truth: boolean;
  forced?: boolean;
}

/** Micro-F1 of `rows` decided at threshold `t` (a row is said when forced or p ≥ t); 0 when empty. */
export function microF1At(rows: readonly ThresholdRow[], t: number): number {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const r of rows) {
    const said = r.forced === true || r.p >= t;
    if (said && r.truth) tp++;
    else if (said) fp++;
    else if (r.truth) fn++;
  }
  return (2 * tp) / Math.max(1, 2 * tp + fp + fn);
}

/**
 * The decision threshold with the best micro-F1 over held-out `rows`: `start` unless a value
 * of `grid` beats it (by more than 1e-9; the earlier of equal values wins). With `start` null,
 * the best value of `grid` whatever it is. With `tolerance` > 0, the highest value of `grid`
 * whose micro-F1 is within `tolerance` of that best (a steadier choice on a flat curve, in the
 * spirit of the one-standard-error rule: Breiman, Friedman, Olshen & Stone, 1984, §3.4.3).
 */
export function bestThreshold(
  rows: readonly ThresholdRow[],
  grid: readonly number[],
  start: number | null = 0.5,
  tolerance = 0,
  side: "high" | "low" = "high",
): number {
  let pick = start ?? (grid[0] as number);
  let best = start === null ? Number.NEGATIVE_INFINITY : microF1At(rows, start);
  const scored: [number, number][] = [];
  for (const t of grid) {
    const v = microF1At(rows, t);
    scored.push([t, v]);
    if (v > best + 1e-9) [pick, best] = [t, v];
  }
  if (tolerance <= 0) return pick;
  // On a flat curve the best point moves with any small change of the rows; the highest
  // threshold within `tolerance` of the best (the one that says least) does not.
  if (side === "low") {
    for (const [t, v] of scored) if (v >= best - tolerance && t < pick) pick = t;
    return pick;
  }
  for (const [t, v] of scored) if (v >= best - tolerance && t > pick) pick = t;
  return pick;
}

/**
 * Row weights for {@link fitBinary} when the first `real` of `total` rows weigh 1 and the rest,
 * rows of another origin (examples the project wrote), weigh `weight` each.
 *
 * @returns undefined when there are no other rows, so the fit is exactly the unweighted one
 */
export function extraRowWeights(real: number, total: number, weight: number): number[] | undefined {
  return total > real
    ? Array.from({ length: total }, (_, r) => (r < real ? 1 : weight))
    : undefined;
}

/**
 * A seeded uniform generator on [0, 1): mulberry32 (T. Ettinger, 2017), 32 bits of state; the
 * same seed gives the same sequence on every platform.
 */
export function mulberry32(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Deterministic k-fold assignment: ids shuffled by a seeded generator (mulberry32), then
 * dealt round-robin, so every fold has ⌊n/k⌋ or ⌈n/k⌉ documents.
 */
export function foldsOf(n: number, k: number, seed: number): number[] {
  const rand = mulberry32(seed);
  const order = Array.from({ length: n }, (_, i) => i);
  for (let i = n - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [order[i], order[j]] = [order[j] as number, order[i] as number];
  }
  const fold = new Array<number>(n).fill(0);
  order.forEach((doc, i) => {
    fold[doc] = i % k;
  });
  return fold;
}

/**
 * Out-of-fold predictions, the loop of every k-fold cross-validation here: the items are dealt
 * into k folds ({@link foldsOf} with `seed`), and each fold's items are predicted by a model
 * fitted on the other folds only.
 *
 * @returns the prediction of every item, in input order
 */
export function outOfFold<T, M, R>(
  items: readonly T[],
  k: number,
  seed: number,
  fitOn: (train: T[]) => M,
  predict: (model: M, item: T, index: number) => R,
): R[] {
  const folds = foldsOf(items.length, k, seed);
  const out = new Array<R>(items.length);
  for (let f = 0; f < k; f++) {
    const model = fitOn(items.filter((_, i) => folds[i] !== f));
    items.forEach((item, i) => {
      if (folds[i] === f) out[i] = predict(model, item, i);
    });
  }
  return out;
}
