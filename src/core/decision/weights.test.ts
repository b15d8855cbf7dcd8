import { describe, expect, it } from "vitest";
import { BearingError } from "../errors.js";
import { profileSchema } from "../model/profile.js";
import { deriveWeights } from "./weights.js";

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
