/**
 * Seeded random streams for the SMAA simulation, built on pure-rand's xoroshiro128+
 * (Blackman & Vigna 2018, "Scrambled linear pseudorandom number generators"). The weight
 * stream and the value stream are the same generator 2^64 steps apart (its `jump()`), so they
 * never overlap: changing how values are sampled never changes the weights drawn, and the
 * confidence-factor pass can replay exactly the value samples of the first pass.
 *
 * Uniform variates have 32-bit resolution, u = (k + 1/2) / 2^32 for a 32-bit word k: never
 * 0 or 1 (so -ln u is finite). `next()` and `uniform()` take one generator step per variate
 * (the low 32 bits of its 64-bit output, as pure-rand's `next()`). The value draws of the
 * simulation, a few hundred per sample, come from `valueStream`: a xoshiro128+ generator
 * (32-bit words, one per variate) seeded from the value stream, about twice as fast in
 * JavaScript. At N <= 10^7 samples the 2^-32 granularity is far below the Monte Carlo error of
 * any SMAA index.
 */

import { xoroshiro128plus } from "pure-rand/generator/xoroshiro128plus";
import type { JumpableRandomGenerator } from "pure-rand/types/JumpableRandomGenerator";

const TWO_TO_MINUS_32 = 2.3283064365386963e-10;

/**
 * A xoroshiro128+ stream that continues pure-rand's generator from its state, output for output
 * (a test checks the two sequences agree), and adds `fillCells`: the simulation's hot loop, with
 * the generator state held in local variables instead of read and written through an object on
 * every draw. pure-rand stays the source of seeding and of the 2^64-step `jump()`.
 */
export class RandomStream {
  private s01: number;
  private s00: number;
  private s11: number;
  private s10: number;

  /** @param state pure-rand's `getState()` of a xoroshiro128+ generator: [s01, s00, s11, s10]. */
  constructor(state: readonly number[]) {
    if (state.length !== 4) throw new Error("RandomStream: a xoroshiro128+ state has 4 words");
    this.s01 = state[0] as number;
    this.s00 = state[1] as number;
    this.s11 = state[2] as number;
    this.s10 = state[3] as number;
  }

  /** The next 32-bit output (signed, as pure-rand's `next()`). */
  next(): number {
    const out = (this.s00 + this.s10) | 0;
    const a0 = this.s10 ^ this.s00;
    const a1 = this.s11 ^ this.s01;
    const s00 = this.s00;
    const s01 = this.s01;
    this.s00 = (s00 << 24) ^ (s01 >>> 8) ^ a0 ^ (a0 << 16);
    this.s01 = (s01 << 24) ^ (s00 >>> 8) ^ a1 ^ ((a1 << 16) | (a0 >>> 16));
    this.s10 = (a1 << 5) ^ (a0 >>> 27);
    this.s11 = (a0 << 5) ^ (a1 >>> 27);
    return out;
  }
}

/**
 * The SMAA value draws: xoshiro128+ (Blackman & Vigna 2018, section 10.7 and their reference
 * C code xoshiro128plus.c), four 32-bit words of state and one 32-bit output per step, the
 * generator its authors recommend for floating-point numbers from 32-bit arithmetic. JavaScript
 * computes it with its own 32-bit integer operations, about twice as fast per 32-bit output as
 * xoroshiro128+, whose 64-bit words take two 32-bit halves each. Its lowest bits are its weakest
 * (low linear complexity); in a variate u = (k + 1/2) / 2^32 they weigh below 2^-28.
 */
export class ValueStream {
  private s0: number;
  private s1: number;
  private s2: number;
  private s3: number;
  /** Variates for `fillCells`, grown as needed. */
  private scratch = new Float64Array(0);

  /**
   * @param state four 32-bit words, not all zero (xoshiro128+'s one forbidden state).
   * @throws Error for another length or an all-zero state.
   */
  constructor(state: readonly number[]) {
    if (state.length !== 4 || state.every((x) => (x | 0) === 0)) {
      throw new Error("ValueStream: a xoshiro128+ state is 4 words, not all zero");
    }
    this.s0 = (state[0] as number) | 0;
    this.s1 = (state[1] as number) | 0;
    this.s2 = (state[2] as number) | 0;
    this.s3 = (state[3] as number) | 0;
  }

  /**
   * out[offset + c] = shift[c] + scale[c] · k_c for c < count, k_c the unsigned 32-bit output
   * of the next step (shift = lo + (hi - lo) / 2^33 and scale = (hi - lo) / 2^32 give
   * lo + (hi - lo) u with the variate u = (k + 1/2) / 2^32, never 0 or 1).
   */
  fillRange(
    out: Float64Array,
    offset: number,
    shift: Float64Array,
    scale: Float64Array,
    count: number,
  ): void {
    let s0 = this.s0;
    let s1 = this.s1;
    let s2 = this.s2;
    let s3 = this.s3;
    for (let c = 0; c < count; c++) {
      const k = (s0 + s3) >>> 0;
      const t = s1 << 9;
      s2 ^= s0;
      s3 ^= s1;
      s1 ^= s2;
      s0 ^= s3;
      s2 ^= t;
      s3 = (s3 << 11) | (s3 >>> 21);
      out[offset + c] = (shift[c] as number) + (scale[c] as number) * k;
    }
    this.s0 = s0;
    this.s1 = s1;
    this.s2 = s2;
    this.s3 = s3;
  }

  /**
   * `fillRange` of n x m values (count n m, row-major) that also writes u_i = sum_j w_j v_ij,
   * summed over j left to right, for each row i: the values and their weighted sums in one
   * pass, each value used while it is in a register.
   */
  fillRows(
    out: Float64Array,
    offset: number,
    shift: Float64Array,
    scale: Float64Array,
    n: number,
    m: number,
    w: Float64Array,
    u: Float64Array,
  ): void {
    let s0 = this.s0;
    let s1 = this.s1;
    let s2 = this.s2;
    let s3 = this.s3;
    let c = 0;
    for (let i = 0; i < n; i++) {
      let sum = 0;
      for (let j = 0; j < m; j++, c++) {
        const k = (s0 + s3) >>> 0;
        const t = s1 << 9;
        s2 ^= s0;
        s3 ^= s1;
        s1 ^= s2;
        s0 ^= s3;
        s2 ^= t;
        s3 = (s3 << 11) | (s3 >>> 21);
        const v = (shift[c] as number) + (scale[c] as number) * k;
        out[offset + c] = v;
        sum += (w[j] as number) * v;
      }
      u[i] = sum;
    }
    this.s0 = s0;
    this.s1 = s1;
    this.s2 = s2;
    this.s3 = s3;
  }

  /**
   * out[offset + cells[c]] = shift[c] + scale[c] · k_c for c < count: the values `fillRange`
   * would write at offset + c, written at the given cells instead (the others untouched).
   */
  fillCells(
    out: Float64Array,
    offset: number,
    cells: Int32Array,
    shift: Float64Array,
    scale: Float64Array,
    count: number,
  ): void {
    if (this.scratch.length < count) this.scratch = new Float64Array(count);
    const drawn = this.scratch;
    this.fillRange(drawn, 0, shift, scale, count);
    for (let c = 0; c < count; c++) out[offset + (cells[c] as number)] = drawn[c] as number;
  }
}

/**
 * The value draws of SMAA for a seed: a xoshiro128+ stream whose state is the first four
 * outputs of the seed's value stream (`smaaStreams(seed).values`, 2^64 steps from the weight
 * stream), so values and weights stay independent and a second call replays the same draws.
 */
export function valueStream(seed: number): ValueStream {
  const source = smaaStreams(seed).values;
  const state = [0, 0, 0, 0];
  // An all-zero state (probability 2^-128) is xoshiro128+'s fixed point: take the next four.
  while (!state.some((x) => x !== 0)) for (let t = 0; t < 4; t++) state[t] = source.next();
  return new ValueStream(state);
}

function streamOf(generator: JumpableRandomGenerator): RandomStream {
  return new RandomStream(generator.getState());
}

/**
 * Independent streams for a seed, as many as a simulation needs: each call returns the next,
 * 2^64 outputs after the one before (xoroshiro128+'s `jump()`), so no two ever overlap.
 * @param seed an integer; only its low 32 bits are used (pure-rand's seeding).
 */
export function jumpedStreams(seed: number): () => RandomStream {
  const generator = xoroshiro128plus(seed | 0);
  return () => {
    const stream = streamOf(generator);
    generator.jump();
    return stream;
  };
}

/**
 * The two independent streams for a seed: the first two of {@link jumpedStreams}.
 * @param seed an integer; only its low 32 bits are used (pure-rand's seeding).
 */
export function smaaStreams(seed: number): { weights: RandomStream; values: RandomStream } {
  const next = jumpedStreams(seed);
  const weights = next();
  return { weights, values: next() };
}

/** A uniform variate in (0, 1) with 32-bit resolution. */
export function uniform(rng: RandomStream): number {
  return ((rng.next() >>> 0) + 0.5) * TWO_TO_MINUS_32;
}
