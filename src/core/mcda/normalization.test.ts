import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { NORMALIZATIONS, normalizeColumn, normalizeMatrix } from "./normalization.js";

describe("normalisations", () => {
  it("make more better: increasing for benefit, decreasing for cost", () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 1, max: 1000 }), { minLength: 2, maxLength: 12 }),
        fc.constantFrom(...NORMALIZATIONS),
        fc.constantFrom("max" as const, "min" as const),
        (x, method, direction) => {
          const out = new Float64Array(x.length);
          normalizeColumn(x, direction, method, out);
          for (let a = 0; a < x.length; a++) {
            for (let b = 0; b < x.length; b++) {
              if ((x[a] as number) > (x[b] as number)) {
                if (direction === "max") expect(out[a]).toBeGreaterThanOrEqual(out[b] as number);
                else expect(out[a]).toBeLessThanOrEqual(out[b] as number);
              }
            }
          }
        },
      ),
    );
  });

  it("give a constant column 1 under min-max (0/0: everyone is at the best level)", () => {
    expect(Array.from(normalizeMatrix([[2], [2]], ["max"], "minmax").data)).toEqual([1, 1]);
  });

  it("reject values outside a method's domain, naming the entry", () => {
    expect(() => normalizeMatrix([[3], [0]], ["min"], "sum")).toThrow("matrix[1][0]");
    expect(() => normalizeMatrix([[3], [-1]], ["max"], "logarithmic")).toThrow(
      /needs positive values, found -1/,
    );
  });
});
