import { describe, expect, it } from "vitest";
import { BearingError } from "../errors.js";
import { profileSchema } from "../model/profile.js";
import { deriveWeights, weightInputs } from "./weights.js";

describe("swing weights", () => {
  const profile = (swings: number[]) =>
    profileSchema.parse({
      question: "?",
      weighting: { method: "swing" },
      criteria: swings.map((swing, j) => ({ id: `c${j}`, name: `C${j}`, swing })),
    });

  it("normalise the swing ratings", () => {
    expect(deriveWeights(profile([100, 50, 50])).weights).toEqual([0.5, 0.25, 0.25]);
  });

  it("point at the largest swing in the profile when none is rated 100", () => {
    let caught: unknown;
    try {
      deriveWeights(profile([30, 60, 10]));
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(BearingError);
    expect((caught as BearingError).issues[0]).toMatchObject({
      code: "invalid_value",
      path: ["criteria", 1, "swing"],
      message: "the most important swing is rated 60, not 100",
    });
  });
});

describe("weightInputs", () => {
  const weights = [0.5, 0.3, 0.2];
  it("gives each method inputs that give back the same weights", () => {
    for (const method of ["points", "direct", "swing"] as const) {
      const inputs = weightInputs(method, weights);
      const total = inputs.reduce((a, b) => a + b, 0);
      inputs.forEach((x, i) => {
        expect(x / total).toBeCloseTo(weights[i] as number, 2);
      });
    }
    expect(weightInputs("swing", weights)).toEqual([100, 60, 40]);
  });

  it("ranks the largest weight first, equal weights sharing a rank", () => {
    expect(weightInputs("rank", [0.2, 0.4, 0.2, 0.2])).toEqual([2, 1, 2, 2]);
  });
});
