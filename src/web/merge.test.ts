import { describe, expect, it } from "vitest";
import { judgementOf } from "../core/decision/pairwise.js";
import { profileSchema } from "../core/model/profile.js";
import {
  judgementChange,
  planMerge,
  readOptionField,
  readProfileField,
  sameValue,
  splitProfileChanges,
  withJudgements,
  withOptionChanges,
  withProfileChanges,
} from "./merge.js";

describe("planMerge", () => {
  const theirs: Record<string, unknown> = {
    title: "CTO, Meridian Logistics",
    nextStep: "Call Dana",
    organisation: "Meridian",
    "ratings.pay": 190000,
  };
  const read = (field: string) => theirs[field];

  it("re-applies a change to a field they did not touch, on top of their version", () => {
    const plan = planMerge(
      [{ field: "nextStep", value: "Send the deck", base: "Call Dana" }],
      read,
    );
    expect(plan).toEqual({
      apply: [{ field: "nextStep", value: "Send the deck", base: "Call Dana" }],
      conflicts: [],
      settled: [],
    });
  });

  it("asks when both changed the same field, and settles when both made the same change", () => {
    const plan = planMerge(
      [
        { field: "title", value: "CTO, Meridian Group", base: "CTO, Meridian Freight" },
        { field: "ratings.pay", value: 190000, base: null },
        { field: "tags", value: ["remote"], base: undefined },
      ],
      read,
    );
    expect(plan.conflicts).toEqual([
      {
        field: "title",
        ours: "CTO, Meridian Group",
        theirs: "CTO, Meridian Logistics",
        base: "CTO, Meridian Freight",
      },
    ]);
    expect(plan.settled).toEqual(["ratings.pay"]);
    // An absent field is the same as one never set: our new field goes in.
    expect(plan.apply.map((c) => c.field)).toEqual(["tags"]);
  });

  it("treats absent as null, compares records deeply and numbers within rounding", () => {
    expect(sameValue(undefined, null)).toBe(true);
    expect(sameValue(1 / (1 / 3), 3)).toBe(true);
    expect(sameValue([{ name: "A", role: undefined }], [{ name: "A" }])).toBe(true);
    expect(sameValue([{ name: "A" }], [{ name: "B" }])).toBe(false);
    expect(sameValue([3, 4], 3)).toBe(false);
  });
});

describe("option fields", () => {
  const option = {
    title: "Founding CTO",
    ratings: { impact: [2, 5], pay: null },
    contacts: [{ name: "Marcus" }],
  };

  it("reads and overlays dotted paths without touching the original", () => {
    expect(readOptionField(option, "ratings.impact")).toEqual([2, 5]);
    expect(readOptionField(option, "company.stage")).toBeUndefined();
    const changed = withOptionChanges(option, [
      { field: "ratings.impact", value: 4 },
      { field: "company.stage", value: "early" },
      { field: "contacts", value: null },
    ]);
    expect(changed).toEqual({
      title: "Founding CTO",
      ratings: { impact: 4, pay: null },
      company: { stage: "early" },
    });
    expect(option.ratings.impact).toEqual([2, 5]);
  });
});

describe("profile fields", () => {
  const profile = profileSchema.parse({
    version: 1,
    question: "Next?",
    criteria: [
      { id: "pay", name: "Pay", points: 10 },
      { id: "impact", name: "Impact", points: 20 },
      { id: "growth", name: "Growth", points: 5 },
    ],
    weighting: { method: "ahp", pairwise: [["pay", "impact", 3]] },
  });

  it("names each AHP pair once, whichever way round it is written", () => {
    expect(judgementChange("pay", "impact", 3)).toEqual({
      field: "weighting.pairwise.impact.pay",
      value: 1 / 3,
    });
    expect(readProfileField(profile, "weighting.pairwise.impact.pay")).toBeCloseTo(1 / 3);
    expect(judgementOf(profile.weighting.pairwise, "pay", "impact")).toBe(3);
    expect(readProfileField(profile, "weighting.pairwise.growth.pay")).toBeUndefined();
    expect(readProfileField(profile, "criteria.impact.points")).toBe(20);
    expect(readProfileField(profile, "criteria.order")).toEqual(["pay", "impact", "growth"]);
  });

  it("keeps a written pair's orientation and appends new pairs", () => {
    expect(
      withJudgements(
        [["pay", "impact", 3]],
        [
          ["impact", "pay", 2],
          ["growth", "pay", 5],
        ],
      ),
    ).toEqual([
      ["pay", "impact", 0.5],
      ["growth", "pay", 5],
    ]);
  });

  it("overlays weights, order, method and judgements as they will be read back", () => {
    const changes = [
      { field: "criteria.growth.points", value: 50 },
      { field: "criteria.pay.points", value: null },
      { field: "criteria.order", value: ["impact", "pay", "growth"] },
      { field: "weighting.method", value: "points" },
      judgementChange("growth", "impact", 7),
    ];
    const next = withProfileChanges(profile, changes);
    expect(next.criteria.map((c) => [c.id, c.points])).toEqual([
      ["impact", 20],
      ["pay", undefined],
      ["growth", 50],
    ]);
    expect(next.weighting).toMatchObject({
      method: "points",
      pairwise: [
        ["pay", "impact", 3],
        ["growth", "impact", 7],
      ],
    });
    const groups = splitProfileChanges(changes);
    expect([...(groups.criteria.get("growth") ?? [])]).toEqual([["points", 50]]);
    expect(groups.order).toEqual(["impact", "pay", "growth"]);
    expect(groups.method).toBe("points");
    expect(groups.judgements).toEqual([["growth", "impact", 7]]);
  });

  it("leaves an order that misses a criterion unapplied", () => {
    const next = withProfileChanges(profile, [{ field: "criteria.order", value: ["growth"] }]);
    expect(next.criteria.map((c) => c.id)).toEqual(["pay", "impact", "growth"]);
  });
});
