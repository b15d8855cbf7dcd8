import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { dominanceArb, problemArb, reorderAndRescaleProperty } from "./testing/arbitraries.js";
import { additiveValue, weightedSum } from "./wsm.js";

describe("weighted sum (additive value model)", () => {
  it("sums the contributions of each alternative to its score", () => {
    fc.assert(
      fc.property(problemArb(), (problem) => {
        const r = weightedSum(problem);
        for (let i = 0; i < problem.matrix.length; i++) {
          let s = 0;
          for (let j = 0; j < problem.weights.length; j++)
            s += r.contributions.data[i * problem.weights.length + j] as number;
          expect(Math.abs(s - (r.scores[i] as number))).toBeLessThan(1e-12);
          expect(r.scores[i]).toBeGreaterThanOrEqual(0);
          expect(r.scores[i]).toBeLessThanOrEqual(1 + 1e-12);
        }
      }),
    );
  });

  it("never ranks a dominating alternative below the one it dominates", () => {
    fc.assert(
      fc.property(dominanceArb(), ({ problem, better, worse }) => {
        const { scores } = weightedSum(problem);
        expect(scores[better]).toBeGreaterThanOrEqual((scores[worse] as number) - 1e-12);
      }),
    );
  });

  it("is unchanged by reordering and by positive affine changes of unit (linear value functions)", () => {
    fc.assert(reorderAndRescaleProperty((p) => weightedSum(p).scores));
  });

  it("rejects a weight vector of the wrong length", () => {
    expect(() => additiveValue([[0.5, 1]], [1])).toThrow("weights: 1 weights for 2 criteria");
  });
});
