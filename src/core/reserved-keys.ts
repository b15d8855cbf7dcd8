/**
 * Keys that reach an object's prototype machinery when a parsed document is used as a plain
 * object (prototype pollution: `__proto__` sets the prototype, `constructor` and `prototype`
 * shadow what code expects to find). bearing refuses them as keys wherever it reads keys: set
 * paths, YAML keys in `bearing.yaml` and front matter, and JSON bodies of the API.
 * See OWASP, "Prototype Pollution Prevention Cheat Sheet".
 */
import type { Issue } from "./errors.js";

export const RESERVED_KEYS: ReadonlySet<string> = new Set([
  "__proto__",
  "prototype",
  "constructor",
]);

export function isReservedKey(key: unknown): boolean {
  return typeof key === "string" && RESERVED_KEYS.has(key);
}

/** How deep bearing reads nested data: far beyond any real file or request (theirs are 4 or 5). */
export const MAX_DEPTH = 64;

/**
 * The first structural problem of a JSON-like value: a reserved key (own keys, depth first;
 * the issue's path ends with it) or nesting deeper than {@link MAX_DEPTH}. Iterative, so deep
 * input cannot overflow the stack.
 */
export function structureIssue(value: unknown): Issue | undefined {
  const stack: { value: unknown; path: (string | number)[] }[] = [{ value, path: [] }];
  while (stack.length > 0) {
    const { value: node, path } = stack.pop() as (typeof stack)[number];
    if (node === null || typeof node !== "object") continue;
    if (path.length >= MAX_DEPTH) return tooDeepIssue(path);
    if (Array.isArray(node)) {
      node.forEach((item, index) => {
        stack.push({ value: item, path: [...path, index] });
      });
      continue;
    }
    for (const key of Object.keys(node)) {
      if (isReservedKey(key)) return reservedKeyIssue([...path, key]);
      stack.push({ value: (node as Record<string, unknown>)[key], path: [...path, key] });
    }
  }
  return undefined;
}

/** The issue for nesting deeper than {@link MAX_DEPTH}, at `path` (where it got too deep). */
export function tooDeepIssue(path: ReadonlyArray<string | number> = []): Issue {
  return {
    code: "too_large",
    path: path.slice(0, 3),
    message: `nested more than ${MAX_DEPTH} levels deep`,
    hint: "bearing's files and requests are a few levels deep: remove the extra nesting",
  };
}

/** The issue for a reserved key at `path` (its last element is the key). */
export function reservedKeyIssue(path: ReadonlyArray<string | number>): Issue {
  const key = String(path[path.length - 1]);
  return {
    code: "invalid_value",
    path,
    message: `"${key}" cannot be used as a name`,
    hint: "bearing refuses __proto__, prototype and constructor as field names and ids: rename it",
  };
}
