/**
 * Seeded random streams for the SMAA simulation, built on pure-rand's xoroshiro128+
 * (Blackman & Vigna 2018, "Scrambled linear pseudorandom number generators"). The weight
 * stream and the value stream are the same generator 2^64 steps apart (its `jump()`), so they
 * never overlap: changing how values are sampled never changes the weights drawn, and the
 * confidence-factor pass can replay exactly the value samples of the first pass.
 *
 * Uniform variates have 32-bit resolution, u = (k + 1/2) / 2^32 for a 32-bit word k: never
 * 0 or 1 (so -ln u is finite). `next()` and `uniform()` take one generator step per variate
 * (the low 32 bits of its 64-bit output, as pure-rand's `next()`); `fillCells`, the value draws
 * of the simulation, takes two from each step: the high 32 bits, then the low 32 bits. At
 * N <= 10^7 samples the 2^-32 granularity is far below the Monte Carlo error of any SMAA index.
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

  /**
   * out[offset + cells[c]] = low[c] + width[c] · u_c for c < count, with u_c the next uniform
   * variates two per generator step: u_(2t) from the high 32 bits of step t's 64-bit output,
   * u_(2t+1) from its low 32 bits (an odd count leaves the last low half unused). Half the
   * steps of one variate per step, and the high bits are xoroshiro128+'s strongest.
   */
  fillCells(
    out: Float64Array,
    offset: number,
    cells: Int32Array,
    low: Float64Array,
    width: Float64Array,
    count: number,
  ): void {
    let s01 = this.s01;
    let s00 = this.s00;
    let s11 = this.s11;
    let s10 = this.s10;
    for (let c = 0; c < count; c += 2) {
      // The 64-bit sum s0 + s1 in two words: the low word, then the high one with its carry
      // (the unsigned low word wrapped below one of its terms).
      const lo = (s00 + s10) | 0;
      const hi = (s01 + s11 + +(lo >>> 0 < s00 >>> 0)) | 0;
      const a0 = s10 ^ s00;
      const a1 = s11 ^ s01;
      const t00 = s00;
      const t01 = s01;
      s00 = (t00 << 24) ^ (t01 >>> 8) ^ a0 ^ (a0 << 16);
      s01 = (t01 << 24) ^ (t00 >>> 8) ^ a1 ^ ((a1 << 16) | (a0 >>> 16));
      s10 = (a1 << 5) ^ (a0 >>> 27);
      s11 = (a0 << 5) ^ (a1 >>> 27);
      out[offset + (cells[c] as number)] =
        (low[c] as number) + (width[c] as number) * (((hi >>> 0) + 0.5) * TWO_TO_MINUS_32);
      if (c + 1 < count) {
        out[offset + (cells[c + 1] as number)] =
          (low[c + 1] as number) +
          (width[c + 1] as number) * (((lo >>> 0) + 0.5) * TWO_TO_MINUS_32);
      }
    }
    this.s01 = s01;
    this.s00 = s00;
    this.s11 = s11;
    this.s10 = s10;
  }

  /**
   * out[offset + c] = low[c] + width[c] · u_c for c < count: `fillCells` with cells 0, 1, ...,
   * count - 1 (the same variates and values), for when every cell is drawn. Writing in order
   * without the index array saves a load per variate.
   */
  fillRange(
    out: Float64Array,
    offset: number,
    low: Float64Array,
    width: Float64Array,
    count: number,
  ): void {
    let s01 = this.s01;
    let s00 = this.s00;
    let s11 = this.s11;
    let s10 = this.s10;
    let c = 0;
    for (; c + 2 <= count; c += 2) {
      const lo = (s00 + s10) | 0;
      const hi = (s01 + s11 + +(lo >>> 0 < s00 >>> 0)) | 0;
      const a0 = s10 ^ s00;
      const a1 = s11 ^ s01;
      const t00 = s00;
      const t01 = s01;
      s00 = (t00 << 24) ^ (t01 >>> 8) ^ a0 ^ (a0 << 16);
      s01 = (t01 << 24) ^ (t00 >>> 8) ^ a1 ^ ((a1 << 16) | (a0 >>> 16));
      s10 = (a1 << 5) ^ (a0 >>> 27);
      s11 = (a0 << 5) ^ (a1 >>> 27);
      out[offset + c] =
        (low[c] as number) + (width[c] as number) * (((hi >>> 0) + 0.5) * TWO_TO_MINUS_32);
      out[offset + c + 1] =
        (low[c + 1] as number) + (width[c + 1] as number) * (((lo >>> 0) + 0.5) * TWO_TO_MINUS_32);
    }
    if (c < count) {
      // An odd count: the last variate from the high half of one more step.
      const lo = (s00 + s10) | 0;
      const hi = (s01 + s11 + +(lo >>> 0 < s00 >>> 0)) | 0;
      const a0 = s10 ^ s00;
      const a1 = s11 ^ s01;
      const t00 = s00;
      const t01 = s01;
      s00 = (t00 << 24) ^ (t01 >>> 8) ^ a0 ^ (a0 << 16);
      s01 = (t01 << 24) ^ (t00 >>> 8) ^ a1 ^ ((a1 << 16) | (a0 >>> 16));
      s10 = (a1 << 5) ^ (a0 >>> 27);
      s11 = (a0 << 5) ^ (a1 >>> 27);
      out[offset + c] =
        (low[c] as number) + (width[c] as number) * (((hi >>> 0) + 0.5) * TWO_TO_MINUS_32);
    }
    this.s01 = s01;
    this.s00 = s00;
    this.s11 = s11;
    this.s10 = s10;
  }
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
