import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { matrixToRows } from "../matrix.js";
import {
  dominanceArb,
  expectClose,
  expectSameOrder,
  permutationArb,
  permuteCriteria,
  permuteRows,
  problemArb,
} from "../testing/arbitraries.js";
import { type PreferenceFunction, preferenceDegree } from "./preference.js";
import { preferenceMatrix, promethee2 } from "./promethee2.js";

/** Any of the six functions, with integer thresholds (often equal to value differences). */
const preferenceArb: fc.Arbitrary<PreferenceFunction> = fc.oneof(
  fc.constant({ type: "usual" as const }),
  fc.integer({ min: 0, max: 30 }).map((q) => ({ type: "u-shape" as const, q })),
  fc.integer({ min: 1, max: 60 }).map((p) => ({ type: "v-shape" as const, p })),
  fc
    .tuple(fc.integer({ min: 0, max: 30 }), fc.integer({ min: 0, max: 30 }))
    .map(([q, d]) => ({ type: "level" as const, q, p: q + d })),
  fc
    .tuple(fc.integer({ min: 0, max: 30 }), fc.integer({ min: 1, max: 30 }))
    .map(([q, d]) => ({ type: "linear" as const, q, p: q + d })),
  fc.integer({ min: 1, max: 40 }).map((s) => ({ type: "gaussian" as const, s })),
);

const withPreferences = problemArb({ maxN: 12 }).chain((problem) =>
  fc.tuple(
    fc.constant(problem),
    fc.array(preferenceArb, {
      minLength: problem.weights.length,
      maxLength: problem.weights.length,
    }),
  ),
);

/** The same function in a unit a times smaller: every threshold times a. */
function rescaled(f: PreferenceFunction, a: number): PreferenceFunction {
  if (f.type === "usual") return f;
  if (f.type === "u-shape") return { type: f.type, q: a * f.q };
  if (f.type === "v-shape") return { type: f.type, p: a * f.p };
  if (f.type === "gaussian") return { type: f.type, s: a * f.s };
  return { type: f.type, q: a * f.q, p: a * f.p };
}

function flowsFromMatrix(pi: number[][]): { plus: number[]; minus: number[] } {
  const n = pi.length;
  const scale = n > 1 ? 1 / (n - 1) : 0;
  return {
    plus: pi.map((row) => row.reduce((s, x) => s + x, 0) * scale),
    minus: pi.map((_, b) => pi.reduce((s, row) => s + (row[b] as number), 0) * scale),
  };
}

describe("promethee2", () => {
  it("sorted-prefix-sum flows equal the pairwise definition, thresholds and ties included", () => {
    fc.assert(
      fc.property(withPreferences, ([problem, preferences]) => {
        const fast = promethee2(problem, { preferences });
        const { plus, minus } = flowsFromMatrix(
          matrixToRows(preferenceMatrix(problem, { preferences })),
        );
        expectClose(fast.phiPlus, plus, 1e-12);
        expectClose(fast.phiMinus, minus, 1e-12);
      }),
      { numRuns: 300 },
    );
  });

  it("net flows lie in [-1, 1] and sum to 0", () => {
    fc.assert(
      fc.property(withPreferences, ([problem, preferences]) => {
        const { netFlow } = promethee2(problem, { preferences });
        let sum = 0;
        for (const phi of netFlow) {
          expect(Math.abs(phi)).toBeLessThanOrEqual(1 + 1e-12);
          sum += phi;
        }
        expect(Math.abs(sum)).toBeLessThan(1e-12);
      }),
    );
  });

  it("never ranks a dominating alternative below the one it dominates", () => {
    fc.assert(
      fc.property(
        dominanceArb().chain((d) =>
          fc.tuple(
            fc.constant(d),
            fc.array(preferenceArb, {
              minLength: d.problem.weights.length,
              maxLength: d.problem.weights.length,
            }),
          ),
        ),
        ([{ problem, better, worse }, preferences]) => {
          const { netFlow } = promethee2(problem, { preferences });
          expect(netFlow[better]).toBeGreaterThanOrEqual((netFlow[worse] as number) - 1e-12);
        },
      ),
    );
  });

  it("is unchanged by reordering alternatives or criteria", () => {
    fc.assert(
      fc.property(
        withPreferences.chain(([p, f]) =>
          fc.tuple(
            fc.constant(p),
            fc.constant(f),
            permutationArb(p.matrix.length),
            permutationArb(p.weights.length),
          ),
        ),
        ([problem, preferences, rows, cols]) => {
          const base = promethee2(problem, { preferences }).netFlow;
          const byRows = promethee2(
            { ...problem, matrix: permuteRows(problem.matrix, rows) },
            { preferences },
          );
          expectClose(byRows.netFlow, permuteRows(Array.from(base), rows), 1e-12);
          const byCols = promethee2(permuteCriteria(problem, cols), {
            preferences: permuteRows(preferences, cols),
          });
          expectClose(byCols.netFlow, base, 1e-12);
          expectSameOrder(base, byCols.netFlow);
        },
      ),
    );
  });

  it("ignores a positive affine change of unit when the thresholds change with it", () => {
    fc.assert(
      fc.property(
        withPreferences,
        fc.integer({ min: 1, max: 20 }),
        fc.integer({ min: -500, max: 500 }),
        ([problem, preferences], a, b) => {
          // Rescale every criterion: differences scale by a, and so must q, p and s.
          const moved = {
            ...problem,
            matrix: problem.matrix.map((row) => row.map((x) => a * x + b)),
          };
          const scaled = preferences.map((f) => rescaled(f, a));
          const base = promethee2(problem, { preferences }).netFlow;
          expectClose(promethee2(moved, { preferences: scaled }).netFlow, base, 1e-12);
        },
      ),
    );
  });

  it("with usual criteria, depends only on the order of performances", () => {
    fc.assert(
      fc.property(problemArb(), (problem) => {
        const cubed = {
          ...problem,
          matrix: problem.matrix.map((row) => row.map((x) => x ** 3 - 7)),
        };
        expectClose(promethee2(cubed).netFlow, promethee2(problem).netFlow, 1e-15);
      }),
    );
  });

  it("evaluates the six preference functions at their thresholds as Brans & Vincke define them", () => {
    expect([0, 1e-9, 5].map((d) => preferenceDegree({ type: "usual" }, d))).toEqual([0, 1, 1]);
    expect([2, 2.5].map((d) => preferenceDegree({ type: "u-shape", q: 2 }, d))).toEqual([0, 1]);
    expect([2, 4, 5].map((d) => preferenceDegree({ type: "v-shape", p: 4 }, d))).toEqual([
      0.5, 1, 1,
    ]);
    expect([1, 2, 3, 4, 5].map((d) => preferenceDegree({ type: "level", q: 2, p: 4 }, d))).toEqual([
      0, 0, 0.5, 0.5, 1,
    ]);
    expect([1, 2, 3, 4, 5].map((d) => preferenceDegree({ type: "linear", q: 2, p: 4 }, d))).toEqual(
      [0, 0, 0.5, 1, 1],
    );
    expect(preferenceDegree({ type: "gaussian", s: 2 }, 2)).toBeCloseTo(1 - Math.exp(-0.5), 15);
    expect(preferenceDegree({ type: "gaussian", s: 2 }, -2)).toBe(0);
  });

  it("rejects thresholds that make no function", () => {
    const problem = { matrix: [[1], [2]], weights: [1], directions: ["max" as const] };
    expect(() => promethee2(problem, { preferences: [{ type: "linear", q: 3, p: 3 }] })).toThrow(
      "criteria[0].preference.p",
    );
    expect(() => promethee2(problem, { preferences: [{ type: "v-shape", p: 0 }] })).toThrow(
      "criteria[0].preference.p",
    );
    expect(() => promethee2(problem, { preferences: [{ type: "u-shape", q: -1 }] })).toThrow(
      "criteria[0].preference.q",
    );
    expect(() =>
      promethee2(problem, { preferences: [{ type: "gaussian", s: Number.NaN }] }),
    ).toThrow("criteria[0].preference.s");
    expect(() => promethee2(problem, { preferences: [] })).toThrow(
      /0 preference functions for 1 criteria/,
    );
  });

  it("gives a single alternative zero flows", () => {
    const r = promethee2({ matrix: [[1, 2]], weights: [1, 1], directions: ["max", "min"] });
    expect(Array.from(r.netFlow)).toEqual([0]);
  });
});
