import { describe, expect, it } from "vitest";
import { deriveWeights } from "../core/decision/weights.js";
import { loadWorkspace } from "./load.js";
import { addCriterion } from "./profile-edit.js";
import { MemoryStorage } from "./storage.js";

const AHP = `question: Which role?
criteria:
  - { id: pay, name: Pay }
  - { id: growth, name: Growth }
weighting:
  method: ahp
  pairwise:
    - [pay, growth, 3]   # pay matters more
`;

describe("addCriterion", () => {
  it("under AHP, judges the new criterion as important as each other one", async () => {
    const storage = new MemoryStorage({ "bearing.yaml": AHP });
    expect(await addCriterion(storage, { name: "Growth" })).toBe("growth_2");
    const { profile } = await loadWorkspace(storage);
    expect(profile.weighting.pairwise).toEqual([
      ["pay", "growth", 3],
      ["growth_2", "pay", 1],
      ["growth_2", "growth", 1],
    ]);
    const weights = deriveWeights(profile).weights;
    expect(weights).toHaveLength(3);
    expect(weights.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 12);
    const text = new TextDecoder().decode((await storage.read("bearing.yaml")) ?? new Uint8Array());
    expect(text).toContain("- [pay, growth, 3]   # pay matters more");
  });

  it("under rank weighting, puts it last; refuses an empty name", async () => {
    const storage = new MemoryStorage({
      "bearing.yaml": AHP.replace("method: ahp", "method: rank")
        .replace("  - { id: growth, name: Growth }", "  - { id: growth, name: Growth, rank: 2 }")
        .replace("  - { id: pay, name: Pay }", "  - { id: pay, name: Pay, rank: 1 }"),
    });
    await addCriterion(storage, { name: "Team" });
    const { profile } = await loadWorkspace(storage);
    expect(profile.criteria.at(-1)).toMatchObject({ id: "team", rank: 3 });
    await expect(addCriterion(storage, { name: "  " })).rejects.toThrow(/needs a name/);
  });
});
