import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { MAX_DEPTH, structureIssue } from "./reserved-keys.js";

describe("structureIssue", () => {
  it("finds a reserved key anywhere, as an own key (as JSON.parse makes __proto__)", () => {
    expect(structureIssue(JSON.parse('{"a": [{"b": {"__proto__": {"x": 1}}}]}'))).toMatchObject({
      path: ["a", 0, "b", "__proto__"],
      message: '"__proto__" cannot be used as a name',
    });
    expect(structureIssue({ ratings: { constructor: 3 } })?.path).toEqual([
      "ratings",
      "constructor",
    ]);
    expect(structureIssue({ prototype: 1 })?.path).toEqual(["prototype"]);
    // As values they are just words.
    expect(structureIssue({ a: "__proto__", b: ["constructor"] })).toBeUndefined();
  });

  it("refuses nesting deeper than MAX_DEPTH without overflowing the stack", () => {
    const nest = (depth: number) => {
      let value: unknown = 1;
      for (let i = 0; i < depth; i++) value = i % 2 ? [value] : { a: value };
      return value;
    };
    expect(structureIssue(nest(MAX_DEPTH))).toBeUndefined();
    expect(structureIssue(nest(MAX_DEPTH + 1))?.message).toMatch(/nested more than 64/);
    expect(structureIssue(nest(100_000))?.code).toBe("too_large");
  });

  it("accepts any JSON without reserved keys within the depth", () => {
    const safe = fc
      .jsonValue({ maxDepth: 10 })
      .filter((v) => !/"(__proto__|prototype|constructor)":/.test(JSON.stringify(v)));
    fc.assert(fc.property(safe, (value) => structureIssue(value) === undefined));
  });
});
