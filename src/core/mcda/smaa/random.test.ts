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

  it("fillCells draws the same variates as uniform(), into the cells it is given", () => {
    fc.assert(
      fc.property(fc.integer(), fc.integer({ min: 0, max: 40 }), fc.nat(5), (seed, count, at) => {
        const a = new RandomStream(xoroshiro128plus(seed).getState());
        const b = new RandomStream(xoroshiro128plus(seed).getState());
        const cells = Int32Array.from({ length: count }, (_, c) => 2 * c + 1);
        const low = Float64Array.from({ length: count }, (_, c) => c);
        const width = Float64Array.from({ length: count }, (_, c) => 0.5 + c);
        const out = new Float64Array(at + 2 * count + 1).fill(-1);
        a.fillCells(out, at, cells, low, width, count);
        for (let c = 0; c < count; c++) {
          expect(out[at + 2 * c + 1]).toBe(c + (0.5 + c) * uniform(b));
          expect(out[at + 2 * c]).toBe(-1);
        }
        for (let t = 0; t < at; t++) expect(out[t]).toBe(-1);
        // Both streams are at the same place afterwards.
        expect(a.next()).toBe(b.next());
      }),
      { numRuns: 50 },
    );
  });

  it("refuses a state that is not xoroshiro128+'s", () => {
    expect(() => new RandomStream([1, 2, 3])).toThrow(/4 words/);
  });
});
