import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { smaaStreams } from "../smaa/random.js";
import { weightSampler } from "../smaa/weight-sampling.js";
import { expectClose } from "../testing/arbitraries.js";
import {
  rankOrderCentroidWeights,
  rankReciprocalWeights,
  rankSumWeights,
  ranksFromOrder,
} from "./rank-order.js";

const ranksArb = fc.array(fc.integer({ min: 1, max: 6 }), { minLength: 1, maxLength: 10 });
const schemes = [rankOrderCentroidWeights, rankSumWeights, rankReciprocalWeights];

describe("rank-order weights", () => {
  it("match Barron & Barrett's and Stillwell et al.'s formulas without ties", () => {
    expectClose(rankOrderCentroidWeights([1, 2, 3]), [11 / 18, 5 / 18, 2 / 18], 1e-15);
    expectClose(rankOrderCentroidWeights([3, 1, 2]), [2 / 18, 11 / 18, 5 / 18], 1e-15);
    expectClose(rankSumWeights([1, 2, 3, 4]), [0.4, 0.3, 0.2, 0.1], 1e-15);
    expectClose(rankReciprocalWeights([1, 2, 3]), [6 / 11, 3 / 11, 2 / 11], 1e-15);
  });

  it("sum to 1, follow the order, give tied criteria equal weight, and depend on the order only", () => {
    fc.assert(
      fc.property(ranksArb, fc.constantFrom(...schemes), (ranks, scheme) => {
        const w = scheme(ranks);
        expect(Math.abs(w.reduce((s, x) => s + x, 0) - 1)).toBeLessThan(1e-12);
        for (let a = 0; a < ranks.length; a++) {
          for (let b = 0; b < ranks.length; b++) {
            if ((ranks[a] as number) < (ranks[b] as number))
              expect(w[a]).toBeGreaterThan(w[b] as number);
            if (ranks[a] === ranks[b]) expect(w[a]).toBe(w[b]);
          }
        }
        // Any increasing relabelling of the ranks gives the same weights.
        expectClose(scheme(ranks.map((r) => 10 * r + 3)), w, 0);
      }),
    );
  });

  it("with ties, the centroid is the mean of SMAA's uniform sample of the same order", () => {
    const ranks = [2, 1, 2, 3, 1];
    const { sample } = weightSampler({ kind: "order", ranks }, ranks.length);
    const rng = smaaStreams(5).weights;
    const N = 100_000;
    const w = new Float64Array(ranks.length);
    const mean = new Float64Array(ranks.length);
    for (let k = 0; k < N; k++) {
      sample(rng, w, k);
      for (let j = 0; j < w.length; j++) mean[j] = (mean[j] as number) + (w[j] as number) / N;
    }
    expectClose(mean, rankOrderCentroidWeights(ranks), 3 / Math.sqrt(N));
  });

  it("reads an order written most important first, with ties as inner arrays", () => {
    expect(Array.from(ranksFromOrder([2, [0, 3], 1], 4))).toEqual([2, 3, 1, 2]);
    expect(() => ranksFromOrder([0, 0], 2)).toThrow("order[1]: criterion 0 appears twice");
    expect(() => ranksFromOrder([0], 2)).toThrow("criterion 1 is missing");
    expect(() => ranksFromOrder([0, 5], 2)).toThrow("order[1]");
  });
});
