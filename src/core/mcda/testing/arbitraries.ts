/**
 * fast-check generators and assertions shared by the mcda property tests (test-only: the
 * build excludes `testing/` folders).
 */
import fc from "fast-check";
import { expect } from "vitest";
import type { Direction } from "../matrix.js";

export interface Problem {
  matrix: number[][];
  weights: number[];
  directions: Direction[];
}

/**
 * Decision problems with integer performances in [1, 100] and integer weights in [1, 10]:
 * exact in floating point, positive (every normalisation applies), and with frequent ties.
 */
export function problemArb(
  options: { minN?: number; maxN?: number; minM?: number; maxM?: number } = {},
): fc.Arbitrary<Problem> {
  const { minN = 2, maxN = 8, minM = 1, maxM = 5 } = options;
  return fc
    .record({ n: fc.integer({ min: minN, max: maxN }), m: fc.integer({ min: minM, max: maxM }) })
    .chain(({ n, m }) =>
      fc.record({
        matrix: fc.array(
          fc.array(fc.integer({ min: 1, max: 100 }), { minLength: m, maxLength: m }),
          {
            minLength: n,
            maxLength: n,
          },
        ),
        weights: fc.array(fc.integer({ min: 1, max: 10 }), { minLength: m, maxLength: m }),
        directions: fc.array(fc.constantFrom<Direction>("max", "min"), {
          minLength: m,
          maxLength: m,
        }),
      }),
    );
}

/** A problem plus a copy of one alternative made strictly worse on at least one criterion. */
export function dominanceArb(): fc.Arbitrary<{ problem: Problem; better: number; worse: number }> {
  return problemArb({ minN: 1, maxN: 7 }).chain((problem) => {
    const n = problem.matrix.length;
    const m = problem.weights.length;
    return fc
      .record({
        better: fc.integer({ min: 0, max: n - 1 }),
        worsening: fc.array(fc.integer({ min: 0, max: 20 }), { minLength: m, maxLength: m }),
        strict: fc.integer({ min: 0, max: m - 1 }),
      })
      .map(({ better, worsening, strict }) => {
        const row = problem.matrix[better] as number[];
        const worse = row.map((x, j) => {
          const step = Math.max(worsening[j] as number, j === strict ? 1 : 0);
          return problem.directions[j] === "max" ? x - step : x + step;
        });
        return {
          problem: { ...problem, matrix: [...problem.matrix, worse] },
          better,
          worse: n,
        };
      });
  });
}

/** A permutation of 0..n-1. */
export function permutationArb(n: number): fc.Arbitrary<number[]> {
  return fc
    .array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: n, maxLength: n })
    .map((keys) =>
      keys
        .map((k, i) => [k, i] as const)
        .sort((a, b) => a[0] - b[0] || a[1] - b[1])
        .map(([, i]) => i),
    );
}

/** Rows (alternatives) reordered: row k of the result is row perm[k] of the matrix. */
export function permuteRows<T>(rows: readonly T[], perm: readonly number[]): T[] {
  return perm.map((i) => rows[i] as T);
}

/** Columns (criteria) reordered the same way in a matrix and its per-criterion arrays. */
export function permuteCriteria(problem: Problem, perm: readonly number[]): Problem {
  return {
    matrix: problem.matrix.map((row) => perm.map((j) => row[j] as number)),
    weights: perm.map((j) => problem.weights[j] as number),
    directions: perm.map((j) => problem.directions[j] as Direction),
  };
}

/**
 * The two score vectors order every pair the same way, ignoring pairs closer than `tol` in
 * `a` (rounding may legitimately break such near-ties either way).
 */
export function expectSameOrder(a: ArrayLike<number>, b: ArrayLike<number>, tol = 1e-9): void {
  expect(b.length).toBe(a.length);
  for (let i = 0; i < a.length; i++) {
    for (let k = 0; k < a.length; k++) {
      const da = (a[i] as number) - (a[k] as number);
      if (Math.abs(da) <= tol) continue;
      const db = (b[i] as number) - (b[k] as number);
      expect(Math.sign(db), `pair (${i}, ${k}): ${a[i]} vs ${a[k]}, then ${b[i]} vs ${b[k]}`).toBe(
        Math.sign(da),
      );
    }
  }
}

export function expectClose(
  actual: ArrayLike<number>,
  expected: ArrayLike<number>,
  tol: number,
): void {
  expect(actual.length).toBe(expected.length);
  for (let i = 0; i < expected.length; i++) {
    expect(
      Math.abs((actual[i] as number) - (expected[i] as number)),
      `[${i}]: ${actual[i]} vs ${expected[i]}`,
    ).toBeLessThanOrEqual(tol);
  }
}

/** Partial values in [0, 1] for 2..6 alternatives on 2..5 criteria, and positive weights. */
export const modelArb = fc
  .record({ n: fc.integer({ min: 2, max: 6 }), m: fc.integer({ min: 2, max: 5 }) })
  .chain(({ n, m }) =>
    fc.record({
      values: fc.array(
        fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: m, maxLength: m }),
        { minLength: n, maxLength: n },
      ),
      weights: fc.array(fc.double({ min: 0.01, max: 1, noNaN: true }), {
        minLength: m,
        maxLength: m,
      }),
    }),
  );

/** Weights with criterion j set to t and the others rescaled proportionally. */
export function moved(weights: number[], j: number, t: number): number[] {
  const total = weights.reduce((s, x) => s + x, 0);
  const wj = (weights[j] as number) / total;
  return weights.map((x, k) => (k === j ? t : ((x / total) * (1 - t)) / (1 - wj)));
}

/**
 * The invariances a cardinal method owes its users: its scores follow a reordering of the
 * alternatives, ignore a reordering of the criteria, and ignore a positive affine change of
 * unit (a x + b, a > 0) applied to every criterion.
 */
export function reorderAndRescaleProperty(score: (problem: Problem) => ArrayLike<number>) {
  return fc.property(
    problemArb().chain((p) =>
      fc.tuple(fc.constant(p), permutationArb(p.matrix.length), permutationArb(p.weights.length)),
    ),
    fc.integer({ min: 1, max: 30 }),
    fc.integer({ min: -100, max: 100 }),
    ([problem, rows, cols], a, b) => {
      const base = score(problem);
      expectClose(
        score({ ...problem, matrix: permuteRows(problem.matrix, rows) }),
        permuteRows(Array.from(base), rows),
        1e-12,
      );
      expectClose(score(permuteCriteria(problem, cols)), base, 1e-12);
      const moved = { ...problem, matrix: problem.matrix.map((row) => row.map((x) => a * x + b)) };
      expectClose(score(moved), base, 1e-12);
    },
  );
}
