/**
 * Linear programming: the one place bearing calls an LP solver, so it can be swapped.
 *
 * Solver: YALPS 0.6 (npm `yalps`, MIT; a rewrite of javascript-lp-solver by I. Manske), a dense
 * primal simplex in plain JavaScript: synchronous, no WebAssembly, nothing loaded at run time,
 * the same code in Node and the browser. Chosen over javascript-lp-solver 1.0 (same algorithm
 * and results, 9x the package size), glpk.js 5 (GPL-3.0, incompatible with bearing's MIT
 * licence) and highs 1.15 (HiGHS compiled to WebAssembly: the most robust solver, but
 * asynchronous start-up, a .wasm file to load and, through its LP-text interface, about 15 ms
 * per small problem against YALPS's 0.1–0.6 ms). On 380 random weight LPs (10 variables, 11
 * constraints) YALPS and HiGHS agreed to within 5e-9.
 *
 * Problems here are small (variables = criteria, a few dozen constraints), so a dense simplex
 * is the right tool. Results are floating point: callers compare with a tolerance
 * ({@link LP_TOLERANCE}) and every optimal point returned is checked against the constraints.
 */
import { solve } from "yalps";

/** One linear constraint on the variables x: `min <= a · x <= max` (either side optional). */
export interface LinearConstraint {
  /** One coefficient per variable. */
  readonly coefficients: ArrayLike<number>;
  readonly min?: number;
  readonly max?: number;
}

/** A linear programme over x >= 0 (every variable non-negative). */
export interface LinearProgram {
  /** Number of variables. */
  readonly variables: number;
  readonly direction: "minimize" | "maximize";
  /** One coefficient per variable; all zeros (or omitted) asks only for a feasible point. */
  readonly objective?: ArrayLike<number>;
  readonly constraints: readonly LinearConstraint[];
}

export type LpResult =
  | { readonly status: "optimal"; readonly value: number; readonly x: Float64Array }
  | { readonly status: "infeasible" }
  | { readonly status: "unbounded" };

/** Feasibility and optimality tolerance of the solver and of the checks on its answers. */
export const LP_TOLERANCE = 1e-9;

/**
 * Solves a linear programme.
 * @returns the optimum and an optimal point, or that there is none (infeasible, unbounded)
 * @throws Error (internal) when the simplex cycles, or returns a point that violates a
 *   constraint by more than 1e-7 (never seen; it would be a solver defect).
 */
export function solveLp(lp: LinearProgram): LpResult {
  const m = lp.variables;
  const constraints = new Map<string, { min?: number; max?: number }>();
  lp.constraints.forEach((c, k) => {
    constraints.set(`c${k}`, { min: c.min, max: c.max });
  });
  const variables = new Map<string, Map<string, number>>();
  for (let j = 0; j < m; j++) {
    const coefficients = new Map<string, number>();
    const o = lp.objective?.[j] ?? 0;
    if (o !== 0) coefficients.set("objective", o);
    lp.constraints.forEach((c, k) => {
      const a = c.coefficients[j] ?? 0;
      if (a !== 0) coefficients.set(`c${k}`, a);
    });
    variables.set(`x${j}`, coefficients);
  }
  const solution = solve(
    { direction: lp.direction, objective: "objective", constraints, variables },
    { precision: LP_TOLERANCE, checkCycles: true },
  );
  if (solution.status === "infeasible") return { status: "infeasible" };
  if (solution.status === "unbounded") return { status: "unbounded" };
  if (solution.status !== "optimal") {
    throw new Error(`the LP solver stopped with status ${solution.status}`);
  }
  const x = new Float64Array(m);
  for (const [key, value] of solution.variables) x[Number(key.slice(1))] = value;
  for (const c of lp.constraints) {
    let s = 0;
    for (let j = 0; j < m; j++) s += (c.coefficients[j] ?? 0) * (x[j] as number);
    if ((c.min !== undefined && s < c.min - 1e-7) || (c.max !== undefined && s > c.max + 1e-7)) {
      throw new Error(`the LP solver returned a point that violates a constraint (${s})`);
    }
  }
  let value = 0;
  for (let j = 0; j < m; j++) value += (lp.objective?.[j] ?? 0) * (x[j] as number);
  return { status: "optimal", value, x };
}
