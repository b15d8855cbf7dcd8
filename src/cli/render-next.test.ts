import { describe, expect, it } from "vitest";
import { informationValues } from "../core/decision/information-value.js";
import { rank } from "../core/decision/methods.js";
import { buildModel, type DecisionModel } from "../core/decision/model.js";
import { nextSteps } from "../core/decision/next.js";
import { robustnessWithDraws } from "../core/decision/robustness.js";
import { type Profile, profileSchema } from "../core/model/profile.js";
import { optionFixture as option } from "../testing/decision.js";
import { renderNext } from "./render-next.js";

/** What `bearing next` prints for a profile and its model (no postings, a fixed day). */
function nextText(profile: Profile, model: DecisionModel): string {
  const { robustness, draws } = robustnessWithDraws(model);
  const steps = nextSteps({
    profile,
    model,
    ranking: rank(model),
    robustness,
    information: informationValues(model, draws),
    postings: new Set(),
    today: "2026-12-02",
  });
  return renderNext(steps, model, []);
}

describe("renderNext", () => {
  it("names the ratings that cannot change the winner by option title and criterion name", () => {
    const profile = profileSchema.parse({
      question: "?",
      criteria: [
        { id: "scope", name: "Scope", weight: 1 },
        { id: "team", name: "Team", weight: 1 },
      ],
      settings: { samples: 2000, seed: 3, weightUncertainty: 0 },
    });
    // The leader scores 1; at their best the others reach 0.5 and 0.625: never first.
    const model = buildModel(profile, [
      option("leader", { scope: 5, team: 5 }, { title: "The Leader" }),
      option("far-off", { scope: 1, team: null }, { title: "Far Off, Inc." }),
      option("unsure", { scope: [1, 2], team: null }, { title: "Unsure Co" }),
    ]);
    const text = nextText(profile, model);
    expect(text).toContain(
      "Cannot change the winner: Far Off, Inc. (Team); Unsure Co (Scope and Team).",
    );
  });

  it("on a new workspace with no options, says there is nothing to find out yet, with no blank line", () => {
    const profile = profileSchema.parse({
      question: "?",
      criteria: [{ id: "scope", name: "Scope", weight: 1 }],
      settings: { samples: 200, seed: 3 },
    });
    const model = buildModel(profile, []);
    const text = nextText(profile, model);
    expect(text).toContain("What to find out first\n  Nothing yet: there are no options in play.");
    // Before: "every option in play has a firm rating", and a line of two spaces.
    expect(text).not.toContain("firm rating");
    expect(text).not.toMatch(/^ +$/m);
  });
});
