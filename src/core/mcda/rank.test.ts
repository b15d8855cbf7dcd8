import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { beats, rankScores } from "./rank.js";

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

  it("counts as better only what beats by more than rounding, for any scores", () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.oneof(
            fc.double({ min: -3, max: 3, noNaN: true }),
            fc.constantFrom(0.3, 0.1 + 0.2, 0.3 + 4e-13, 0.3 - 9e-13, 1, 1 - 1e-15),
          ),
          { maxLength: 40 },
        ),
        fc.boolean(),
        (scores, higherIsBetter) => {
          const ranks = rankScores(scores, { higherIsBetter });
          scores.forEach((s, i) => {
            const better = scores.filter((t) => (higherIsBetter ? beats(t, s) : beats(-t, -s)));
            expect(ranks[i]).toBe(1 + better.length);
          });
        },
      ),
    );
  });

  it("ties scores equal up to rounding (0.1 + 0.2 and 0.3), not only exactly equal ones", () => {
    expect(Array.from(rankScores([0.1 + 0.2, 0.3, 0.2]))).toEqual([1, 1, 3]);
    expect(Array.from(rankScores([0.3, 0.3 + 1e-9]))).toEqual([2, 1]);
  });

  it("with ties: average gives the mean of the tied positions", () => {
    expect(Array.from(rankScores([0.5, 0.617, 0.5]))).toEqual([2, 1, 2]);
    expect(Array.from(rankScores([0.5, 0.617, 0.5], { ties: "average" }))).toEqual([2.5, 1, 2.5]);
    expect(Array.from(rankScores([3, 1, 2], { higherIsBetter: false }))).toEqual([3, 1, 2]);
  });
});
