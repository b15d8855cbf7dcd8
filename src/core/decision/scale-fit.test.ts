import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { optionFixture as option } from "../../testing/decision.js";
import { type Criterion, profileSchema } from "../model/profile.js";
import { buildModel } from "./model.js";
import { offScaleRatings, roundOutward, statedOffScale } from "./scale-fit.js";
import { partialValue, valueFunction } from "./value-function.js";

const pay = (extra: Record<string, unknown> = {}) => ({
  id: "pay",
  name: "Total pay",
  scale: { kind: "number", unit: "USD/year", min: 120000, max: 400000 },
  derived: "totalCompensation",
  weight: 1,
  ...extra,
});

const profileWith = (criterion: Record<string, unknown>) =>
  profileSchema.parse({
    question: "Which?",
    criteria: [{ id: "fit", name: "Fit", weight: 1 }, criterion],
  });

/** An option whose pay was derived from its compensation, as withMoney marks it. */
const derivedPay = (id: string, rating: number | [number, number]) =>
  option(id, { fit: 3, pay: rating }, { derived: { facts: [], ratings: ["pay"] } });

describe("offScaleRatings", () => {
  it("finds derived pay above the scale, says what it counts as and how to widen or keep the cap", () => {
    const model = buildModel(profileWith(pay()), [
      derivedPay("meridian", [283941, 643114]),
      derivedPay("hollis", [303824, 394491]),
      option("seed", { fit: 3, pay: 130000 }),
    ]);
    const found = offScaleRatings(model);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({
      option: "meridian",
      file: "options/meridian.md",
      criterion: "pay",
      index: 1,
      source: "totalCompensation",
      side: "above",
      bound: 400000,
      extreme: 643114,
      capped: true,
      widenTo: 650000,
    });
    expect(found[0]?.message).toBe(
      "the rating 283,941–643,114 USD/year from the option's compensation (p10–p90 of its yearly total) reaches outside the scale of Total pay, above its max of 400,000: every figure above 400,000 counts as 400,000",
    );
    expect(found[0]?.hint).toBe(
      'widen the scale in bearing.yaml (criteria[1] "pay": scale: max: 650000); or, to keep the cap and say so, widen it and add valueFunction: { type: piecewise, points: [[120000, 0], [400000, 1]] }, which counts every figure as now',
    );
  });

  it("a stated rating below the scale, on a min criterion: the cap's points fall", () => {
    const model = buildModel(profileWith(pay({ derived: undefined, direction: "min" })), [
      option("a", { fit: 3, pay: 95000 }),
    ]);
    const [found] = offScaleRatings(model);
    expect(found).toMatchObject({ source: "stated", side: "below", bound: 120000, widenTo: 95000 });
    expect(found?.message).toBe(
      "rating 95,000 USD/year is outside the scale of Total pay, below its min of 120,000: it counts as 120,000, no less",
    );
    expect(found?.hint).toContain("scale: min: 95000");
    expect(found?.hint).toContain("points: [[120000, 1], [400000, 0]]");
  });

  it("a piecewise function that goes on past the scale is no cap: only widening is asked", () => {
    const criterion = pay({
      valueFunction: {
        type: "piecewise",
        points: [
          [120000, 0],
          [800000, 1],
        ],
      },
    });
    const model = buildModel(profileWith(criterion), [derivedPay("m", [300000, 650000])]);
    const [found] = offScaleRatings(model);
    expect(found).toMatchObject({ capped: false, widenTo: 650000 });
    expect(found?.message).toContain("the value function's points say what it counts for");
    expect(found?.hint).toBe(
      'widen the scale in bearing.yaml (criteria[1] "pay": scale: max: 650000)',
    );
  });

  it("nothing within the scale, on an open scale, or unrated", () => {
    const open = pay({ scale: { kind: "number", unit: "USD/year" } });
    const model = buildModel(profileWith(open), [
      derivedPay("m", [283941, 643114]),
      option("u", { fit: 2, pay: null }),
    ]);
    expect(offScaleRatings(model)).toEqual([]);
    const inside = buildModel(profileWith(pay()), [derivedPay("m", [120000, 400000])]);
    expect(offScaleRatings(inside)).toEqual([]);
  });

  it("the cap the hint offers keeps every partial value (property)", () => {
    const before = profileWith(pay()).criteria[1] as Criterion;
    const found = statedOffScale(before, 1, 999999);
    const points = /points: (\[\[.*\]\])/.exec(found?.hint ?? "")?.[1];
    expect(points).toBeDefined();
    const after = {
      ...before,
      scale: { kind: "number" as const, unit: "USD/year", min: 120000, max: 1000000 },
      valueFunction: { type: "piecewise" as const, points: JSON.parse(points ?? "[]") },
    };
    const f = valueFunction(before, [120000, 400000]);
    const g = valueFunction(after, [120000, 1000000]);
    fc.assert(
      fc.property(fc.double({ min: 0, max: 2e6, noNaN: true }), (x) => {
        expect(partialValue(g, x)).toBeCloseTo(partialValue(f, x), 12);
      }),
    );
    // And with the scale widened to the figure, the figure is no longer outside it.
    expect(statedOffScale(after, 1, 999999)).toBeNull();
  });
});

describe("roundOutward", () => {
  it("rounds away from the scale to two significant figures", () => {
    expect(roundOutward(643114, 1)).toBe(650000);
    expect(roundOutward(643114, -1)).toBe(640000);
    expect(roundOutward(95000, -1)).toBe(95000);
    expect(roundOutward(-1234, 1)).toBe(-1200);
    expect(roundOutward(0.3712, 1)).toBe(0.38);
  });

  it("never rounds inward (property)", () => {
    fc.assert(
      fc.property(fc.double({ min: -1e9, max: 1e9, noNaN: true }), (x) => {
        expect(roundOutward(x, 1)).toBeGreaterThanOrEqual(x);
        expect(roundOutward(x, -1)).toBeLessThanOrEqual(x);
      }),
    );
  });
});
