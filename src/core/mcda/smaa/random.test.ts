import fc from "fast-check";
import { xoroshiro128plus } from "pure-rand/generator/xoroshiro128plus";
import { describe, expect, it } from "vitest";
import { jumpedStreams, RandomStream, smaaStreams, uniform } from "./random.js";

describe("RandomStream", () => {
  it("continues pure-rand's xoroshiro128+ output for output, across a jump", () => {
    fc.assert(
      fc.property(fc.integer(), (seed) => {
        const reference = xoroshiro128plus(seed);
        const jumped = reference.clone();
        jumped.jump();
        const streams = smaaStreams(seed);
        for (let k = 0; k < 200; k++) {
          expect(streams.weights.next()).toBe(reference.next());
          expect(streams.values.next()).toBe(jumped.next());
        }
      }),
      { numRuns: 50 },
    );
  });

  it("jumpedStreams' k-th stream is pure-rand's generator jumped k times", () => {
    fc.assert(
      fc.property(fc.integer(), (seed) => {
        const next = jumpedStreams(seed);
        const reference = xoroshiro128plus(seed);
        for (let k = 0; k < 4; k++) {
          const stream = next();
          const expected = reference.clone();
          for (let i = 0; i < 50; i++) expect(stream.next()).toBe(expected.next());
          reference.jump();
        }
      }),
      { numRuns: 30 },
    );
  });

  it("fillCells draws two variates per step of xoroshiro128+, the high then the low 32 bits of its 64-bit output", () => {
    fc.assert(
      fc.property(fc.integer(), fc.integer({ min: 0, max: 40 }), fc.nat(5), (seed, count, at) => {
        const state = xoroshiro128plus(seed).getState();
        const a = new RandomStream(state);
        // The reference: Blackman & Vigna's xoroshiro128+ in 64-bit BigInt arithmetic, from
        // pure-rand's state words [s0 high, s0 low, s1 high, s1 low].
        const mask = (1n << 64n) - 1n;
        const word = (k: number) => BigInt((state[k] as number) >>> 0);
        let s0 = (word(0) << 32n) | word(1);
        let s1 = (word(2) << 32n) | word(3);
        const rotl = (x: bigint, k: bigint) => ((x << k) | (x >> (64n - k))) & mask;
        const step = (): bigint => {
          const out = (s0 + s1) & mask;
          s1 ^= s0;
          s0 = rotl(s0, 24n) ^ s1 ^ ((s1 << 16n) & mask);
          s1 = rotl(s1, 37n);
          return out;
        };
        const halves: number[] = [];
        while (halves.length < count) {
          const out = step();
          halves.push(Number(out >> 32n), Number(out & 0xffffffffn));
        }
        const cells = Int32Array.from({ length: count }, (_, c) => 2 * c + 1);
        const low = Float64Array.from({ length: count }, (_, c) => c);
        const width = Float64Array.from({ length: count }, (_, c) => 0.5 + c);
        const out = new Float64Array(at + 2 * count + 1).fill(-1);
        a.fillCells(out, at, cells, low, width, count);
        for (let c = 0; c < count; c++) {
          const u = ((halves[c] as number) + 0.5) / 2 ** 32;
          expect(out[at + 2 * c + 1]).toBe(c + (0.5 + c) * u);
          expect(out[at + 2 * c]).toBe(-1);
        }
        for (let t = 0; t < at; t++) expect(out[t]).toBe(-1);
        // The stream continues after the steps it took; uniform() takes one low word per step.
        expect(a.next()).toBe(Number(step() & 0xffffffffn) | 0);
        expect(uniform(a)).toBe((Number(step() & 0xffffffffn) + 0.5) / 2 ** 32);
      }),
      { numRuns: 50 },
    );
  });

  it("fillRange draws what fillCells draws on the cells 0, 1, ..., count - 1", () => {
    fc.assert(
      fc.property(fc.integer(), fc.integer({ min: 0, max: 41 }), fc.nat(5), (seed, count, at) => {
        const state = xoroshiro128plus(seed).getState();
        const a = new RandomStream(state);
        const b = new RandomStream(state);
        const low = Float64Array.from({ length: count }, (_, c) => c / 3);
        const width = Float64Array.from({ length: count }, (_, c) => 0.25 + c);
        const cells = Int32Array.from({ length: count }, (_, c) => c);
        const x = new Float64Array(at + count + 1).fill(-1);
        const y = new Float64Array(at + count + 1).fill(-1);
        a.fillRange(x, at, low, width, count);
        b.fillCells(y, at, cells, low, width, count);
        expect(Array.from(x)).toEqual(Array.from(y));
        expect(a.next()).toBe(b.next());
      }),
      { numRuns: 100 },
    );
  });

  it("refuses a state that is not xoroshiro128+'s", () => {
    expect(() => new RandomStream([1, 2, 3])).toThrow(/4 words/);
  });
});
