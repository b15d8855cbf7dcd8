/**
 * Seeded random streams for the SMAA simulation, built on pure-rand's xoroshiro128+
 * (Blackman & Vigna 2018, "Scrambled linear pseudorandom number generators"). The weight
 * stream and the value stream are the same generator 2^64 steps apart (its `jump()`), so they
 * never overlap: changing how values are sampled never changes the weights drawn, and the
 * confidence-factor pass can replay exactly the value samples of the first pass.
 *
 * Uniform variates have 32-bit resolution, u = (k + 1/2) / 2^32 for a 32-bit output k: never
 * 0 or 1 (so -ln u is finite), and one generator call per variate. At N <= 10^7 samples the
 * 2^-32 granularity is far below the Monte Carlo error of any SMAA index.
 */

import { xoroshiro128plus } from "pure-rand/generator/xoroshiro128plus";
import type { JumpableRandomGenerator } from "pure-rand/types/JumpableRandomGenerator";

export type RandomStream = JumpableRandomGenerator;

const TWO_TO_MINUS_32 = 2.3283064365386963e-10;

/**
 * The two independent streams for a seed.
 * @param seed an integer; only its low 32 bits are used (pure-rand's seeding).
 */
export function smaaStreams(seed: number): { weights: RandomStream; values: RandomStream } {
  const weights = xoroshiro128plus(seed | 0);
  const values = weights.clone();
  values.jump();
  return { weights, values };
}

/** A uniform variate in (0, 1) with 32-bit resolution. */
export function uniform(rng: RandomStream): number {
  return ((rng.next() >>> 0) + 0.5) * TWO_TO_MINUS_32;
}
