import fc from "fast-check";
import { xoroshiro128plus } from "pure-rand/generator/xoroshiro128plus";
import { describe, expect, it } from "vitest";
import { jumpedStreams, RandomStream, smaaStreams, ValueStream, valueStream } from "./random.js";

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

  it("refuses a state that is not xoroshiro128+'s", () => {
    expect(() => new RandomStream([1, 2, 3])).toThrow(/4 words/);
  });
});

describe("ValueStream (xoshiro128+)", () => {
  /** The next `count` outputs k, read through fillRange with shift 0 and scale 1 (exact). */
  const outputs = (stream: ValueStream, count: number): number[] => {
    const out = new Float64Array(count);
    stream.fillRange(out, 0, new Float64Array(count), new Float64Array(count).fill(1), count);
    return Array.from(out);
  };

  it("gives the outputs of Blackman & Vigna's reference C code (xoshiro128plus.c)", () => {
    // Printed by their next() compiled with gcc, from these two states.
    expect(outputs(new ValueStream([1, 2, 3, 4]), 8)).toEqual([
      5, 12295, 25178119, 27286542, 39879690, 1140358681, 3276312097, 4110231701,
    ]);
    expect(outputs(new ValueStream([0x80000000, 0xdeadbeef, 0x7fffffff, 0xffffffff]), 8)).toEqual([
      2147483647, 861585946, 3892926116, 4163740931, 1064185572, 1035664739, 1988880952, 2256290189,
    ]);
  });

  it("follows xoshiro128+ written out in unsigned arithmetic, across calls", () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer(), { minLength: 4, maxLength: 4 }),
        fc.array(fc.integer({ min: 0, max: 9 }), { maxLength: 5 }),
        (state, counts) => {
          fc.pre(state.some((x) => x !== 0));
          const s = Uint32Array.from(state, (x) => x >>> 0);
          const step = (): number => {
            const result = ((s[0] as number) + (s[3] as number)) >>> 0;
            const t = ((s[1] as number) << 9) >>> 0;
            s[2] = (s[2] as number) ^ (s[0] as number);
            s[3] = (s[3] as number) ^ (s[1] as number);
            s[1] = (s[1] as number) ^ (s[2] as number);
            s[0] = (s[0] as number) ^ (s[3] as number);
            s[2] = (s[2] as number) ^ t;
            s[3] = (((s[3] as number) << 11) | ((s[3] as number) >>> 21)) >>> 0;
            return result;
          };
          const stream = new ValueStream(state);
          for (const count of counts) {
            const expected = Array.from({ length: count }, step);
            expect(outputs(stream, count)).toEqual(expected);
          }
        },
      ),
      { numRuns: 100 },
    );
  });

  it("fillCells and fillRows write what fillRange draws, the rows' weighted sums left to right", () => {
    fc.assert(
      fc.property(
        fc.integer(),
        fc.integer({ min: 1, max: 5 }),
        fc.integer({ min: 1, max: 9 }),
        fc.nat(5),
        (seed, n, m, at) => {
          const count = n * m;
          const shift = Float64Array.from({ length: count }, (_, c) => c / 3);
          const scale = Float64Array.from({ length: count }, (_, c) => (0.25 + c) * 2 ** -32);
          const w = Float64Array.from({ length: m }, (_, j) => 1 / (j + 2));
          const x = new Float64Array(at + count).fill(-1);
          const a = valueStream(seed);
          a.fillRange(x, at, shift, scale, count);
          // fillCells: the same values at every other cell of a larger buffer.
          const cells = Int32Array.from({ length: count }, (_, c) => 2 * c + 1);
          const y = new Float64Array(at + 2 * count + 1).fill(-1);
          const b = valueStream(seed);
          b.fillCells(y, at, cells, shift, scale, count);
          const z = new Float64Array(at + count).fill(-1);
          const u = new Float64Array(n);
          const c = valueStream(seed);
          c.fillRows(z, at, shift, scale, n, m, w, u);
          for (let t = 0; t < count; t++) {
            expect(y[at + 2 * t + 1]).toBe(x[at + t]);
            expect(y[at + 2 * t]).toBe(-1);
          }
          expect(Array.from(z)).toEqual(Array.from(x));
          for (let i = 0; i < n; i++) {
            let sum = 0;
            for (let j = 0; j < m; j++) sum += (w[j] as number) * (x[at + i * m + j] as number);
            expect(u[i]).toBe(sum);
          }
          // All three continue from the same state.
          expect(outputs(b, 3)).toEqual(outputs(a, 3));
          expect(outputs(c, 3)).toEqual(outputs(valueStream(seed), count + 3).slice(count));
        },
      ),
      { numRuns: 100 },
    );
  });

  it("valueStream(seed) starts from the first four outputs of the seed's value stream", () => {
    fc.assert(
      fc.property(fc.integer(), (seed) => {
        const source = smaaStreams(seed).values;
        const state = [source.next(), source.next(), source.next(), source.next()];
        expect(outputs(valueStream(seed), 20)).toEqual(outputs(new ValueStream(state), 20));
      }),
      { numRuns: 30 },
    );
  });

  it("refuses a state of another length or all zero (xoshiro128+'s fixed point)", () => {
    expect(() => new ValueStream([1, 2, 3])).toThrow(/4 words/);
    expect(() => new ValueStream([0, 0, 0, 0])).toThrow(/not all zero/);
  });
});
