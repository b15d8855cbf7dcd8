import { describe, expect, it } from "vitest";
import { profileSchema } from "../model/profile.js";
import { deriveWeights, inputsForNewCriteria } from "./weights.js";

const profile = (method: string, criteria: Record<string, unknown>[], pairwise?: unknown[]) =>
  profileSchema.parse({
    question: "Which?",
    criteria: criteria.map((c, i) => ({ id: `c${i}`, name: `c${i}`, ...c })),
    weighting: { method, ...(pairwise ? { pairwise } : {}) },
  });

describe("inputsForNewCriteria: new criteria beside the existing ones, in their method", () => {
  it("points: the average existing input times k · share, on the same scale", () => {
    // Mean of 10 and 30 is 20; two new criteria with shares 3/4 and 1/4: 20·2·¾ = 30, 20·2·¼ = 10.
    const p = profile("points", [{ points: 10 }, { points: 30 }]);
    const inputs = inputsForNewCriteria(p, [
      { id: "n1", share: 0.75 },
      { id: "n2", share: 0.25 },
    ]);
    expect(inputs.map((i) => i.input)).toEqual([
      { field: "points", value: 30 },
      { field: "points", value: 10 },
    ]);
  });

  it("direct weights keep the existing precision, finer only to stay above 0", () => {
    // Mean 2 (3, 2, 2, 1); shares ½, 0.45, 0.05 of k = 3: 3, 2.7 → 3, 0.3 → 0 at whole numbers: 0.3.
    const p = profile("direct", [{ weight: 3 }, { weight: 2 }, { weight: 2 }, { weight: 1 }]);
    const values = inputsForNewCriteria(p, [
      { id: "a", share: 0.5 },
      { id: "b", share: 0.45 },
      { id: "c", share: 0.05 },
    ]).map((i) => i.input?.value);
    expect(values).toEqual([3, 3, 0.3]);
  });

  it("swing: at most 100", () => {
    // Mean 100; two new criteria with shares 0.9 and 0.1: 180 → 100, and 20.
    const p = profile("swing", [{ swing: 100 }, { swing: 100 }]);
    const values = inputsForNewCriteria(p, [
      { id: "a", share: 0.9 },
      { id: "b", share: 0.1 },
    ]).map((i) => i.input?.value);
    expect(values).toEqual([100, 20]);
  });

  it("rank: the rank of the criteria of about the same weight, or one past those above it", () => {
    // Rank-order centroid weights of ranks 1, 2: ¾ and ¼. One new criterion (share 1) aims at
    // the mean weight ½: below ¾ (rank 1), so rank 2.
    const p = profile("rank", [{ rank: 1 }, { rank: 2 }]);
    expect(deriveWeights(p).weights).toEqual([0.75, 0.25]);
    expect(inputsForNewCriteria(p, [{ id: "n", share: 1 }])[0]?.input).toEqual({
      field: "rank",
      value: 2,
    });
  });

  it("AHP: a judgement against every criterion before it, snapped to Saaty's scale", () => {
    // [c0, c1, 3] gives ¾, ¼; a new criterion aiming at ½: ½ / ¾ = ⅔ → 1/2 (1.5 rounds to 2),
    // ½ / ¼ = 2.
    const p = profile("ahp", [{}, {}], [["c0", "c1", 3]]);
    expect(inputsForNewCriteria(p, [{ id: "n", share: 1 }])[0]?.pairwise).toEqual([
      ["n", "c0", 0.5],
      ["n", "c1", 2],
    ]);
  });
});
