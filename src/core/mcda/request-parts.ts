/**
 * The parts of a `bearing mcda` request (`request.ts`) other than its matrix: the criteria
 * (directions, weights, PROMETHEE preference functions), the alternatives' names, and AHP's
 * pairwise comparison matrices, each checked with the field's path in any error.
 */

import type { Direction } from "./matrix.js";
import type { PreferenceFunction } from "./promethee/preference.js";
import type { CriterionSpec, McdaMethod, McdaRequest } from "./request.js";
import { array, fail, finite, object, type Path } from "./request-fields.js";

export function parseAhp(
  root: Record<string, unknown>,
  params: Record<string, unknown>,
): McdaRequest {
  if (root.pairwise === undefined) {
    throw fail("missing_field", "missing: ahp needs a pairwise comparison matrix", ["pairwise"]);
  }
  const outer = array(root.pairwise, ["pairwise"]);
  // A 3-D array is a group: one matrix per member.
  const group =
    outer.length > 0 && Array.isArray(outer[0]) && Array.isArray((outer[0] as unknown[])[0]);
  const matrices = group
    ? outer.map((x, k) => pairwiseMatrix(x, ["pairwise", k]))
    : [pairwiseMatrix(root.pairwise, ["pairwise"])];
  const m = (matrices[0] as number[][]).length;
  matrices.forEach((a, k) => {
    if (a.length !== m)
      throw fail("invalid_value", `is ${a.length} x ${a.length}, the first matrix ${m} x ${m}`, [
        "pairwise",
        k,
      ]);
  });
  let names: string[];
  if (root.criteria !== undefined) {
    names = parseCriteria(root.criteria, m, "ahp", false).map((c) => c.id);
  } else if (root.alternatives !== undefined) {
    names = parseAlternatives(root.alternatives, m);
  } else {
    names = Array.from({ length: m }, (_, i) => `A${i + 1}`);
  }
  return {
    method: "ahp",
    alternatives: names,
    criteria: [],
    matrix: null,
    pairwise: matrices,
    params,
  };
}

export function pairwiseMatrix(value: unknown, path: Path): number[][] {
  const outer = array(value, path);
  if (outer.length === 0)
    throw fail("invalid_value", "a pairwise comparison matrix needs at least one row", path);
  return outer.map((row, i) => {
    const cells = array(row, [...path, i]);
    if (cells.length !== outer.length) {
      throw fail(
        "invalid_value",
        `row has ${cells.length} entries, expected ${outer.length} (the matrix must be square)`,
        [...path, i],
      );
    }
    return cells.map((x, j) => finite(x, [...path, i, j]));
  });
}

export function parseAlternatives(value: unknown, n: number): string[] {
  if (value === undefined) return Array.from({ length: n }, (_, i) => `A${i + 1}`);
  const list = array(value, ["alternatives"]);
  if (list.length !== n) {
    throw fail("invalid_value", `${list.length} alternatives but the matrix has ${n} rows`, [
      "alternatives",
    ]);
  }
  const seen = new Set<string>();
  return list.map((x, i) => {
    if (typeof x !== "string" || x.trim() === "")
      throw fail("invalid_type", "expected a non-empty string", ["alternatives", i]);
    if (seen.has(x))
      throw fail("duplicate_id", `duplicate alternative ${JSON.stringify(x)}`, ["alternatives", i]);
    seen.add(x);
    return x;
  });
}

export function parseCriteria(
  value: unknown,
  m: number,
  method: McdaMethod,
  needDirection: boolean,
): CriterionSpec[] {
  if (value === undefined) {
    throw fail("missing_field", `missing: ${method} needs one criterion per matrix column (${m})`, [
      "criteria",
    ]);
  }
  const list = array(value, ["criteria"]);
  if (list.length !== m) {
    throw fail("invalid_value", `${list.length} criteria but the matrix has ${m} columns`, [
      "criteria",
    ]);
  }
  const seen = new Set<string>();
  const specs = list.map((raw, j): CriterionSpec => {
    const path: Path = ["criteria", j];
    const c = object(raw, path);
    const id = c.id === undefined ? `C${j + 1}` : c.id;
    if (typeof id !== "string" || id.trim() === "")
      throw fail("invalid_type", "expected a non-empty string", [...path, "id"]);
    if (seen.has(id))
      throw fail("duplicate_id", `duplicate criterion ${JSON.stringify(id)}`, [...path, "id"]);
    seen.add(id);
    let direction: Direction = "max";
    if (c.direction !== undefined) {
      if (c.direction !== "max" && c.direction !== "min") {
        throw fail(
          "invalid_value",
          `direction ${JSON.stringify(c.direction)} is neither "max" nor "min"`,
          [...path, "direction"],
        );
      }
      direction = c.direction;
    } else if (needDirection) {
      throw fail("missing_field", 'missing: say whether more is better ("max") or worse ("min")', [
        ...path,
        "direction",
      ]);
    }
    let weight: number | undefined;
    if (c.weight !== undefined) {
      weight = finite(c.weight, [...path, "weight"]);
      if (weight < 0)
        throw fail("out_of_range", `weight ${weight} is negative`, [...path, "weight"]);
    }
    const preference =
      c.preference === undefined
        ? ({ type: "usual" } as const)
        : parsePreference(c.preference, [...path, "preference"]);
    return { id, direction, weight, preference };
  });
  const given = specs.filter((s) => s.weight !== undefined).length;
  if (given > 0 && given < m) {
    const missing = specs.findIndex((s) => s.weight === undefined);
    throw fail("missing_field", "missing: give every criterion a weight, or none (equal weights)", [
      "criteria",
      missing,
      "weight",
    ]);
  }
  if (given === m && specs.every((s) => s.weight === 0)) {
    throw fail(
      "invalid_value",
      "all weights are zero",
      ["criteria", 0, "weight"],
      "give at least one criterion a positive weight",
    );
  }
  return specs;
}

export function parsePreference(value: unknown, path: Path): PreferenceFunction {
  const p = object(value, path);
  const type = p.type === undefined ? "usual" : p.type;
  const num = (key: "q" | "p" | "s", fallback?: number): number => {
    if (p[key] === undefined) {
      if (fallback !== undefined) return fallback;
      throw fail("missing_field", `missing: the ${String(type)} function needs ${key}`, [
        ...path,
        key,
      ]);
    }
    return finite(p[key], [...path, key]);
  };
  let f: PreferenceFunction;
  switch (type) {
    case "usual":
      f = { type: "usual" };
      break;
    case "u-shape":
      f = { type: "u-shape", q: num("q", 0) };
      break;
    case "v-shape":
      f = { type: "v-shape", p: num("p") };
      break;
    case "level":
      f = { type: "level", q: num("q", 0), p: num("p") };
      break;
    case "linear":
      f = { type: "linear", q: num("q", 0), p: num("p") };
      break;
    case "gaussian":
      f = { type: "gaussian", s: num("s") };
      break;
    default:
      throw fail(
        "invalid_value",
        `unknown preference function ${JSON.stringify(type)}`,
        [...path, "type"],
        "use usual, u-shape, v-shape, level, linear or gaussian",
      );
  }
  // Threshold ranges (q >= 0, p > q, s > 0) are checked by the method with the same path.
  return f;
}
