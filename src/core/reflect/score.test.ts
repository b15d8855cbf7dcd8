import { describe, expect, it } from "vitest";
import { counts } from "../classification-scores.js";
import { formatScores, type ReflectionLabel, scoreReflections } from "./score.js";

const labels: ReflectionLabel[] = [
  {
    id: "a",
    values: ["autonomy", "purpose"],
    considered: ["founder", "independent"],
    chosen: "founder",
  },
  { id: "b", values: ["hands_on"], considered: ["ic", "manager"], chosen: "ic" },
];

describe("scoreReflections", () => {
  it("counts per value, micro and macro F1, chosen accuracy and considered F1 by hand", () => {
    const scores = scoreReflections(labels, [
      { id: "b", values: ["hands_on", "learning"], considered: ["ic"], chosen: "undecided" },
      {
        id: "a",
        values: ["autonomy"],
        considered: ["founder", "independent", "break"],
        chosen: "founder",
      },
    ]);
    // autonomy tp, purpose fn, hands_on tp, learning fp.
    expect(scores.perValue.autonomy).toMatchObject({ tp: 1, fp: 0, fn: 0, f1: 1 });
    expect(scores.perValue.purpose).toMatchObject({ tp: 0, fp: 0, fn: 1, f1: 0 });
    expect(scores.perValue.learning).toMatchObject({ tp: 0, fp: 1, fn: 0, f1: 0 });
    expect(scores.perValue.recognition).toBeUndefined();
    // Per path: founder chosen right; ic missed (read as undecided); break considered wrongly.
    expect(scores.perChosen.founder).toMatchObject({ tp: 1, fp: 0, fn: 0 });
    expect(scores.perChosen.ic).toMatchObject({ tp: 0, fp: 0, fn: 1 });
    expect(scores.perChosen.undecided).toMatchObject({ tp: 0, fp: 1, fn: 0 });
    expect(scores.perConsidered.break).toMatchObject({ tp: 0, fp: 1, fn: 0 });
    expect(scores.perConsidered.manager).toMatchObject({ tp: 0, fp: 0, fn: 1 });
    expect(scores.perConsidered.ic).toMatchObject({ tp: 1, fp: 0, fn: 0, f1: 1 });
    expect(scores.valuesMicro).toMatchObject({ tp: 2, fp: 1, fn: 1 });
    expect(scores.valuesMicro.f1).toBeCloseTo(2 / 3, 10);
    expect(scores.valuesMacroF1).toBeCloseTo((1 + 0 + 1 + 0) / 4, 10);
    expect(scores.chosen).toEqual({ correct: 1, total: 2, accuracy: 0.5 });
    // considered: a → tp 2, fp 1; b → tp 1, fn 1.
    expect(scores.considered).toMatchObject({ tp: 3, fp: 1, fn: 1 });
    expect(scores.considered.f1).toBeCloseTo(0.75, 10);
  });

  it("gives 0, not NaN, where a ratio has no denominator", () => {
    expect(counts(0, 0, 0)).toEqual({ tp: 0, fp: 0, fn: 0, precision: 0, recall: 0, f1: 0 });
    const scores = scoreReflections(
      [{ id: "x", values: [], considered: [], chosen: "undecided" }],
      [{ id: "x", values: [], considered: [], chosen: "undecided" }],
    );
    expect(scores.valuesMacroF1).toBe(0);
    expect(scores.chosen.accuracy).toBe(1);
  });

  it("refuses to score a labelled text that was not analysed", () => {
    expect(() => scoreReflections(labels, [])).toThrow(/no analysis for labelled text a/);
  });

  it("formats every figure the eval script promises", () => {
    const text = formatScores(scoreReflections(labels, labels));
    for (const line of [
      "values micro P/R/F1",
      "values macro F1",
      "chosen path accuracy",
      "considered paths micro F1",
    ]) {
      expect(text).toContain(line);
    }
    expect(text).toMatch(/autonomy\s+1\.00\s+1\.00\s+1\.00/);
  });
});
