import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { matrixToRows } from "../matrix.js";
import { expectClose, permutationArb, permuteRows } from "../testing/arbitraries.js";
import { smaaStreams, uniform, valueStream } from "./random.js";
import {
  rankByUtility,
  rankScratch,
  type Smaa2Input,
  smaa2,
  topRanks,
  topScratch,
} from "./smaa2.js";
import { type WeightModel, weightSampler } from "./weight-sampling.js";

/** Value intervals for n x m cells, some of them known exactly (low = high). */
const intervalsArb = fc
  .record({ n: fc.integer({ min: 2, max: 7 }), m: fc.integer({ min: 1, max: 5 }) })
  .chain(({ n, m }) =>
    fc.array(
      fc.array(
        fc.tuple(
          fc.double({ min: 0, max: 1, noNaN: true }),
          // Known (width 0) or genuinely uncertain: widths of at least 0.01 make utility ties
          // (within the 1e-12 rounding rule) practically impossible.
          fc.oneof(fc.constant(0), fc.double({ min: 0.01, max: 0.4, noNaN: true })),
        ),
        { minLength: m, maxLength: m },
      ),
      {
        minLength: n,
        maxLength: n,
      },
    ),
  )
  .map((cells) => ({
    low: cells.map((row) => row.map(([c]) => c)),
    high: cells.map((row) => row.map(([c, w]) => c + w)),
  }));

const weightModelArb = (m: number): fc.Arbitrary<WeightModel> =>
  fc.oneof(
    fc.constant({ kind: "uniform" as const }),
    fc
      .array(fc.integer({ min: 1, max: 3 }), { minLength: m, maxLength: m })
      .map((ranks) => ({ kind: "order" as const, ranks })),
    fc
      .array(fc.integer({ min: 1, max: 9 }), { minLength: m, maxLength: m })
      .map((weights) => ({ kind: "fixed" as const, weights })),
  );

/** SMAA input whose values are intervals (typed so the tests can read them back). */
interface IntervalInput extends Smaa2Input {
  values: { kind: "intervals"; low: number[][]; high: number[][] };
  samples: number;
  seed: number;
}

const inputArb: fc.Arbitrary<IntervalInput> = intervalsArb.chain((values) =>
  fc.record({
    values: fc.constant({ kind: "intervals" as const, ...values }),
    weights: weightModelArb(values.low[0]?.length ?? 1),
    samples: fc.integer({ min: 50, max: 400 }),
    seed: fc.integer(),
  }),
);

describe("smaa2", () => {
  it("rank acceptabilities sum to 1 over each row, and over each column when nothing ties", () => {
    fc.assert(
      fc.property(inputArb, (input) => {
        const r = smaa2(input);
        const ra = matrixToRows(r.rankAcceptability);
        for (const row of ra)
          expect(Math.abs(row.reduce((s, x) => s + x, 0) - 1)).toBeLessThan(1e-12);
        // Every cell uncertain and weights continuous: ties have probability 0.
        const { low, high } = input.values;
        const continuous =
          input.weights.kind === "uniform" &&
          high.every((row, i) => row.every((h, j) => h > ((low[i] as number[])[j] as number)));
        if (continuous) {
          for (let r2 = 0; r2 < ra.length; r2++)
            expect(Math.abs(ra.reduce((s, row) => s + (row[r2] as number), 0) - 1)).toBeLessThan(
              1e-12,
            );
        }
      }),
      { numRuns: 40 },
    );
  });

  it("reproduces results exactly from a seed", () => {
    fc.assert(
      fc.property(inputArb, (input) => {
        expect(smaa2(input)).toEqual(smaa2(input));
      }),
      { numRuns: 30 },
    );
  });

  it("gives the same results whether the value draws are kept or drawn again for the confidence factors", () => {
    fc.assert(
      fc.property(inputArb, fc.boolean(), (input, record) => {
        const kept = smaa2({ ...input, keepDraws: true, recordDraws: record });
        const replayed = smaa2({ ...input, keepDraws: false, recordDraws: record });
        expect(replayed).toEqual(kept);
        // And again on kept draws a larger earlier run left in the reused buffer.
        smaa2({ ...input, samples: 2 * input.samples, seed: input.seed + 1, keepDraws: true });
        expect(smaa2({ ...input, keepDraws: true, recordDraws: record })).toEqual(kept);
      }),
      { numRuns: 30 },
    );
  });

  it("sampling equals handing the same draws over as pre-drawn samples (independent streams)", () => {
    fc.assert(
      fc.property(inputArb, (input) => {
        const { low, high } = input.values;
        const n = low.length;
        const m = (low[0] as number[]).length;
        const N = input.samples;
        // Replay both streams by hand: weights from one, values cell by cell from the other.
        const streams = {
          weights: smaaStreams(input.seed).weights,
          values: valueStream(input.seed),
        };
        const { sample } = weightSampler(input.weights, m);
        const w = new Float64Array(m);
        const weightSamples: number[][] = [];
        const valueSamples = new Float64Array(N * n * m);
        // Each sample's uncertain cells, in row-major order, take the next outputs k of the value
        // stream (xoshiro128+, see random.test.ts): lo + (hi - lo) / 2^33 + k (hi - lo) / 2^32.
        const cells: number[] = [];
        for (let t = 0; t < n * m; t++) {
          const i = Math.floor(t / m);
          if (((high[i] as number[])[t % m] as number) > ((low[i] as number[])[t % m] as number))
            cells.push(t);
        }
        const uncertain = Int32Array.from(cells);
        const zeros = new Float64Array(cells.length);
        const ones = new Float64Array(cells.length).fill(1);
        const u = new Float64Array(n * m);
        for (let k = 0; k < N; k++) {
          sample(streams.weights, w, k);
          weightSamples.push(Array.from(w));
          streams.values.fillCells(u, 0, uncertain, zeros, ones, cells.length);
          for (let i = 0; i < n; i++) {
            for (let j = 0; j < m; j++) {
              const lo = (low[i] as number[])[j] as number;
              const hi = (high[i] as number[])[j] as number;
              valueSamples[(k * n + i) * m + j] =
                hi > lo
                  ? lo + (hi - lo) * 2 ** -33 + (hi - lo) * 2 ** -32 * (u[i * m + j] as number)
                  : lo;
            }
          }
        }
        const sampled = smaa2(input);
        const given = smaa2({
          values: { kind: "samples", samples: valueSamples, alternatives: n, criteria: m },
          weights: { kind: "samples", samples: weightSamples },
        });
        expect(given.rankAcceptability).toEqual(sampled.rankAcceptability);
        expect(given.centralWeights).toEqual(sampled.centralWeights);
        expect(given.confidence).toEqual(sampled.confidence);
      }),
      { numRuns: 30 },
    );
  });

  it("never gives a dominated alternative a better cumulative rank acceptability", () => {
    fc.assert(
      fc.property(inputArb, fc.nat(), (input, pick) => {
        const { low, high } = input.values;
        const better = pick % low.length;
        // A new alternative whose best is at most the other's worst on every criterion.
        const worseLow = (low[better] as number[]).map((x) => x - 0.5);
        const worseHigh = (low[better] as number[]).map((x) => x);
        const r = smaa2({
          ...input,
          values: { kind: "intervals", low: [...low, worseLow], high: [...high, worseHigh] },
        });
        const n = low.length + 1;
        let cumBetter = 0;
        let cumWorse = 0;
        for (let k = 0; k < n; k++) {
          cumBetter += r.rankAcceptability.data[better * n + k] as number;
          cumWorse += r.rankAcceptability.data[(n - 1) * n + k] as number;
          expect(cumBetter).toBeGreaterThanOrEqual(cumWorse - 1e-12);
        }
      }),
      { numRuns: 40 },
    );
  });

  it("permutes its results with the alternatives (pre-drawn samples)", () => {
    fc.assert(
      fc.property(
        inputArb.chain((input) =>
          fc.tuple(fc.constant(input), permutationArb(input.values.low.length)),
        ),
        ([input, perm]) => {
          const { low, high } = input.values;
          const base = smaa2(input);
          const moved = smaa2({
            ...input,
            values: {
              kind: "intervals",
              low: permuteRows(low, perm),
              high: permuteRows(high, perm),
            },
          });
          // Same value draws in a different cell order would differ; compare with exact values.
          if (low.every((row, i) => row.every((x, j) => x === (high[i] as number[])[j]))) {
            expect(moved.centralWeights).toEqual(permuteRows(base.centralWeights, perm));
          }
          const exactBase = smaa2({ ...input, values: { kind: "exact", values: low } });
          const exactMoved = smaa2({
            ...input,
            values: { kind: "exact", values: permuteRows(low, perm) },
          });
          expect(matrixToRows(exactMoved.rankAcceptability)).toEqual(
            permuteRows(matrixToRows(exactBase.rankAcceptability), perm),
          );
          expect(exactMoved.centralWeights).toEqual(permuteRows(exactBase.centralWeights, perm));
        },
      ),
      { numRuns: 30 },
    );
  });

  it("with known values, every alternative with central weights has confidence 1 (its first-rank region is convex)", () => {
    // Values on a grid of eighths give many exact ties in real arithmetic (e.g. equal
    // trade-offs between criteria of tied weight); doubles give values 1e-15 apart. Both only
    // hold because utilities within rounding count as equal in both passes.
    const grid = fc.oneof(
      fc.integer({ min: 0, max: 8 }).map((k) => k / 8),
      fc.double({ min: 0, max: 1, noNaN: true }),
    );
    fc.assert(
      fc.property(
        inputArb,
        fc.array(fc.array(grid, { minLength: 5, maxLength: 5 }), { minLength: 7, maxLength: 7 }),
        (input, cells) => {
          const { low } = input.values;
          const values = low.map((row, i) =>
            row.map((_, j) => (cells[i] as number[])[j] as number),
          );
          const r = smaa2({ ...input, values: { kind: "exact", values } });
          r.confidence.forEach((c, i) => {
            if (r.centralWeights[i]) expect(c).toBe(1);
            else expect(c).toBeNull();
          });
        },
      ),
      { numRuns: 200 },
    );
  });

  it("samples weights that respect an order, intervals, and sum to 1", () => {
    const m = 4;
    const models: WeightModel[] = [
      { kind: "uniform" },
      { kind: "order", ranks: [2, 1, 3, 1] },
      { kind: "intervals", low: [0.1, 0, 0.2, 0.05], high: [0.5, 0.3, 0.9, 0.2] },
    ];
    for (const model of models) {
      const { sample } = weightSampler(model, m);
      const rng = smaaStreams(3).weights;
      const w = new Float64Array(m);
      for (let k = 0; k < 2000; k++) {
        sample(rng, w, k);
        expect(Math.abs(w.reduce((s, x) => s + x, 0) - 1)).toBeLessThan(1e-12);
        if (model.kind === "order") {
          expect(w[1]).toBe(w[3]);
          expect(w[1]).toBeGreaterThanOrEqual(w[0] as number);
          expect(w[0]).toBeGreaterThanOrEqual(w[2] as number);
        }
        if (model.kind === "intervals") {
          w.forEach((x, j) => {
            expect(x).toBeGreaterThanOrEqual((model.low[j] as number) - 1e-15);
            expect(x).toBeLessThanOrEqual(model.high[j] as number);
          });
        }
      }
    }
  });

  it("treats utilities equal up to rounding as ties: equal trade-offs under tied weights share rank 1", () => {
    // 0.1 + 0.2 != 0.3 in floating point; these two are tied in exact arithmetic whenever the
    // two criteria weigh the same.
    const r = smaa2({
      values: {
        kind: "exact",
        values: [
          [0.1, 0.2, 0.5],
          [0.3, 0, 0.5],
        ],
      },
      weights: { kind: "order", ranks: [1, 1, 2] },
      samples: 5000,
    });
    expect(matrixToRows(r.rankAcceptability)).toEqual([
      [1, 0],
      [1, 0],
    ]);
    expect(r.confidence).toEqual([1, 1]);
  });

  it("samples narrow weight intervals on many criteria by hit-and-run, uniformly", () => {
    const draw = (model: WeightModel, m: number, N: number) => {
      const { sample } = weightSampler(model, m);
      const rng = smaaStreams(17).weights;
      const w = new Float64Array(m);
      const mean = new Float64Array(m);
      const meanSquare = new Float64Array(m);
      // Worst departures over all draws, asserted once after the loop (an expect per draw and
      // coordinate cost seconds).
      let worstSum = 0;
      let worstBelow = 0;
      let worstAbove = 0;
      for (let k = 0; k < N; k++) {
        sample(rng, w, k);
        worstSum = Math.max(worstSum, Math.abs(w.reduce((s, x) => s + x, 0) - 1));
        w.forEach((x, j) => {
          if (model.kind === "intervals") {
            worstBelow = Math.max(worstBelow, (model.low[j] as number) - x);
            worstAbove = Math.max(worstAbove, x - (model.high[j] as number));
          }
          mean[j] = (mean[j] as number) + x / N;
          meanSquare[j] = (meanSquare[j] as number) + (x * x) / N;
        });
      }
      expect(worstSum).toBeLessThan(1e-9);
      expect(worstBelow).toBeLessThanOrEqual(0);
      expect(worstAbove).toBeLessThanOrEqual(0);
      return { mean, variance: mean.map((x, j) => (meanSquare[j] as number) - x * x) };
    };
    // Twenty criteria, each within 0.05 +- 0.01: rejection accepts under 1% of its draws.
    const m = 20;
    const narrow = {
      kind: "intervals" as const,
      low: new Array(m).fill(0.04),
      high: new Array(m).fill(0.06),
    };
    expectClose(draw(narrow, m, 3000).mean, new Array(m).fill(0.05), 0.001);
    // Where rejection is exact and affordable, both samplers agree on means and variances.
    const box = {
      kind: "intervals" as const,
      low: [0.05, 0.1, 0, 0.2],
      high: [0.6, 0.5, 0.3, 0.7],
    };
    const exact = draw({ ...box, method: "rejection" }, 4, 20_000);
    const chain = draw({ ...box, method: "hit-and-run" }, 4, 20_000);
    expectClose(chain.mean, exact.mean, 0.01);
    expectClose(chain.variance, exact.variance, 0.003);
  });

  it("samples a missing rating (NaN) over the whole value scale", () => {
    const r = smaa2({
      values: { kind: "exact", values: [[0.5], [Number.NaN]] },
      weights: { kind: "uniform" },
      samples: 20_000,
    });
    expectClose(r.firstRankAcceptability, [0.5, 0.5], 4 / Math.sqrt(20_000));
  });

  it("rejects infeasible weight intervals, low > high, and mismatched pre-drawn samples", () => {
    const values = {
      kind: "exact" as const,
      values: [
        [1, 0],
        [0, 1],
      ],
    };
    expect(() =>
      smaa2({ values, weights: { kind: "intervals", low: [0.6, 0.6], high: [1, 1] } }),
    ).toThrow(/lower bounds sum to 1.2/);
    expect(() =>
      smaa2({
        values: { kind: "intervals", low: [[1]], high: [[0]] },
        weights: { kind: "uniform" },
      }),
    ).toThrow("low[0][0]: low 1 is above high 0");
    expect(() =>
      smaa2({
        values: { kind: "samples", samples: [[[1], [0]]] },
        weights: { kind: "samples", samples: [[1], [1]] },
      }),
    ).toThrow(/2 weight samples but 1 value samples/);
    expect(() => smaa2({ values, weights: { kind: "uniform" }, samples: 0 })).toThrow(
      "params.samples",
    );
  });
});

describe("rankByUtility", () => {
  // The definition: i's rank is the number of alternatives whose utility exceeds i's by more
  // than rounding (1e-12 relative), counted directly.
  const byDefinition = (u: Float64Array) =>
    Array.from(u, (ui) => u.filter((uh) => uh > ui + 1e-12 * Math.max(1, Math.abs(ui))).length);

  it("gives the defined ranks, ties shared, whether it counts or sorts", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 120 }),
        fc.array(fc.integer({ min: -5, max: 5 }), { minLength: 120, maxLength: 120 }),
        fc.array(fc.double({ min: -1e3, max: 1e3, noNaN: true }), {
          minLength: 120,
          maxLength: 120,
        }),
        (n, small, wide) => {
          // Mix few distinct values (many exact ties) with arbitrary ones.
          const u = Float64Array.from({ length: n }, (_, i) =>
            i % 2 ? (small[i] as number) / 7 : (wide[i] as number),
          );
          const ranks = new Int32Array(n);
          rankByUtility(u, ranks, rankScratch(n));
          expect(Array.from(ranks)).toEqual(byDefinition(u));
        },
      ),
      { numRuns: 300 },
    );
  });

  it("is exact among near-ties that the sort keys' index bits reorder, at any size", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 33, max: 400 }),
        fc.array(fc.integer({ min: -40, max: 40 }), { minLength: 64, maxLength: 64 }),
        fc.constantFrom(1e-16, 1e-14, 1e-13, 3e-13, 1e-12, 1e-11),
        (n, steps, eps) => {
          // Utilities a few eps apart around 0.3 and 0: below, at and above the tie tolerance.
          const u = Float64Array.from(
            { length: n },
            (_, i) => (i % 3 ? 0.3 : 0) + (steps[i % 64] as number) * eps,
          );
          const ranks = new Int32Array(n);
          rankByUtility(u, ranks, rankScratch(n));
          expect(Array.from(ranks)).toEqual(byDefinition(u));
        },
      ),
      { numRuns: 40 },
    );
  });

  it("treats utilities equal up to rounding as tied above 32 alternatives too", () => {
    const u = Float64Array.from({ length: 40 }, (_, i) => (i < 2 ? 0.3 : 0.1 * (i % 3)));
    u[1] = 0.1 + 0.2; // 0.30000000000000004, one rounding away from 0.3
    const ranks = new Int32Array(40);
    rankByUtility(u, ranks, rankScratch(40));
    expect(ranks[0]).toBe(0);
    expect(ranks[1]).toBe(0);
  });
});

describe("topRanks", () => {
  const byDefinition = (u: Float64Array) =>
    Array.from(u, (ui) => u.filter((uh) => uh > ui + 1e-12 * Math.max(1, Math.abs(ui))).length);

  it("finds every alternative ranked below R, with its defined rank, ties at the boundary included", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 2, max: 150 }),
        fc.integer({ min: 1, max: 150 }),
        fc.array(fc.integer({ min: -6, max: 6 }), { minLength: 150, maxLength: 150 }),
        fc.array(fc.double({ min: -1e3, max: 1e3, noNaN: true }), {
          minLength: 150,
          maxLength: 150,
        }),
        fc.constantFrom(0, 1e-13, 1e-11),
        (n, r, small, wide, eps) => {
          const R = Math.min(n, r);
          // Few distinct values (exact ties and near-ties around the tolerance) and arbitrary ones.
          const u = Float64Array.from({ length: n }, (_, i) =>
            i % 2 ? (small[i] as number) / 7 + (i % 3) * eps : (wide[i] as number),
          );
          const top = topScratch(n, R);
          const ranks = new Int32Array(n);
          // Twice on the same scratch: the membership stamp must not leak between samples.
          for (const x of [u, u.map((y) => -y)]) {
            const count = topRanks(x, ranks, top);
            const found = new Map<number, number>();
            for (let t = 0; t < count; t++) found.set(top.ids[t] as number, ranks[t] as number);
            const expected = new Map<number, number>();
            byDefinition(x).forEach((rank, i) => {
              if (rank < R) expected.set(i, rank);
            });
            expect(found).toEqual(expected);
          }
        },
      ),
      { numRuns: 300 },
    );
  });

  it("leaves SMAA-2's first R rank acceptabilities, central weights and confidence as they are", () => {
    const n = 60;
    const m = 4;
    const rng = smaaStreams(5).values;
    const low = Float64Array.from({ length: n * m }, () => 0.8 * uniform(rng));
    const high = low.map((x) => x + 0.2 * uniform(rng));
    const input: Smaa2Input = {
      values: {
        kind: "intervals",
        low: { rows: n, cols: m, data: low },
        high: { rows: n, cols: m, data: high },
      },
      weights: { kind: "uniform" },
      samples: 2000,
      seed: 3,
    };
    const all = smaa2(input);
    const R = 7;
    const some = smaa2({ ...input, ranks: R });
    expect(some.rankAcceptability.cols).toBe(R);
    const firstColumns = matrixToRows(all.rankAcceptability).map((row) => row.slice(0, R));
    expect(matrixToRows(some.rankAcceptability)).toEqual(firstColumns);
    expect(some.firstRankAcceptability).toEqual(all.firstRankAcceptability);
    expect(some.centralWeights).toEqual(all.centralWeights);
    expect(some.confidence).toEqual(all.confidence);
  });

  it("refuses a rank count outside 1..n", () => {
    const input: Smaa2Input = {
      values: { kind: "exact", values: [[1], [0]] },
      weights: { kind: "uniform" },
      samples: 10,
    };
    expect(() => smaa2({ ...input, ranks: 3 })).toThrow(/ranks must be an integer from 1 to 2/);
    expect(() => smaa2({ ...input, ranks: 0 })).toThrow(/ranks/);
  });
});
