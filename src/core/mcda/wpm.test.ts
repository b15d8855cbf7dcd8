import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { dominanceArb, expectClose, problemArb } from "./testing/arbitraries.js";
import { weightedProduct } from "./wpm.js";

describe("weighted product model", () => {
  it("is unchanged by a positive rescaling of any criterion (ratios only)", () => {
    fc.assert(
      fc.property(problemArb(), fc.integer({ min: 2, max: 1000 }), fc.nat(), (problem, a, pick) => {
        const j = pick % problem.weights.length;
        const scaled = {
          ...problem,
          matrix: problem.matrix.map((row) => row.map((x, k) => (k === j ? a * x : x))),
        };
        expectClose(weightedProduct(scaled).logScores, weightedProduct(problem).logScores, 1e-12);
      }),
    );
  });

  it("never ranks a dominating alternative below the one it dominates", () => {
    fc.assert(
      fc.property(dominanceArb(), ({ problem, better, worse }) => {
        // The product model needs positive performances.
        const shifted = { ...problem, matrix: problem.matrix.map((row) => row.map((x) => x + 30)) };
        const { logScores } = weightedProduct(shifted);
        expect(logScores[better]).toBeGreaterThanOrEqual((logScores[worse] as number) - 1e-12);
      }),
    );
  });

  it("rejects non-positive performances", () => {
    expect(() =>
      weightedProduct({
        matrix: [
          [1, 0],
          [2, 3],
        ],
        weights: [1, 1],
        directions: ["max", "min"],
      }),
    ).toThrow("matrix[0][1]");
  });
});
