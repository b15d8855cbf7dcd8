import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { spotis } from "./spotis.js";
import { dominanceArb, expectClose, permutationArb, permuteRows } from "./testing/arbitraries.js";

/** Bounds [-30, 130] contain every performance the dominance generator produces. */
const boundsFor = (m: number) => Array.from({ length: m }, () => [-30, 130] as [number, number]);

describe("spotis", () => {
  it("scores in [0, 1], never ranking a dominating alternative below the dominated", () => {
    fc.assert(
      fc.property(dominanceArb(), ({ problem, better, worse }) => {
        const scores = spotis(problem, { bounds: boundsFor(problem.weights.length) });
        for (const s of scores) {
          expect(s).toBeGreaterThanOrEqual(0);
          expect(s).toBeLessThanOrEqual(1 + 1e-12);
        }
        expect(scores[better]).toBeLessThanOrEqual((scores[worse] as number) + 1e-12);
      }),
    );
  });

  it("scores each alternative on its own: adding or reordering alternatives changes no score", () => {
    fc.assert(
      fc.property(
        dominanceArb().chain((d) =>
          fc.tuple(fc.constant(d.problem), permutationArb(d.problem.matrix.length)),
        ),
        ([problem, perm]) => {
          const bounds = boundsFor(problem.weights.length);
          const all = spotis(problem, { bounds });
          const reordered = spotis(
            { ...problem, matrix: permuteRows(problem.matrix, perm) },
            { bounds },
          );
          expectClose(reordered, permuteRows(Array.from(all), perm), 0);
          const alone = spotis({ ...problem, matrix: [problem.matrix[0] as number[]] }, { bounds });
          expect(alone[0]).toBe(all[0]);
        },
      ),
    );
  });

  it("rejects performances outside the bounds", () => {
    expect(() =>
      spotis({ matrix: [[5]], weights: [1], directions: ["max"] }, { bounds: [[0, 4]] }),
    ).toThrow("matrix[0][0]");
  });
});
