import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { piecewiseLinearValue } from "../mcda/smaa/partial-value.js";
import { valueFunctionSchema } from "../model/profile.js";
import { partialValue, ratingForValue, valueFunction } from "./value-function.js";

describe("linear value functions", () => {
  it("map the scale onto [0, 1], increasing for max and decreasing for min", () => {
    const up = valueFunction({ direction: "max" }, [1, 5]);
    const down = valueFunction({ direction: "min" }, [1, 5]);
    expect([1, 3, 5].map((x) => partialValue(up, x))).toEqual([0, 0.5, 1]);
    expect([1, 3, 5].map((x) => partialValue(down, x))).toEqual([1, 0.5, 0]);
    expect(partialValue(up, 9)).toBe(1);
  });

  it("invert exactly within the scale", () => {
    fc.assert(
      fc.property(
        fc.double({ min: -1e6, max: 1e6, noNaN: true }),
        fc.double({ min: 1e-3, max: 1e6, noNaN: true }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.constantFrom("max" as const, "min" as const),
        (low, span, v, direction) => {
          const f = valueFunction({ direction }, [low, low + span]);
          const x = ratingForValue(f, v);
          expect(x).not.toBeNull();
          expect(partialValue(f, x as number)).toBeCloseTo(v, 6);
        },
      ),
    );
  });
});

describe("piecewise-linear value functions", () => {
  const pay = valueFunction(
    {
      direction: "max",
      valueFunction: {
        type: "piecewise",
        points: [
          [120_000, 0],
          [160_000, 0.7],
          [200_000, 1],
        ],
      },
    },
    [100_000, 250_000],
  );

  it("interpolate between the points and stay flat beyond them", () => {
    expect(partialValue(pay, 100_000)).toBe(0);
    expect(partialValue(pay, 140_000)).toBeCloseTo(0.35, 12);
    expect(partialValue(pay, 180_000)).toBeCloseTo(0.85, 12);
    expect(partialValue(pay, 240_000)).toBe(1);
  });

  it("are plain data that survive a JSON round trip unchanged", () => {
    const copy = JSON.parse(JSON.stringify(pay)) as typeof pay;
    expect(copy).toEqual(pay);
    expect(partialValue(copy, 140_000)).toBe(partialValue(pay, 140_000));
  });

  it("invert to the rating that reaches a value", () => {
    expect(ratingForValue(pay, 0.35)).toBeCloseTo(140_000, 6);
    expect(ratingForValue(pay, 0.85)).toBeCloseTo(180_000, 6);
  });
});

describe("one piecewise-linear function for the workspace and the engine", () => {
  it("the profile refuses points whose ratings repeat or go backwards, naming the point", () => {
    const check = (points: [number, number][]) =>
      valueFunctionSchema.safeParse({ type: "piecewise", points });
    expect(
      check([
        [1, 0],
        [3, 0.5],
        [5, 1],
      ]).success,
    ).toBe(true);
    const repeat = check([
      [1, 0],
      [3, 0.5],
      [3, 1],
    ]);
    expect(repeat.error?.issues[0]).toMatchObject({ path: ["points", 2, 0] });
    expect(repeat.error?.issues[0]?.message).toMatch(/3 repeats the rating 3 before it/);
    const backwards = check([
      [1, 0],
      [5, 1],
      [3, 0.5],
    ]);
    expect(backwards.error?.issues[0]?.message).toMatch(/3 comes after the rating 5/);
  });

  it("partialValue is the engine's piecewiseLinearValue, clipped", () => {
    const increasing = fc
      .uniqueArray(fc.integer({ min: -1000, max: 1000 }), { minLength: 2, maxLength: 6 })
      .map((xs) => xs.sort((a, b) => a - b));
    fc.assert(
      fc.property(
        increasing,
        fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: 6, maxLength: 6 }),
        fc.double({ min: -2000, max: 2000, noNaN: true }),
        (xs, vs, x) => {
          const points = xs.map((r, i) => [r, vs[i] as number] as [number, number]);
          const f = valueFunction(
            { direction: "max", valueFunction: { type: "piecewise", points } },
            [-1000, 1000],
          );
          expect(partialValue(f, x)).toBe(
            piecewiseLinearValue(
              x,
              xs,
              points.map(([, v]) => v),
              "clip",
            ),
          );
        },
      ),
    );
  });
});
