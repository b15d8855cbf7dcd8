import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { expectClose } from "../testing/arbitraries.js";
import { normalizeWeights, pointsWeights } from "./direct.js";
import { swingWeights } from "./swing.js";

describe("direct, points and swing weights", () => {
  it("normalise to sum 1 keeping proportions", () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: 0.001, max: 1e6, noNaN: true }), { minLength: 1, maxLength: 20 }),
        (raw) => {
          const w = normalizeWeights(raw);
          expect(Math.abs(w.reduce((s, x) => s + x, 0) - 1)).toBeLessThan(1e-12);
          for (let j = 1; j < raw.length; j++)
            expect(
              Math.abs(
                (w[j] as number) / (w[0] as number) - (raw[j] as number) / (raw[0] as number),
              ),
            ).toBeLessThan(1e-9 * ((raw[j] as number) / (raw[0] as number)));
        },
      ),
    );
  });

  it("reject negative, non-finite and all-zero weights, naming the position", () => {
    expect(() => normalizeWeights([1, -1])).toThrow("weights[1]: weight -1 is negative");
    expect(() => normalizeWeights([1, Number.NaN])).toThrow("weights[1]: expected a finite number");
    expect(() => normalizeWeights([0, 0])).toThrow("weights: all weights are zero");
  });

  it("take points out of 100", () => {
    expectClose(pointsWeights([50, 30, 20]), [0.5, 0.3, 0.2], 1e-15);
    expect(() => pointsWeights([50, 30])).toThrow("the points add up to 80, not 100");
    expectClose(pointsWeights([6, 4], 10), [0.6, 0.4], 1e-15);
  });

  it("take swings relative to the most valued one, rated 100", () => {
    expectClose(swingWeights([100, 50, 50]), [0.5, 0.25, 0.25], 1e-15);
    expect(() => swingWeights([80, 50])).toThrow("the most valued swing is rated 80, not 100");
    expect(() => swingWeights([120, 50])).toThrow("ratings[0]");
  });
});
