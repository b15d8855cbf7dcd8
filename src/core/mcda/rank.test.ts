import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { rankScores } from "./rank.js";

describe("rankScores", () => {
  it("gives rank = 1 + number strictly better, ties sharing the best rank", () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: -5, max: 5 }), { maxLength: 30 }),
        fc.boolean(),
        (scores, higherIsBetter) => {
          const ranks = rankScores(scores, { higherIsBetter });
          scores.forEach((s, i) => {
            const better = scores.filter((t) => (higherIsBetter ? t > s : t < s)).length;
            expect(ranks[i]).toBe(1 + better);
          });
        },
      ),
    );
  });

  it("with ties: average gives the mean of the tied positions", () => {
    expect(Array.from(rankScores([0.5, 0.617, 0.5]))).toEqual([2, 1, 2]);
    expect(Array.from(rankScores([0.5, 0.617, 0.5], { ties: "average" }))).toEqual([2.5, 1, 2.5]);
    expect(Array.from(rankScores([3, 1, 2], { higherIsBetter: false }))).toEqual([3, 1, 2]);
  });
});
