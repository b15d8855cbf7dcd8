/**
 * SMAA-2, stochastic multicriteria acceptability analysis with ranks (Lahdelma & Salminen
 * 2001, "SMAA-2: Stochastic multicriteria acceptability analysis for group decision making",
 * Operations Research 49(3):444-454), by Monte Carlo simulation (Tervonen & Lahdelma 2007,
 * "Implementing stochastic multicriteria acceptability analysis", EJOR 178(2):500-513).
 *
 * Model: the utility of alternative i is u_i = sum_j w_j v_ij with partial values v (higher =
 * better) and weights w, both uncertain. In each of N samples we draw w (`weight-sampling.ts`)
 * and v (uniform within each value interval), and rank by utility. Conventions follow
 * bearing's contracts.md and the R package smaa (van Valkenhoef & Tervonen):
 * - rank of i = 1 + the number of alternatives with strictly greater utility (ties share),
 *   where "greater" means by more than rounding, bearing's one tie rule (`../rank.ts`,
 *   `beatingBar`: by more than 1e-12 max(1, |u_i|)). Without this, alternatives tied in exact arithmetic
 *   (e.g. trading off equally between two criteria of tied weight) would be ranked by
 *   rounding noise, splitting their acceptabilities at random and zeroing their confidence;
 * - rank acceptability b_i^r = share of samples in which i has rank r;
 * - central weight vector w_i^c = mean weight over the samples where i ranks first (null if
 *   it never does);
 * - confidence factor p_i^c = share of the same value samples in which i ranks first when
 *   every alternative is valued with w_i^c (null without central weights).
 * Each row of the rank acceptability matrix sums to 1; each column does too when no ties
 * occur (with probability 1 when some value or weight is continuous and uncertain).
 *
 * Reproducibility: one seed gives two independent streams (`random.ts`), one for weights and
 * one for values (`valueStream`). The confidence-factor pass reads the first pass's value draws
 * back when N x n x m of them fit in 16 MB, and otherwise replays the value stream, which gives
 * the same numbers. Pre-drawn weight and value samples bypass sampling altogether.
 *
 * Cost: O(N (m + n m + n min(n, log n))) for the acceptabilities and up to O(N n^2 m) for the
 * confidence factors (each check stops at the first alternative that beats the candidate);
 * memory O(n m + n^2) plus the kept draws (at most 16 MB, else none). No allocation inside the
 * sampling loops.
 */

import { BearingError } from "../../errors.js";
import { type Matrix, type MatrixLike, toMatrix } from "../matrix.js";
import { beatingBar } from "../rank.js";
import { smaaStreams, type ValueStream, valueStream } from "./random.js";
import { type WeightModel, weightSampler } from "./weight-sampling.js";

/** The partial values (higher = better, typically in [0, 1]) of n alternatives on m criteria. */
export type ValueModel =
  /** Known values; NaN marks a missing rating, sampled uniformly on [0, 1]. */
  | { readonly kind: "exact"; readonly values: MatrixLike }
  /** Uniform on [low, high] per cell (low = high: known); NaN in either marks a missing rating. */
  | { readonly kind: "intervals"; readonly low: MatrixLike; readonly high: MatrixLike }
  /**
   * Pre-drawn values: N samples of an n x m matrix, either nested (`samples[k][i][j]`) or flat
   * row-major (`samples[(k * n + i) * m + j]`, with `alternatives` = n and `criteria` = m).
   */
  | {
      readonly kind: "samples";
      readonly samples: Float64Array | ReadonlyArray<ReadonlyArray<ArrayLike<number>>>;
      readonly alternatives?: number;
      readonly criteria?: number;
    };

export interface Smaa2Input {
  values: ValueModel;
  weights: WeightModel;
  /** Monte Carlo samples N (default 10,000); taken from pre-drawn samples when given. */
  samples?: number;
  /** Integer seed (default 1); only the low 32 bits are used. */
  seed?: number;
  /** Also count pairwise winning indices (default false). */
  pairwiseWinning?: boolean;
  /**
   * Count only the first R ranks (default: all n). The rank acceptability matrix is then
   * n x R, and each sample finds its R best alternatives in O(n + R log R log n) (a bounded
   * heap) instead of ranking all n in O(n log n): what keeps thousands of alternatives linear
   * in time and in memory (n x n counts are 100 MB at n = 5,000). First-rank acceptabilities,
   * central weights and confidence factors are the same whatever R.
   */
  ranks?: number;
  /**
   * Keep what each sample drew (default false): its n utilities and the values of the
   * uncertain cells. Costs O(N (n + c)) memory for c uncertain cells; used to estimate the
   * value of information (`decision/information-value.ts`).
   */
  recordDraws?: boolean;
  /**
   * Keep the value draws for the confidence-factor pass (default: when N x n x m of them fit in
   * 16 MB) or draw them again (false). The results are the same either way.
   */
  keepDraws?: boolean;
}

/** What each sample drew, kept when `recordDraws` is set. */
export interface Smaa2Draws {
  /** N x n utilities u_i = sum_j w_j v_ij, row-major (sample k, alternative i at k n + i). */
  utilities: Float64Array;
  /** Row-major indices (i m + j) of the c cells whose value varies between samples. */
  cells: Int32Array;
  /** c x N drawn values of those cells, cell by cell (cell t, sample k at t N + k). */
  values: Float64Array;
}

export interface Smaa2Result {
  /**
   * n x R (R = `ranks`, default n): entry (i, r) = share of samples in which alternative i
   * has rank r + 1.
   */
  rankAcceptability: Matrix;
  /** n first-rank acceptabilities b_i^1 (column 0 of `rankAcceptability`). */
  firstRankAcceptability: Float64Array;
  /** Per alternative: its m central weights, or null if it never ranks first. */
  centralWeights: Array<Float64Array | null>;
  /** Per alternative: its confidence factor in [0, 1], or null without central weights. */
  confidence: Array<number | null>;
  /** n x n share of samples with u_i > u_k (R smaa's pairwise winning index), if asked. */
  pairwiseWinning: Matrix | null;
  /** N, the number of samples used. */
  samples: number;
  /** The seed used (meaningless when both weights and values were pre-drawn). */
  seed: number;
  /** The draws of every sample when `recordDraws` was set, else null. */
  draws: Smaa2Draws | null;
}

export const DEFAULT_SAMPLES = 10_000;
export const DEFAULT_SEED = 1;

/**
 * The value draws kept for the confidence pass when N x n x m of them fit in this many doubles
 * (16 MB): that pass then reads them back instead of drawing them again. Larger problems replay
 * the value stream (same numbers, memory independent of N).
 */
const KEEP_VALUES = 2 ** 21;

const TWO_TO_MINUS_32 = 2 ** -32;
const TWO_TO_MINUS_33 = 2 ** -33;
/** The largest unsigned 32-bit word. */
const MAX_WORD = 2 ** 32 - 1;

/**
 * The buffer that held the last run's kept draws, reused by the next run while the garbage
 * collector has not taken it: a fresh 13 MB buffer costs more in first-touch page faults than
 * drawing its values does. Held weakly, so an idle process gives the memory back.
 */
let keptBuffer: WeakRef<Float64Array> | null = null;

/** A buffer of at least `size` doubles for the kept draws (contents undefined). */
function keptDraws(size: number): Float64Array {
  const held = keptBuffer?.deref();
  if (held && held.length >= size) return held;
  const fresh = new Float64Array(size);
  keptBuffer = new WeakRef(fresh);
  return fresh;
}

/** Writes the n x m values of sample k; see `fill`. */
interface ValueSource {
  n: number;
  m: number;
  /** Pre-drawn sample count, else null. */
  count: number | null;
  /** True when every sample is the same matrix (nothing to draw). */
  constant: boolean;
  /** n x m bounds of every value over all samples (row-major). */
  lower: Float64Array;
  upper: Float64Array;
  /** Every sample's values, N x n x m row-major, when they are held (pre-drawn), else null. */
  stored: Float64Array | null;
  /**
   * Writes sample k's n x m values at out[offset ...], drawing from `rng`. With `knownInPlace`
   * the cells that never vary are taken to be there already (a buffer reused for every sample).
   * With weights `w` (length m), also writes the n utilities u_i = sum_j w_j v_ij (summed left
   * to right, as `utilities`) into `u`.
   */
  fill(
    rng: ValueStream,
    out: Float64Array,
    offset: number,
    k: number,
    knownInPlace: boolean,
    w: Float64Array | null,
    u: Float64Array | null,
  ): void;
}

/**
 * Runs SMAA-2.
 * @returns rank acceptabilities, central weights, confidence factors (see the module note).
 * @throws BearingError (input) for inconsistent shapes, non-finite values, low > high,
 *   a sample count that is not a positive integer, or infeasible weight intervals.
 */
export function smaa2(input: Smaa2Input): Smaa2Result {
  const source = valueSource(input.values);
  const { n, m } = source;
  const weights = weightSampler(input.weights, m);
  const N = sampleCount(input.samples, weights.count, source.count);
  const seed = input.seed ?? DEFAULT_SEED;
  if (!Number.isSafeInteger(seed)) {
    throw BearingError.input({
      code: "invalid_value",
      message: `seed ${seed} is not an integer`,
      path: ["params", "seed"],
    });
  }

  const R = input.ranks ?? n;
  if (!(Number.isSafeInteger(R) && R >= 1 && R <= n)) {
    throw BearingError.input({
      code: "invalid_value",
      message: `ranks must be an integer from 1 to ${n}, got ${R}`,
      path: ["params", "ranks"],
    });
  }
  // The heap pays off when it leaves most alternatives out; else rank them all.
  const top = R < n && n > 32 && R * 4 <= n ? topScratch(n, R) : null;
  const streams = { weights: smaaStreams(seed).weights, values: valueStream(seed) };
  const w = new Float64Array(m);
  const v = new Float64Array(n * m);
  const u = new Float64Array(n);
  const rankCounts = new Int32Array(n * R);
  const weightMeans = new Float64Array(n * m);
  const wins = input.pairwiseWinning ? new Float64Array(n * n) : null;
  const ranks = new Int32Array(n);
  const scratch = rankScratch(n);
  const draws = input.recordDraws ? emptyDraws(source, N) : null;
  const size = n * m;
  // Sample k's values are at values[offset ...]: in the pre-drawn samples, in the kept draws,
  // or in the one buffer v.
  const kept =
    source.stored ??
    (!source.constant && (input.keepDraws ?? N * size <= KEEP_VALUES)
      ? keptDraws(N * size + PAD)
      : null);

  for (let k = 0; k < N; k++) {
    weights.sample(streams.weights, w, k);
    let values: Float64Array = v;
    let offset = 0;
    if (kept) {
      values = kept;
      offset = k * size;
      if (source.stored) utilities(values, offset, w, n, m, u);
      else source.fill(streams.values, kept, offset, k, false, w, u);
    } else source.fill(streams.values, v, 0, k, k > 0, w, u);
    if (draws) {
      draws.utilities.set(u, k * n);
      const c = draws.cells.length;
      for (let t = 0; t < c; t++)
        draws.values[t * N + k] = values[offset + (draws.cells[t] as number)] as number;
    }
    let counted = n;
    let ids: Int32Array | null = null;
    if (top) {
      counted = topRanks(u, ranks, top);
      ids = top.ids;
    } else rankByUtility(u, ranks, scratch);
    for (let t = 0; t < counted; t++) {
      const i = ids ? (ids[t] as number) : t;
      const r = ranks[ids ? t : i] as number;
      if (r >= R) continue;
      const count = (rankCounts[i * R + r] as number) + 1;
      rankCounts[i * R + r] = count;
      if (r === 0) {
        // A running mean rather than a sum: it is exact when every weight vector is the same
        // (R smaa's degenerate test cases) and as accurate as a sum otherwise.
        const base = i * m;
        const step = 1 / count;
        for (let j = 0; j < m; j++) {
          const mean = weightMeans[base + j] as number;
          weightMeans[base + j] = mean + ((w[j] as number) - mean) * step;
        }
      }
    }
    if (wins) {
      for (let i = 0; i < n; i++) {
        const ui = u[i] as number;
        for (let h = 0; h < n; h++)
          wins[i * n + h] = (wins[i * n + h] as number) + +(ui > (u[h] as number));
      }
    }
  }

  const rankAcceptability = new Float64Array(n * R);
  for (let t = 0; t < n * R; t++) rankAcceptability[t] = (rankCounts[t] as number) / N;
  const firstRankAcceptability = new Float64Array(n);
  const centralWeights: Array<Float64Array | null> = [];
  for (let i = 0; i < n; i++) {
    const firsts = rankCounts[i * R] as number;
    firstRankAcceptability[i] = firsts / N;
    centralWeights.push(firsts > 0 ? weightMeans.slice(i * m, (i + 1) * m) : null);
  }

  // Pre-drawn values have no room after their last row: the confidence pass copies them.
  const confidence = confidenceFactors(
    source,
    centralWeights,
    N,
    seed,
    source.stored ? null : kept,
  );
  let pairwiseWinning: Matrix | null = null;
  if (wins) {
    for (let t = 0; t < n * n; t++) wins[t] = (wins[t] as number) / N;
    pairwiseWinning = { rows: n, cols: n, data: wins };
  }
  return {
    rankAcceptability: { rows: n, cols: R, data: rankAcceptability },
    firstRankAcceptability,
    centralWeights,
    confidence,
    pairwiseWinning,
    samples: N,
    seed,
    draws,
  };
}

/** Buffers for N samples of the utilities and of the cells whose bounds differ. */
function emptyDraws(source: ValueSource, N: number): Smaa2Draws {
  const cells: number[] = [];
  for (let t = 0; t < source.n * source.m; t++)
    if ((source.lower[t] as number) < (source.upper[t] as number)) cells.push(t);
  return {
    utilities: new Float64Array(N * source.n),
    cells: Int32Array.from(cells),
    values: new Float64Array(N * cells.length),
  };
}

/**
 * Holistic acceptability a_i = sum_r alpha_r b_i^r (Lahdelma & Salminen 2001, section 3.3).
 * @param metaWeights n meta-weights alpha (alpha_1 = 1 >= alpha_2 >= ...); default linear,
 *   alpha_r = (n - r) / (n - 1).
 */
export function holisticAcceptability(
  rankAcceptability: Matrix,
  metaWeights?: ArrayLike<number>,
): Float64Array {
  const n = rankAcceptability.rows;
  const alpha =
    metaWeights ?? Float64Array.from({ length: n }, (_, r) => (n > 1 ? (n - 1 - r) / (n - 1) : 1));
  const out = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    let s = 0;
    for (let r = 0; r < n; r++)
      s += (alpha[r] as number) * (rankAcceptability.data[i * n + r] as number);
    out[i] = s;
  }
  return out;
}

function sampleCount(
  requested: number | undefined,
  weightCount: number | null,
  valueCount: number | null,
): number {
  const given = [weightCount, valueCount].filter((c): c is number => c !== null);
  if (given.length === 2 && given[0] !== given[1]) {
    throw BearingError.input({
      code: "invalid_value",
      message: `${weightCount} weight samples but ${valueCount} value samples`,
      path: ["params", "weightSamples"],
    });
  }
  const N = given[0] ?? requested ?? DEFAULT_SAMPLES;
  if (requested !== undefined && given.length > 0 && requested !== N) {
    throw BearingError.input({
      code: "invalid_value",
      message: `samples = ${requested} but ${N} pre-drawn samples were given`,
      path: ["params", "samples"],
    });
  }
  if (!Number.isSafeInteger(N) || N < 1) {
    throw BearingError.input({
      code: "invalid_value",
      message: `the number of samples must be a positive integer, got ${N}`,
      path: ["params", "samples"],
    });
  }
  return N;
}

/**
 * u = V w for the n x m row-major V at v[offset ...], each u_i summed over j left to right. Four
 * rows at a time: their sums do not wait on one another, so the additions overlap instead of
 * queueing.
 */
function utilities(
  v: Float64Array,
  offset: number,
  w: Float64Array,
  n: number,
  m: number,
  u: Float64Array,
): void {
  let i = 0;
  for (; i + 4 <= n; i += 4) {
    const b0 = offset + i * m;
    const b1 = b0 + m;
    const b2 = b1 + m;
    const b3 = b2 + m;
    let s0 = 0;
    let s1 = 0;
    let s2 = 0;
    let s3 = 0;
    for (let j = 0; j < m; j++) {
      const wj = w[j] as number;
      s0 += wj * (v[b0 + j] as number);
      s1 += wj * (v[b1 + j] as number);
      s2 += wj * (v[b2 + j] as number);
      s3 += wj * (v[b3 + j] as number);
    }
    u[i] = s0;
    u[i + 1] = s1;
    u[i + 2] = s2;
    u[i + 3] = s3;
  }
  for (; i < n; i++) {
    const base = offset + i * m;
    let s = 0;
    for (let j = 0; j < m; j++) s += (w[j] as number) * (v[base + j] as number);
    u[i] = s;
  }
}

/** Scratch space for `rankByUtility`, sized for n alternatives. */
export interface RankScratch {
  /** Up to 32 alternatives: each one's beating bar (see `beatingBar`). */
  bars: Float64Array;
  /** Utilities with the alternative's index in their lowest mantissa bits (sort keys). */
  keys: Float64Array;
  /** The same memory as 32-bit words, to write and read those bits. */
  words: Uint32Array;
  /** Exact utilities in descending order. */
  descending: Float64Array;
  /** Bits of the mantissa that carry the index. */
  indexBits: number;
}

export function rankScratch(n: number): RankScratch {
  const keys = new Float64Array(n);
  return {
    bars: new Float64Array(n),
    keys,
    words: new Uint32Array(keys.buffer),
    descending: new Float64Array(n),
    indexBits: Math.max(1, Math.ceil(Math.log2(n))),
  };
}

// The low 32-bit word of a float64 in a Float64Array's memory: first on little-endian machines.
const LOW_WORD = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1 ? 0 : 1;

/** Up to this many alternatives, `rankByUtility` counts pairs instead of sorting. */
const COUNT_PAIRS_UP_TO = 32;

/**
 * ranks[i] = number of alternatives that beat i (see `beatingBar`), its 0-based rank.
 * Up to 32 alternatives: counted by definition, every utility against every bar, n^2
 * comparisons without a branch (each adds 0 or 1), four bars at a time so that their counts
 * add up side by side. Sorting does fewer comparisons, but each of its branches goes one way or
 * the other at random from one sample to the next, and a mispredicted branch costs more than
 * the comparisons it saves: at 20 alternatives this is about twice as fast as an insertion sort
 * starting from the last sample's order. Above: O(n log n) with one native sort and linear
 * passes. The sort keys are the utilities with the alternative's index written into
 * the lowest ceil(log2 n) mantissa bits, so the typed array's own numeric sort (no comparator)
 * yields the order of the alternatives; the keys differ from the utilities by less than
 * 2^(b - 52) of their size for b index bits, so that order is the exact one up to near-ties. The exact utilities are put in
 * that order and the few near-tie inversions mended by insertion; then one pointer walks down
 * the exact descending utilities, stepping back when a bar is higher than the one before, so
 * each rank is exact whatever the keys' rounding did.
 */
export function rankByUtility(u: Float64Array, ranks: Int32Array, scratch: RankScratch): void {
  const n = u.length;
  if (n <= COUNT_PAIRS_UP_TO) {
    const { bars } = scratch;
    for (let i = 0; i < n; i++) bars[i] = beatingBar(u[i] as number);
    let i = 0;
    for (; i + 8 <= n; i += 8) {
      const b0 = bars[i] as number;
      const b1 = bars[i + 1] as number;
      const b2 = bars[i + 2] as number;
      const b3 = bars[i + 3] as number;
      const b4 = bars[i + 4] as number;
      const b5 = bars[i + 5] as number;
      const b6 = bars[i + 6] as number;
      const b7 = bars[i + 7] as number;
      let r0 = 0;
      let r1 = 0;
      let r2 = 0;
      let r3 = 0;
      let r4 = 0;
      let r5 = 0;
      let r6 = 0;
      let r7 = 0;
      for (let h = 0; h < n; h++) {
        const x = u[h] as number;
        r0 += +(x > b0);
        r1 += +(x > b1);
        r2 += +(x > b2);
        r3 += +(x > b3);
        r4 += +(x > b4);
        r5 += +(x > b5);
        r6 += +(x > b6);
        r7 += +(x > b7);
      }
      ranks[i] = r0;
      ranks[i + 1] = r1;
      ranks[i + 2] = r2;
      ranks[i + 3] = r3;
      ranks[i + 4] = r4;
      ranks[i + 5] = r5;
      ranks[i + 6] = r6;
      ranks[i + 7] = r7;
    }
    for (; i + 4 <= n; i += 4) {
      const b0 = bars[i] as number;
      const b1 = bars[i + 1] as number;
      const b2 = bars[i + 2] as number;
      const b3 = bars[i + 3] as number;
      let r0 = 0;
      let r1 = 0;
      let r2 = 0;
      let r3 = 0;
      for (let h = 0; h < n; h++) {
        const x = u[h] as number;
        r0 += +(x > b0);
        r1 += +(x > b1);
        r2 += +(x > b2);
        r3 += +(x > b3);
      }
      ranks[i] = r0;
      ranks[i + 1] = r1;
      ranks[i + 2] = r2;
      ranks[i + 3] = r3;
    }
    for (; i < n; i++) {
      const b = bars[i] as number;
      let r = 0;
      for (let h = 0; h < n; h++) r += +((u[h] as number) > b);
      ranks[i] = r;
    }
    return;
  }
  const { keys, words, descending, indexBits } = scratch;
  const mask = (1 << indexBits) - 1;
  keys.set(u);
  for (let i = 0; i < n; i++) {
    const at = 2 * i + LOW_WORD;
    words[at] = (((words[at] as number) & ~mask) | i) >>> 0;
  }
  keys.sort();
  // keys ascending: alternative of the t-th largest key is at n - 1 - t.
  for (let t = 0; t < n; t++)
    descending[t] = u[(words[2 * (n - 1 - t) + LOW_WORD] as number) & mask] as number;
  for (let t = 1; t < n; t++) {
    const x = descending[t] as number;
    let p = t - 1;
    while (p >= 0 && (descending[p] as number) < x) {
      descending[p + 1] = descending[p] as number;
      p--;
    }
    descending[p + 1] = x;
  }
  let above = 0;
  for (let t = 0; t < n; t++) {
    const i = (words[2 * (n - 1 - t) + LOW_WORD] as number) & mask;
    const bar = beatingBar(u[i] as number);
    while (above < n && (descending[above] as number) > bar) above++;
    while (above > 0 && (descending[above - 1] as number) <= bar) above--;
    ranks[i] = above;
  }
}

/** Scratch space for `topRanks`: a bounded min-heap of the R best and a membership stamp. */
export interface TopScratch {
  R: number;
  /** Heap of the R largest utilities so far (smallest at 0) and their alternatives. */
  heapU: Float64Array;
  heapI: Int32Array;
  /** Output: the alternatives whose rank is below R (the R best, then any tied with them). */
  ids: Int32Array;
  /** In the heap at sample `stamp` when inHeap[i] === stamp. */
  inHeap: Int32Array;
  stamp: number;
  /** The R best utilities in descending order. */
  descending: Float64Array;
}

export function topScratch(n: number, R: number): TopScratch {
  return {
    R,
    heapU: new Float64Array(R),
    heapI: new Int32Array(R),
    ids: new Int32Array(n),
    inHeap: new Int32Array(n).fill(-1),
    stamp: 0,
    descending: new Float64Array(R),
  };
}

/**
 * The alternatives whose rank (`rankByUtility`'s: the number that beat it) is below R, and
 * their ranks: ids[t] and ranks[t] for t < the count returned, the R largest utilities first
 * in descending order. A min-heap keeps the R largest utilities met so far, so most
 * alternatives cost one comparison with its root; anything greater than the R-th largest is
 * in it, hence so is every alternative that beats one of them, and their ranks are counted
 * among the R alone. An alternative left out ranks below R only when the R-th largest does not
 * beat it (a near-tie at the boundary): one last pass adds those.
 */
export function topRanks(u: Float64Array, ranks: Int32Array, top: TopScratch): number {
  const n = u.length;
  const { R, heapU, heapI, ids, inHeap, descending } = top;
  // Fill with the first R, heapify, then sift in whatever beats the root.
  for (let i = 0; i < R; i++) {
    heapU[i] = u[i] as number;
    heapI[i] = i;
  }
  for (let p = (R >> 1) - 1; p >= 0; p--) siftDown(heapU, heapI, R, p);
  for (let i = R; i < n; i++) {
    const x = u[i] as number;
    if (x > (heapU[0] as number)) {
      heapU[0] = x;
      heapI[0] = i;
      siftDown(heapU, heapI, R, 0);
    }
  }
  // Pop into descending order (the smallest first, written from the back).
  let size = R;
  while (size > 0) {
    const last = size - 1;
    descending[last] = heapU[0] as number;
    ids[last] = heapI[0] as number;
    heapU[0] = heapU[last] as number;
    heapI[0] = heapI[last] as number;
    size = last;
    siftDown(heapU, heapI, size, 0);
  }
  const stamp = ++top.stamp;
  let above = 0;
  for (let t = 0; t < R; t++) {
    const i = ids[t] as number;
    inHeap[i] = stamp;
    const bar = beatingBar(u[i] as number);
    while (above < R && (descending[above] as number) > bar) above++;
    while (above > 0 && (descending[above - 1] as number) <= bar) above--;
    ranks[t] = above;
  }
  let count = R;
  const lowest = descending[R - 1] as number;
  for (let h = 0; h < n; h++) {
    const x = u[h] as number;
    if (inHeap[h] === stamp || !(beatingBar(x) >= lowest)) continue;
    const bar = beatingBar(x);
    let r = 0;
    while (r < R && (descending[r] as number) > bar) r++;
    ids[count] = h;
    ranks[count] = r;
    count++;
  }
  return count;
}

function siftDown(heapU: Float64Array, heapI: Int32Array, size: number, start: number): void {
  let p = start;
  const x = heapU[p] as number;
  const xi = heapI[p] as number;
  for (;;) {
    let c = 2 * p + 1;
    if (c >= size) break;
    if (c + 1 < size && (heapU[c + 1] as number) < (heapU[c] as number)) c++;
    if (!((heapU[c] as number) < x)) break;
    heapU[p] = heapU[c] as number;
    heapI[p] = heapI[c] as number;
    p = c;
  }
  heapU[p] = x;
  heapI[p] = xi;
}

/**
 * Replays the value samples and counts, for each alternative i with central weights c, the
 * samples where it ranks first under c. Each rival h carries the largest utility it can reach
 * in any sample, b_h = fl(sum_j c_j upper_hj), summed in the same order as the sample
 * utilities of this pass (`cfDot`), so by monotone rounding a computed u_h never exceeds b_h.
 * Rivals are tried in decreasing b_h: once b_h is at or below the bar i's utility sets in this
 * sample, no rival left can beat i and the check stops without computing their utilities.
 * Rivals that cannot beat i in any sample (b_h <= fl(sum_j c_j lower_ij)) are dropped up front.
 *
 * The samples go by blocks of up to 64 samples and `BLOCK_VALUES` values (they stay in the
 * cache), candidate by candidate within a block, so that each candidate's weights and rivals are read once a block.
 * Up to 8 criteria, the weights are held in eight variables, zero past m: a utility is then 8
 * products read from the row onwards (the rows are followed by `PAD` more values, and the
 * products past m are zeros).
 * @param kept the first pass's value draws followed by at least `PAD` finite values, or null
 *   (pre-drawn values, copied block by block, or values drawn again).
 */
function confidenceFactors(
  source: ValueSource,
  centralWeights: Array<Float64Array | null>,
  N: number,
  seed: number,
  kept: Float64Array | null,
): Array<number | null> {
  const { n, m, stored } = source;
  const size = n * m;
  const lower = padded(source.lower);
  const upper = padded(source.upper);
  const wins = new Float64Array(n);
  const passes = source.constant ? 1 : N;
  // Candidate q (alternative ids[q]) has its weights at cw[q W ...] (W = max(m, 8), zero past
  // m) and rivals from[q] .. from[q + 1] - 1 of rows (each a row offset h m) and reach.
  const W = Math.max(m, 8);
  const ids: number[] = [];
  const cw: number[] = [];
  const from: number[] = [0];
  const rows: number[] = [];
  const reach: number[] = [];
  for (let i = 0; i < n; i++) {
    const c = centralWeights[i];
    if (!c) continue;
    const cq = new Float64Array(W);
    cq.set(c);
    const worst = cfDot(cq, 0, lower, i * m, m);
    const rivals: Array<{ h: number; best: number }> = [];
    for (let h = 0; h < n; h++) {
      const best = cfDot(cq, 0, upper, h * m, m);
      if (h !== i && best > worst) rivals.push({ h, best });
    }
    rivals.sort((a, b) => b.best - a.best || a.h - b.h);
    ids.push(i);
    cw.push(...cq);
    for (const r of rivals) {
      rows.push(r.h * m);
      reach.push(r.best);
    }
    from.push(rows.length);
  }
  const K = ids.length;
  const weights = Float64Array.from(cw);
  const start = Int32Array.from(from);
  const rivalRow = Int32Array.from(rows);
  const rivalReach = Float64Array.from(reach);
  // The block's values: the kept draws in place, else copied (pre-drawn) or drawn again.
  const samplesPerBlock = Math.max(1, Math.min(64, Math.floor(BLOCK_VALUES / size)));
  const block = kept ? null : new Float64Array(samplesPerBlock * size + PAD);
  const rng = stored || kept ? null : valueStream(seed);
  for (let k0 = 0; k0 < passes; k0 += samplesPerBlock) {
    const k1 = Math.min(passes, k0 + samplesPerBlock);
    let v: Float64Array;
    let first: number;
    if (kept) {
      v = kept;
      first = k0 * size;
    } else {
      v = block as Float64Array;
      first = 0;
      if (stored) v.set(stored.subarray(k0 * size, k1 * size));
      else {
        for (let k = k0; k < k1; k++)
          source.fill(rng as ValueStream, v, (k - k0) * size, k, false, null, null);
      }
    }
    const last = first + (k1 - k0 - 1) * size;
    for (let q = 0; q < K; q++) {
      const i = ids[q] as number;
      const own = i * m;
      const from = start[q] as number;
      const end = start[q + 1] as number;
      const at = q * W;
      let count = 0;
      if (m <= 8) {
        const c0 = weights[at] as number;
        const c1 = weights[at + 1] as number;
        const c2 = weights[at + 2] as number;
        const c3 = weights[at + 3] as number;
        const c4 = weights[at + 4] as number;
        const c5 = weights[at + 5] as number;
        const c6 = weights[at + 6] as number;
        const c7 = weights[at + 7] as number;
        for (let o = first; o <= last; o += size) {
          let r = o + own;
          const x =
            c0 * (v[r] as number) +
            c1 * (v[r + 1] as number) +
            c2 * (v[r + 2] as number) +
            c3 * (v[r + 3] as number) +
            c4 * (v[r + 4] as number) +
            c5 * (v[r + 5] as number) +
            c6 * (v[r + 6] as number) +
            c7 * (v[r + 7] as number);
          const bar = beatingBar(x);
          let beaten = 0;
          for (let t = from; t < end; t++) {
            if ((rivalReach[t] as number) <= bar) break;
            r = o + (rivalRow[t] as number);
            const y =
              c0 * (v[r] as number) +
              c1 * (v[r + 1] as number) +
              c2 * (v[r + 2] as number) +
              c3 * (v[r + 3] as number) +
              c4 * (v[r + 4] as number) +
              c5 * (v[r + 5] as number) +
              c6 * (v[r + 6] as number) +
              c7 * (v[r + 7] as number);
            if (y > bar) {
              beaten = 1;
              break;
            }
          }
          count += 1 - beaten;
        }
      } else {
        for (let o = first; o <= last; o += size) {
          const bar = beatingBar(cfDot(weights, at, v, o + own, m));
          let beaten = 0;
          for (let t = from; t < end; t++) {
            if ((rivalReach[t] as number) <= bar) break;
            if (cfDot(weights, at, v, o + (rivalRow[t] as number), m) > bar) {
              beaten = 1;
              break;
            }
          }
          count += 1 - beaten;
        }
      }
      wins[i] = (wins[i] as number) + count;
    }
  }
  return centralWeights.map((c, i) => (c ? (wins[i] as number) / passes : null));
}

/**
 * Values per block of the confidence pass at most (256 KB), unless one sample has more: 64
 * samples of 20 x 8, one of 5,000 x 30 (a block of 64 such samples would take 77 MB).
 */
const BLOCK_VALUES = 2 ** 15;
/** Values after the last row of a buffer read by the confidence pass (zeros or finite). */
const PAD = 8;

/** x followed by PAD zeros. */
function padded(x: Float64Array): Float64Array {
  const out = new Float64Array(x.length + PAD);
  out.set(x);
  return out;
}

/**
 * A utility of the confidence pass: sum_j c[at + j] x[offset + j], summed left to right over
 * j < 8 up to 8 criteria (c is zero past m there), over j < m above.
 */
function cfDot(c: Float64Array, at: number, x: Float64Array, offset: number, m: number): number {
  const terms = Math.max(m, 8);
  let s = 0;
  for (let j = 0; j < terms; j++) s += (c[at + j] as number) * (x[offset + j] as number);
  return s;
}

function valueSource(model: ValueModel): ValueSource {
  if (model.kind === "samples") return sampledValues(model);
  const low = toMatrix(
    model.kind === "exact" ? model.values : model.low,
    model.kind === "exact" ? "values" : "low",
  );
  const high = model.kind === "exact" ? low : toMatrix(model.high, "high");
  const { rows: n, cols: m } = low;
  if (n === 0 || m === 0) {
    throw BearingError.input({
      code: "invalid_value",
      message: "no alternatives or no criteria",
      path: ["values"],
    });
  }
  if (high.rows !== n || high.cols !== m) {
    throw BearingError.input({
      code: "invalid_value",
      message: `high is ${high.rows} x ${high.cols}, low is ${n} x ${m}`,
      path: ["high"],
    });
  }
  const base = new Float64Array(n * m);
  const top = new Float64Array(n * m);
  const cells: number[] = [];
  // An uncertain cell's value is shift + scale k for the next 32-bit output k of the value
  // stream: lo + (hi - lo) u for the variate u = (k + 1/2) / 2^32, up to rounding, with two
  // operations instead of four.
  const shifts: number[] = [];
  const scales: number[] = [];
  for (let t = 0; t < n * m; t++) {
    let lo = low.data[t] as number;
    let hi = high.data[t] as number;
    if (Number.isNaN(lo) || Number.isNaN(hi)) {
      lo = 0;
      hi = 1;
    }
    const path = [model.kind === "exact" ? "values" : "low", Math.floor(t / m), t % m];
    if (!Number.isFinite(lo) || !Number.isFinite(hi)) {
      throw BearingError.input({ code: "not_finite", message: "expected a finite number", path });
    }
    if (lo > hi) {
      throw BearingError.input({
        code: "invalid_value",
        message: `low ${lo} is above high ${hi}`,
        path,
      });
    }
    base[t] = lo;
    top[t] = lo;
    if (hi > lo) {
      const shift = lo + (hi - lo) * TWO_TO_MINUS_33;
      const scale = (hi - lo) * TWO_TO_MINUS_32;
      cells.push(t);
      shifts.push(shift);
      scales.push(scale);
      // The least and the largest value `fill` can produce (k = 0 and k = 2^32 - 1): the
      // value rises with k and rounding keeps that order.
      base[t] = shift;
      top[t] = shift + scale * MAX_WORD;
    }
  }
  const cellIndex = Int32Array.from(cells);
  const cellShift = Float64Array.from(shifts);
  const cellScale = Float64Array.from(scales);
  const count = cellIndex.length;
  return {
    n,
    m,
    count: null,
    constant: count === 0,
    lower: base,
    upper: top,
    stored: null,
    fill(rng, out, offset, _k, knownInPlace, w, u) {
      // Every cell drawn: in order, and the utilities on the way. Else the known cells, which
      // never change, are written unless already there, and only the uncertain cells drawn.
      if (count === n * m) {
        if (w && u) rng.fillRows(out, offset, cellShift, cellScale, n, m, w, u);
        else rng.fillRange(out, offset, cellShift, cellScale, count);
        return;
      }
      if (!knownInPlace) out.set(base, offset);
      rng.fillCells(out, offset, cellIndex, cellShift, cellScale, count);
      if (w && u) utilities(out, offset, w, n, m, u);
    },
  };
}

function sampledValues(model: Extract<ValueModel, { kind: "samples" }>): ValueSource {
  let data: Float64Array;
  let n: number;
  let m: number;
  if (model.samples instanceof Float64Array) {
    data = model.samples;
    n = model.alternatives ?? 0;
    m = model.criteria ?? 0;
    if (!(n > 0 && m > 0 && data.length % (n * m) === 0)) {
      throw BearingError.input({
        code: "invalid_value",
        message: `flat value samples need alternatives and criteria that divide their length ${data.length}`,
        path: ["valueSamples"],
      });
    }
  } else {
    const nested = model.samples;
    const first = nested[0];
    n = first?.length ?? 0;
    m = first?.[0]?.length ?? 0;
    if (n === 0 || m === 0) {
      throw BearingError.input({
        code: "invalid_value",
        message: "no value samples",
        path: ["valueSamples"],
      });
    }
    data = new Float64Array(nested.length * n * m);
    nested.forEach((sample, k) => {
      if (sample.length !== n) {
        throw BearingError.input({
          code: "invalid_value",
          message: `${sample.length} alternatives, the first sample has ${n}`,
          path: ["valueSamples", k],
        });
      }
      sample.forEach((row, i) => {
        if (row.length !== m) {
          throw BearingError.input({
            code: "invalid_value",
            message: `${row.length} criteria, the first sample has ${m}`,
            path: ["valueSamples", k, i],
          });
        }
        for (let j = 0; j < m; j++) data[(k * n + i) * m + j] = row[j] as number;
      });
    });
  }
  for (let t = 0; t < data.length; t++) {
    if (!Number.isFinite(data[t])) {
      const k = Math.floor(t / (n * m));
      const rest = t % (n * m);
      throw BearingError.input({
        code: "not_finite",
        message: "expected a finite number",
        path: ["valueSamples", k, Math.floor(rest / m), rest % m],
      });
    }
  }
  const size = n * m;
  const lower = new Float64Array(size).fill(Number.POSITIVE_INFINITY);
  const upper = new Float64Array(size).fill(Number.NEGATIVE_INFINITY);
  for (let t = 0; t < data.length; t++) {
    const cell = t % size;
    const x = data[t] as number;
    if (x < (lower[cell] as number)) lower[cell] = x;
    if (x > (upper[cell] as number)) upper[cell] = x;
  }
  return {
    n,
    m,
    count: data.length / size,
    constant: false,
    lower,
    upper,
    stored: data,
    fill(_rng, out, offset, k) {
      out.set(data.subarray(k * size, (k + 1) * size), offset);
    },
  };
}
