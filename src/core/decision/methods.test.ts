import { describe, expect, it } from "vitest";
import { optionFixture as option } from "../../testing/decision.js";
import { profileSchema } from "../model/profile.js";
import { rank } from "./methods.js";
import { buildModel } from "./model.js";

describe("ranking by another method", () => {
  const profile = profileSchema.parse({
    question: "?",
    criteria: [
      { id: "impact", name: "Impact", weight: 3 },
      { id: "people", name: "People", weight: 1 },
    ],
    // The option every method prefers fails this screen.
    mustHaves: [{ criterion: "people", atMost: 3 }],
  });
  const model = buildModel(profile, [
    option("strong", { impact: 5, people: 4 }),
    option("middle", { impact: 3, people: 3 }),
    option("weak", { impact: 2, people: 2 }),
  ]);

  it("still ranks options that fail a must-have after all others", () => {
    for (const method of ["topsis", "promethee2", "vikor"] as const) {
      const byMethod = rank(model, { method });
      expect(
        byMethod.alternatives.map((alt) => [alt.id, alt.rank]),
        method,
      ).toEqual([
        ["middle", 1],
        ["weak", 2],
        ["strong", 3],
      ]);
    }
  });
});
