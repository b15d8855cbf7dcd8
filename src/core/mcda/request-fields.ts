/**
 * Readers of the untrusted JSON of a `bearing mcda` request (`request.ts`): each checks one
 * field and throws `BearingError` (input) naming its path, e.g. `matrix[2][1]: expected a
 * finite number`.
 */
import { BearingError, type Issue } from "../errors.js";
import type { Matrix } from "./matrix.js";

/** Where a field is in the request: keys and indices from the root. */
export type Path = Array<string | number>;

export function fail(
  code: Issue["code"],
  message: string,
  path: Path,
  hint?: string,
): BearingError {
  return BearingError.input(hint ? { code, message, path, hint } : { code, message, path });
}

export function object(value: unknown, path: Path): Record<string, unknown> {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    throw fail("invalid_type", `expected an object, got ${describe(value)}`, path);
  }
  return value as Record<string, unknown>;
}

export function array(value: unknown, path: Path): unknown[] {
  if (!Array.isArray(value))
    throw fail("invalid_type", `expected an array, got ${describe(value)}`, path);
  return value;
}

export function finite(value: unknown, path: Path): number {
  if (typeof value !== "number" || !Number.isFinite(value)) {
    throw fail("not_finite", "expected a finite number", path);
  }
  return value;
}

export function integer(value: unknown, path: Path): number {
  const x = finite(value, path);
  if (!Number.isSafeInteger(x)) throw fail("invalid_value", `expected an integer, got ${x}`, path);
  return x;
}

export function choice<T extends string>(
  value: unknown,
  options: readonly T[],
  fallback: T,
  path: Path,
): T {
  if (value === undefined) return fallback;
  if (typeof value !== "string" || !options.includes(value as T)) {
    throw fail(
      "invalid_value",
      `${JSON.stringify(value)} is not one of ${options.join(", ")}`,
      path,
    );
  }
  return value as T;
}

/** n x m numbers; with `allowMissing`, null becomes NaN (a missing rating). */
export function numberMatrix(value: unknown, path: Path, allowMissing: boolean): Matrix {
  const outer = array(value, path);
  if (outer.length === 0) throw fail("invalid_value", "needs at least one alternative (row)", path);
  const first = array(outer[0], [...path, 0]);
  const m = first.length;
  if (m === 0) throw fail("invalid_value", "needs at least one criterion (column)", [...path, 0]);
  const data = new Float64Array(outer.length * m);
  outer.forEach((row, i) => {
    const cells = array(row, [...path, i]);
    if (cells.length !== m)
      throw fail("invalid_value", `row has ${cells.length} entries, expected ${m}`, [...path, i]);
    cells.forEach((x, j) => {
      if (x === null && allowMissing) data[i * m + j] = Number.NaN;
      else data[i * m + j] = finite(x, [...path, i, j]);
    });
  });
  return { rows: outer.length, cols: m, data };
}

export function describe(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "an array";
  return typeof value === "object" ? "an object" : `${typeof value} ${JSON.stringify(value)}`;
}
