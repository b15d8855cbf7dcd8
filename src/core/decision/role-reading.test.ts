import { describe, expect, it } from "vitest";
import { optionFixture } from "../../testing/decision.js";
import { profileSchema } from "../model/profile.js";
import type { RoleAnalysis } from "../roles/types.js";
import { buildModel } from "./model.js";
import { acceptChanges, effectiveOption, readRole } from "./role-reading.js";

const profile = profileSchema.parse({
  question: "Which role?",
  criteria: [
    { id: "fit", name: "The work I want", derived: "roleFit", weight: 1 },
    { id: "pay", name: "Pay", scale: { kind: "number", unit: "USD/year" }, weight: 1 },
  ],
  responsibilities: { coding: "more", operations: "less" },
  mustHaves: [{ fact: "workMode", oneOf: ["remote"] }],
});

function analysis(extra: Partial<RoleAnalysis> = {}): RoleAnalysis {
  return {
    title: "Staff Engineer",
    responsibilities: [{ id: "coding", score: 1, evidence: ["Write code."], spans: [] }],
    archetype: { id: "staff_ic", confidence: 0.8, ranked: [] },
    nominalArchetype: "staff_ic",
    titleMismatch: false,
    mismatchReason: null,
    facts: {
      reportsTo: "cto",
      teamSize: null,
      handsOn: "required",
      compensation: null,
      workMode: "remote",
      stage: "growth",
    },
    ote: null,
    dutiesFound: true,
    warnings: [],
    ...extra,
  };
}

describe("readRole", () => {
  it("fills only the facts and ratings the option leaves empty", () => {
    const option = optionFixture("a", { pay: 100 }, { facts: { workMode: "onsite" } });
    const reading = readRole(profile, option, analysis());
    expect(reading?.facts).toEqual({ reportsTo: "cto", handsOn: "required", stage: "growth" });
    expect(reading?.ratings).toEqual({ fit: 5 });
    const rated = readRole(profile, optionFixture("b", { fit: 2 }), analysis());
    expect(rated?.ratings).toEqual({});
  });

  it("leaves a stage the user gave for the company alone", () => {
    const option = optionFixture("a", {}, { company: { stage: "early" } });
    expect(readRole(profile, option, analysis())?.facts.stage).toBeUndefined();
  });

  it("reads nothing from a body that is not a job description", () => {
    const notes = analysis({ dutiesFound: false, responsibilities: [] });
    expect(readRole(profile, optionFixture("a", {}), notes)).toBeNull();
  });
});

describe("effectiveOption", () => {
  it("feeds derived values into the decision and says which they are, the user's winning", () => {
    const option = optionFixture("a", { pay: 100 }, { facts: { workMode: "onsite" } });
    const effective = effectiveOption(option, readRole(profile, option, analysis()));
    expect(effective.derived).toEqual({
      facts: ["reportsTo", "handsOn", "stage"],
      ratings: ["fit"],
    });
    expect(effective.facts?.workMode).toBe("onsite");
    const model = buildModel(profile, [effective]);
    expect(model.alternatives[0]?.missing).toEqual([]);
    expect(model.alternatives[0]?.mustHaves[0]?.outcome).toBe("fail");
    // A posting that states the work mode fills an empty one, and the must-have can pass.
    const open = optionFixture("b", { pay: 100 });
    const filled = effectiveOption(open, readRole(profile, open, analysis()));
    expect(buildModel(profile, [filled]).alternatives[0]?.mustHaves[0]?.outcome).toBe("pass");
    expect(effectiveOption(option, null)).toBe(option);
  });
});

describe("acceptChanges", () => {
  it("lists the filled facts, then the derived ratings, as front-matter fields", () => {
    const reading = { facts: { workMode: "remote" as const }, ratings: { fit: 4.2 } };
    expect(acceptChanges(reading)).toEqual([
      { field: "facts.workMode", value: "remote" },
      { field: "ratings.fit", value: 4.2 },
    ]);
    expect(acceptChanges(reading, { ratings: false })).toEqual([
      { field: "facts.workMode", value: "remote" },
    ]);
    expect(acceptChanges(reading, { facts: false })).toEqual([
      { field: "ratings.fit", value: 4.2 },
    ]);
  });
});
