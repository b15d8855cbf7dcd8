import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { dominanceArb, problemArb, reorderAndRescaleProperty } from "./testing/arbitraries.js";
import { vikor } from "./vikor.js";

describe("vikor", () => {
  it("keeps Q in [0, 1] and puts the best Q in the compromise set", () => {
    fc.assert(
      fc.property(problemArb(), fc.double({ min: 0, max: 1, noNaN: true }), (problem, v) => {
        const r = vikor(problem, { v });
        for (const q of r.Q) {
          expect(q).toBeGreaterThanOrEqual(0);
          expect(q).toBeLessThanOrEqual(1 + 1e-12);
        }
        const best = Math.min(...r.Q);
        expect(r.compromise.length).toBeGreaterThan(0);
        expect(r.Q[r.compromise[0] as number]).toBe(best);
        if (r.acceptableAdvantage && r.acceptableStability) expect(r.compromise).toHaveLength(1);
        if (r.acceptableAdvantage && !r.acceptableStability) expect(r.compromise).toHaveLength(2);
        if (!r.acceptableAdvantage) {
          for (const i of r.compromise)
            expect((r.Q[i] as number) - best).toBeLessThan(1 / (problem.matrix.length - 1));
        }
      }),
    );
  });

  it("never ranks a dominating alternative below the one it dominates (S, R and Q)", () => {
    fc.assert(
      fc.property(dominanceArb(), ({ problem, better, worse }) => {
        const r = vikor(problem);
        expect(r.S[better]).toBeLessThanOrEqual((r.S[worse] as number) + 1e-12);
        expect(r.R[better]).toBeLessThanOrEqual((r.R[worse] as number) + 1e-12);
        expect(r.Q[better]).toBeLessThanOrEqual((r.Q[worse] as number) + 1e-12);
      }),
    );
  });

  it("is unchanged by reordering alternatives or criteria and by positive affine changes of unit", () => {
    fc.assert(reorderAndRescaleProperty((p) => vikor(p).Q));
  });

  it("handles one alternative and constant criteria without dividing by zero", () => {
    expect(
      vikor({ matrix: [[1, 2]], weights: [1, 1], directions: ["max", "min"] }).compromise,
    ).toEqual([0]);
    const flat = vikor({
      matrix: [
        [1, 5],
        [1, 5],
      ],
      weights: [1, 1],
      directions: ["max", "min"],
    });
    expect(Array.from(flat.Q)).toEqual([0, 0]);
    expect(flat.compromise).toEqual([0, 1]);
  });

  it("rejects v outside [0, 1]", () => {
    expect(() =>
      vikor({ matrix: [[1], [2]], weights: [1], directions: ["max"] }, { v: 1.5 }),
    ).toThrow("params.v");
  });
});
