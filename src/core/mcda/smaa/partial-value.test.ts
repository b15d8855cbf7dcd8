import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { piecewiseLinearValue } from "./partial-value.js";

describe("piecewiseLinearValue", () => {
  it("keeps an interpolated value between its segment's end values, rounding included", () => {
    // The case CI's random run found: the exact value is 0, plain interpolation gave -1.1e-16.
    expect(
      Object.is(
        piecewiseLinearValue(-5e-324, [-19, -18, -17, 0], [0, 0, 0.9999999999981818, 0]),
        0,
      ),
    ).toBe(true);
    const increasing = fc
      .uniqueArray(fc.double({ min: -1e6, max: 1e6, noNaN: true }), {
        minLength: 2,
        maxLength: 6,
        comparator: "SameValueZero", // 0 and -0 are one cut-off
      })
      .map((xs) => xs.sort((a, b) => a - b));
    fc.assert(
      fc.property(
        increasing,
        fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: 6, maxLength: 6 }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (cutoffs, vs, share) => {
          const values = cutoffs.map((_, i) => vs[i] as number);
          const first = cutoffs[0] as number;
          const last = cutoffs[cutoffs.length - 1] as number;
          const x = Math.min(last, first + share * (last - first)); // rounding can overshoot
          const v = piecewiseLinearValue(x, cutoffs, values);
          let t = 0;
          while (t < cutoffs.length - 2 && x > (cutoffs[t + 1] as number)) t++;
          const v0 = values[t] as number;
          const v1 = values[t + 1] as number;
          expect(v).toBeGreaterThanOrEqual(Math.min(v0, v1));
          expect(v).toBeLessThanOrEqual(Math.max(v0, v1));
        },
      ),
    );
  });
});
