import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { rankScores } from "./rank.js";
import {
  dominanceArb,
  expectClose,
  expectSameOrder,
  permutationArb,
  permuteCriteria,
  permuteRows,
  problemArb,
} from "./testing/arbitraries.js";
import { type TopsisNormalization, topsis } from "./topsis.js";

const normalizations: TopsisNormalization[] = ["vector", "minmax"];

describe("topsis", () => {
  it("keeps closeness in [0, 1] and C = d- / (d+ + d-)", () => {
    fc.assert(
      fc.property(problemArb(), fc.constantFrom(...normalizations), (problem, normalization) => {
        const r = topsis(problem, { normalization });
        r.closeness.forEach((c, i) => {
          expect(c).toBeGreaterThanOrEqual(0);
          expect(c).toBeLessThanOrEqual(1);
          const d = (r.dPlus[i] as number) + (r.dMinus[i] as number);
          if (d > 0) expect(Math.abs(c - (r.dMinus[i] as number) / d)).toBeLessThan(1e-15);
        });
      }),
    );
  });

  it("never ranks a dominating alternative below the one it dominates", () => {
    fc.assert(
      fc.property(
        dominanceArb(),
        fc.constantFrom(...normalizations),
        ({ problem, better, worse }, normalization) => {
          const r = topsis(problem, { normalization });
          expect(r.closeness[better]).toBeGreaterThanOrEqual(
            (r.closeness[worse] as number) - 1e-12,
          );
          const ranks = rankScores(r.closeness);
          if ((r.closeness[better] as number) >= (r.closeness[worse] as number)) {
            expect(ranks[better]).toBeLessThanOrEqual(ranks[worse] as number);
          }
        },
      ),
    );
  });

  it("is unchanged by reordering alternatives or criteria", () => {
    fc.assert(
      fc.property(
        problemArb().chain((p) =>
          fc.tuple(
            fc.constant(p),
            permutationArb(p.matrix.length),
            permutationArb(p.weights.length),
          ),
        ),
        fc.constantFrom(...normalizations),
        ([problem, rows, cols], normalization) => {
          const base = topsis(problem, { normalization }).closeness;
          const byRows = topsis(
            { ...problem, matrix: permuteRows(problem.matrix, rows) },
            { normalization },
          );
          expectClose(byRows.closeness, permuteRows(Array.from(base), rows), 1e-12);
          const byCols = topsis(permuteCriteria(problem, cols), { normalization });
          expectClose(byCols.closeness, base, 1e-12);
          expectSameOrder(base, byCols.closeness);
        },
      ),
    );
  });

  it("with min-max normalisation, ignores any positive affine change of a criterion's unit", () => {
    fc.assert(
      fc.property(
        problemArb(),
        fc.integer({ min: 1, max: 50 }),
        fc.integer({ min: -1000, max: 1000 }),
        fc.nat(),
        (problem, a, b, pick) => {
          const j = pick % problem.weights.length;
          const moved = {
            ...problem,
            matrix: problem.matrix.map((row) => row.map((x, k) => (k === j ? a * x + b : x))),
          };
          const base = topsis(problem, { normalization: "minmax" }).closeness;
          const after = topsis(moved, { normalization: "minmax" }).closeness;
          expectClose(after, base, 1e-12);
        },
      ),
    );
  });

  it("with vector normalisation, ignores a positive rescaling of a criterion", () => {
    fc.assert(
      fc.property(
        problemArb(),
        fc.double({ min: 1e-3, max: 1e3, noNaN: true }),
        fc.nat(),
        (problem, a, pick) => {
          const j = pick % problem.weights.length;
          const scaled = {
            ...problem,
            matrix: problem.matrix.map((row) => row.map((x, k) => (k === j ? a * x : x))),
          };
          const base = topsis(problem, { normalization: "vector" }).closeness;
          expectClose(topsis(scaled, { normalization: "vector" }).closeness, base, 1e-12);
        },
      ),
    );
  });

  it("with vector normalisation, is NOT invariant under a shift of a criterion (Opricovic & Tzeng 2004)", () => {
    // Mountain-climbing example, EJOR 156(2):445-455: the same data in two encodings that differ
    // by x + 5 on f1 and an affine change on f2 crown different winners.
    const encoding = (matrix: number[][]) => ({
      matrix,
      weights: [0.5, 0.5],
      directions: ["min", "max"] as ("min" | "max")[],
    });
    const f = encoding([
      [1, 3000],
      [2, 3750],
      [5, 4500],
    ]);
    const phi = encoding([
      [6, 2],
      [7, 2.75],
      [10, 3.5],
    ]);
    const vector = { normalization: "vector" } as const;
    expect(rankScores(topsis(f, vector).closeness)[0]).toBe(1);
    expect(rankScores(topsis(phi, vector).closeness)[1]).toBe(1);
    // Min-max normalisation gives both encodings the same closeness.
    const minmax = { normalization: "minmax" } as const;
    expectClose(topsis(phi, minmax).closeness, topsis(f, minmax).closeness, 1e-12);
  });

  it("gives 0.5 to everyone when every criterion is constant", () => {
    const r = topsis(
      {
        matrix: [
          [3, 4],
          [3, 4],
        ],
        weights: [1, 1],
        directions: ["max", "min"],
      },
      { normalization: "minmax" },
    );
    expect(Array.from(r.closeness)).toEqual([0.5, 0.5]);
  });

  it("rejects an unknown normalisation and a bad matrix", () => {
    const problem = { matrix: [[1, 2]], weights: [1, 1], directions: ["max", "max"] as const };
    expect(() =>
      topsis(
        { ...problem, directions: [...problem.directions] },
        { normalization: "sum" as TopsisNormalization },
      ),
    ).toThrow(/normalisation/);
    expect(() =>
      topsis(
        { matrix: [[1, Number.NaN]], weights: [1, 1], directions: ["max", "max"] },
        { normalization: "vector" },
      ),
    ).toThrow("matrix[0][1]: expected a finite number");
    expect(() =>
      topsis(
        {
          matrix: [
            [1, 2],
            [3, -Infinity],
          ],
          weights: [1, 1],
          directions: ["max", "min"],
        },
        { normalization: "minmax" },
      ),
    ).toThrow("matrix[1][1]: expected a finite number");
    // Finite entries whose squares overflow are no error (minmax does not square them).
    const huge = topsis(
      {
        matrix: [
          [1e200, 1],
          [-1e200, 2],
        ],
        weights: [1, 1],
        directions: ["max", "max"],
      },
      { normalization: "minmax" },
    );
    expect(Array.from(huge.closeness)).toEqual([0.5, 0.5]);
  });
});
