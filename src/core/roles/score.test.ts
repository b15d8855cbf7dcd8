import { describe, expect, it } from "vitest";
import type { ResponsibilityId, RoleFacts } from "../taxonomy.js";
import {
  formatReport,
  type RoleLabel,
  type RolePrediction,
  sameFact,
  scoreRoles,
} from "./score.js";

const noFacts: RoleLabel["facts"] = {
  reports_to: null,
  team_size: null,
  hands_on: null,
  compensation: null,
  work_mode: null,
  stage: null,
};
const nullFacts: RoleFacts = {
  reportsTo: null,
  teamSize: null,
  handsOn: null,
  compensation: null,
  workMode: null,
  stage: null,
};

function label(
  id: string,
  responsibilities: ResponsibilityId[],
  archetype: RoleLabel["archetype"],
  nominal: RoleLabel["archetype"],
  facts = {},
): RoleLabel {
  return {
    id,
    responsibilities,
    archetype,
    nominal_archetype: nominal,
    facts: { ...noFacts, ...facts },
  };
}
function predict(
  ids: ResponsibilityId[],
  archetype: RolePrediction["archetype"]["id"],
  mismatch: boolean,
  facts = {},
): RolePrediction {
  return {
    responsibilities: ids.map((id) => ({ id })),
    archetype: { id: archetype },
    titleMismatch: mismatch,
    facts: { ...nullFacts, ...facts },
  };
}

describe("scoreRoles", () => {
  const report = scoreRoles([
    {
      label: label("a", ["hiring", "coding"], "engineering_manager", "vp_engineering", {
        work_mode: "remote",
      }),
      prediction: predict(["hiring", "delivery"], "engineering_manager", true, {
        workMode: "remote",
        stage: "early",
      }),
    },
    {
      label: label("b", ["hiring"], "director", "director", {
        compensation: { min: 100000, max: 120000, currency: "USD", period: "year" },
      }),
      prediction: predict(["hiring"], "vp_engineering", true, {
        compensation: { min: 100500, max: 120000, currency: "USD", period: "year" },
      }),
    },
  ]);

  it("counts per-id and micro precision, recall and F1", () => {
    const hiring = report.responsibilities.perId.find((s) => s.id === "hiring");
    expect(hiring).toMatchObject({ tp: 2, fp: 0, fn: 0, precision: 1, recall: 1, f1: 1 });
    const coding = report.responsibilities.perId.find((s) => s.id === "coding");
    expect(coding).toMatchObject({ tp: 0, fn: 1, recall: 0, f1: 0 });
    // tp 2, fp 1 (delivery), fn 1 (coding)
    expect(report.responsibilities.micro.precision).toBeCloseTo(2 / 3);
    expect(report.responsibilities.micro.recall).toBeCloseTo(2 / 3);
    // macro over hiring (1), coding (0), delivery (0)
    expect(report.responsibilities.macroF1).toBeCloseTo(1 / 3);
  });

  it("scores archetypes, confusion and title mismatch", () => {
    expect(report.archetype.accuracy).toBe(0.5);
    expect(report.archetype.confusion.director).toEqual({ vp_engineering: 1 });
    expect(report.mismatch).toEqual({ positives: 1, negatives: 1, recall: 1, falseAlarmRate: 1 });
  });

  it("scores facts on stated postings and invented values on the others", () => {
    const workMode = report.facts.find((f) => f.field === "work_mode");
    expect(workMode).toMatchObject({
      stated: 1,
      correct: 1,
      unstated: 1,
      invented: 0,
      accuracy: 1,
      inventedRate: 0,
    });
    const stage = report.facts.find((f) => f.field === "stage");
    expect(stage).toMatchObject({
      stated: 0,
      accuracy: null,
      unstated: 2,
      invented: 1,
      inventedRate: 0.5,
    });
    const pay = report.facts.find((f) => f.field === "compensation");
    expect(pay).toMatchObject({ stated: 1, correct: 1 });
    expect(formatReport(report)).toContain("archetype accuracy:  0.50");
  });

  it("compares pay within 1%, and team sizes and ids exactly", () => {
    const pay = { min: 100000, max: 120000, currency: "USD", period: "year" };
    expect(sameFact(pay, { ...pay, min: 102000 })).toBe(false);
    expect(sameFact(pay, { ...pay, currency: "GBP" })).toBe(false);
    expect(sameFact({ min: 5, max: 8 }, { min: 5, max: 8 })).toBe(true);
    expect(sameFact({ min: 5, max: 8 }, { min: 5, max: 9 })).toBe(false);
    expect(sameFact("ceo", "cto")).toBe(false);
    expect(sameFact(null, null)).toBe(true);
  });
});
