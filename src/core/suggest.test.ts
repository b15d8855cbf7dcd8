import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { closestIds, editDistance, unknownIdHint } from "./suggest.js";

describe("editDistance (optimal string alignment)", () => {
  it("counts insertions, deletions, substitutions and adjacent swaps as one edit each", () => {
    expect(editDistance("", "")).toBe(0);
    expect(editDistance("abc", "")).toBe(3);
    expect(editDistance("scaleup-cto", "scaleupcto")).toBe(1);
    expect(editDistance("scaelup-cto", "scaleup-cto")).toBe(1);
    expect(editDistance("kitten", "sitting")).toBe(3);
    expect(editDistance("ca", "abc")).toBe(3); // OSA, not unrestricted Damerau: 3, not 2
  });

  it("is a symmetric distance bounded by the longer length, zero only for equal strings", () => {
    const word = fc.string({ unit: fc.constantFrom("a", "b", "c", "-"), maxLength: 8 });
    fc.assert(
      fc.property(word, word, (a, b) => {
        const d = editDistance(a, b);
        expect(d).toBe(editDistance(b, a));
        expect(d).toBeLessThanOrEqual(Math.max(a.length, b.length));
        expect(d === 0).toBe(a === b);
        expect(d).toBeGreaterThanOrEqual(Math.abs(a.length - b.length));
      }),
    );
  });
});

describe("closestIds", () => {
  const options = ["scaleup-cto", "seed-cto", "director-hollis-health", "fractional-cto"];

  it("suggests the ids a typo was meant to be, closest first", () => {
    expect(closestIds("scaleup-ct", options)).toEqual(["scaleup-cto"]);
    expect(closestIds("Seed-CTO", options)).toEqual(["seed-cto"]);
    expect(closestIds("seed-cot", options)).toEqual(["seed-cto"]);
    expect(closestIds("hollis", options)).toEqual(["director-hollis-health"]);
    expect(closestIds("fractional", options)).toEqual(["fractional-cto"]);
  });

  it("suggests nothing for an id that exists or one far from every id", () => {
    expect(closestIds("seed-cto", options)).toEqual([]);
    expect(closestIds("pizza", options)).toEqual([]);
    expect(closestIds("x", ["pay", "y"])).toEqual(["y"]);
  });
});

describe("unknownIdHint", () => {
  it("asks about the close ids and lists them all", () => {
    expect(unknownIdHint("seed-ct", ["seed-cto", "fractional-cto"], "options")).toBe(
      'did you mean "seed-cto"? options: seed-cto, fractional-cto',
    );
    expect(unknownIdHint("zzz", ["seed-cto"], "options")).toBe("options: seed-cto");
    expect(unknownIdHint("zzz", [], "options", "add one first")).toBe("add one first");
    const many = Array.from({ length: 15 }, (_, k) => `c${k}`);
    expect(unknownIdHint("zzzzz", many, "criteria")).toBe(
      `criteria: ${many.slice(0, 12).join(", ")} and 3 more`,
    );
  });
});
