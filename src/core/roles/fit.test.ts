import { readFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { describeShared, sharedDir } from "../../testing/shared.js";
import { RESPONSIBILITY_IDS, type ResponsibilityId } from "../taxonomy.js";
import { analyzeRole } from "./analyze.js";
import { fitOnScale, roleFit } from "./fit.js";

const finding = (id: ResponsibilityId, score = 0.9) => ({
  id,
  score,
  evidence: [`a sentence about ${id}`],
  spans: [],
});

describe("roleFit", () => {
  it("is null without preferences or without duties", () => {
    expect(roleFit({ responsibilities: [finding("coding")] }, {})).toBeNull();
    expect(roleFit({ responsibilities: [finding("coding")] }, { coding: "neutral" })).toBeNull();
    expect(roleFit({ responsibilities: [] }, { coding: "more" })).toBeNull();
  });

  it("rewards wanted work, penalises unwanted work, and says which", () => {
    const preferences = { coding: "more", architecture: "more", operations: "less" } as const;
    const ideal = roleFit(
      { responsibilities: [finding("coding", 1), finding("architecture", 1)] },
      preferences,
    );
    expect(ideal?.score).toBe(1);
    const burdened = roleFit(
      { responsibilities: [finding("coding"), finding("operations", 0.8)] },
      preferences,
    );
    expect(burdened?.coverage).toBeCloseTo(0.45);
    expect(burdened?.burden).toBeCloseTo(0.8);
    expect(burdened?.score).toBeCloseTo((0.45 + 0.2) / 2);
    expect(burdened?.wantedPresent.map((i) => i.id)).toEqual(["coding"]);
    expect(burdened?.wantedMissing.map((i) => i.id)).toEqual(["architecture"]);
    expect(burdened?.unwantedPresent.map((i) => i.id)).toEqual(["operations"]);
    expect(burdened?.explanation).toMatch(/1 of 2 things you want more of \(hands-on coding\)/i);
    expect(burdened?.explanation).toMatch(/operations/i);
  });

  it("stays in [0, 1] and moves the right way when a responsibility is added (property)", () => {
    const id = fc.constantFrom(...RESPONSIBILITY_IDS);
    const prefs = fc.dictionary(id, fc.constantFrom("more", "neutral", "less" as const));
    const findings = fc.uniqueArray(
      fc.record({ id, score: fc.double({ min: 0.5, max: 1, noNaN: true }) }),
      {
        selector: (f) => f.id,
        minLength: 1,
      },
    );
    fc.assert(
      fc.property(prefs, findings, id, (preferences, found, extra) => {
        const base = found.filter((f) => f.id !== extra).map((f) => finding(f.id, f.score));
        fc.pre(base.length > 0);
        const before = roleFit({ responsibilities: base }, preferences);
        const after = roleFit({ responsibilities: [...base, finding(extra, 0.9)] }, preferences);
        if (!before || !after) return before === after;
        expect(before.score).toBeGreaterThanOrEqual(0);
        expect(before.score).toBeLessThanOrEqual(1);
        const preference = preferences[extra];
        if (preference === "more") expect(after.score).toBeGreaterThan(before.score);
        else if (preference === "less") expect(after.score).toBeLessThan(before.score);
        else expect(after.score).toBeCloseTo(before.score, 12);
        return true;
      }),
      { seed: 11, numRuns: 300 },
    );
  });
});

describe("roleFit on our own labelled postings", () => {
  fitsLabelledWork(() => join(import.meta.dirname, "fixtures"), 5);
});

describeShared("roleFit on the real postings of the dev set", () => {
  fitsLabelledWork(() => join(sharedDir, "dev/jds"), 15);
});

/** For the labelled postings of `folder()` (more than `least` with duties). */
function fitsLabelledWork(folder: () => string, least: number) {
  it("wanting a posting's labelled work fits it, avoiding that work does not", () => {
    const dir = folder();
    const labels = JSON.parse(readFileSync(join(dir, "labels.json"), "utf8")) as {
      id: string;
      responsibilities: ResponsibilityId[];
    }[];
    let checked = 0;
    for (const label of labels) {
      if (label.responsibilities.length === 0) continue;
      const analysis = analyzeRole(readFileSync(join(dir, `${label.id}.md`), "utf8"));
      const want = Object.fromEntries(label.responsibilities.map((id) => [id, "more" as const]));
      const avoid = Object.fromEntries(label.responsibilities.map((id) => [id, "less" as const]));
      const wanted = roleFit(analysis, want);
      const avoided = roleFit(analysis, avoid);
      expect(wanted?.score, label.id).toBeGreaterThan(0.5);
      expect(avoided?.score, label.id).toBeLessThan(0.5);
      checked++;
    }
    expect(checked).toBeGreaterThan(least);
  });
}

describe("fitOnScale", () => {
  it("maps [0, 1] onto the scale, rounding ratings to whole numbers", () => {
    expect(fitOnScale(0, 1, 5, true)).toBe(1);
    expect(fitOnScale(1, 1, 5, true)).toBe(5);
    expect(fitOnScale(0.8125, 1, 5, true)).toBe(4);
    expect(fitOnScale(0.975, 1, 5, true)).toBe(5);
    expect(fitOnScale(0.5, 0, 100, false)).toBe(50);
  });
});
