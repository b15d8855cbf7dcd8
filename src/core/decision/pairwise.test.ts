import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { profileSchema } from "../model/profile.js";
import {
  ahpMatrix,
  analysePairwise,
  describeJudgement,
  judgementOf,
  judgementsFromWeights,
  POSITION_MAX,
  POSITION_MIN,
  positionOf,
  ratioAt,
  snapToScale,
} from "./pairwise.js";
import { deriveWeights } from "./weights.js";

describe("Saaty's scale as a control", () => {
  it("maps the 17 positions to 9 … 1 … 1/9 and back", () => {
    for (let p = POSITION_MIN; p <= POSITION_MAX; p++) expect(positionOf(ratioAt(p))).toBe(p);
    expect(ratioAt(-8)).toBe(9);
    expect(ratioAt(0)).toBe(1);
    expect(ratioAt(4)).toBe(1 / 5);
    expect(positionOf(40)).toBe(-8);
    expect(snapToScale(2.6)).toBe(3);
    expect(snapToScale(0.3)).toBeCloseTo(1 / 3);
  });

  it("says a judgement in words, the more important criterion first", () => {
    expect(describeJudgement("Impact", "Pay", 5)).toBe(
      "Impact is much more important than Pay (5×)",
    );
    expect(describeJudgement("Impact", "Pay", 1 / 9)).toBe(
      "Pay is extremely more important than Impact (9×)",
    );
    expect(describeJudgement("Impact", "Pay", 1)).toBe("Impact is as important as Pay");
  });
});

describe("judgements from weights", () => {
  it("starts from the ratios of the weights, snapped to the scale", () => {
    expect(judgementsFromWeights(["a", "b", "c"], [0.6, 0.3, 0.1])).toEqual([
      ["a", "b", 2],
      ["a", "c", 6],
      ["b", "c", 3],
    ]);
    // A zero weight still gives a positive judgement.
    expect(judgementsFromWeights(["a", "b"], [10, 0])).toEqual([["a", "b", 9]]);
    expect(judgementsFromWeights(["a", "b"], [0, 0])).toEqual([["a", "b", 1]]);
  });
});

describe("analysePairwise", () => {
  it("lists the pairs still to judge", () => {
    expect(analysePairwise(["a", "b", "c"], [["b", "a", 2]])).toEqual({
      complete: false,
      missing: [
        ["a", "c"],
        ["b", "c"],
      ],
    });
  });

  it("gives the core's weights and CR, and finds the judgement that breaks consistency", () => {
    const consistent = analysePairwise(
      ["a", "b", "c"],
      [
        ["a", "b", 2],
        ["b", "c", 2],
        ["a", "c", 4],
      ],
    );
    if (!consistent.complete) throw new Error("expected complete");
    expect(Array.from(consistent.result.weights)).toEqual([
      expect.closeTo(4 / 7),
      expect.closeTo(2 / 7),
      expect.closeTo(1 / 7),
    ]);
    expect(consistent.result.cr).toBeCloseTo(0, 9);
    // One judgement turned round against five that agree: it carries most of the inconsistency.
    const flipped = analysePairwise(
      ["a", "b", "c", "d"],
      [
        ["a", "b", 2],
        ["a", "c", 4],
        ["a", "d", 8],
        ["b", "c", 2],
        ["b", "d", 1 / 4],
        ["c", "d", 2],
      ],
    );
    if (!flipped.complete) throw new Error("expected complete");
    expect(flipped.result.cr).toBeGreaterThan(0.1);
    expect(flipped.result.inconsistency[0]).toMatchObject({ row: 1, column: 3, value: 1 / 4 });
    // The other judgements pull towards b over d; the priorities already imply over 0.5.
    expect(flipped.result.inconsistency[0]?.consistentValue).toBeGreaterThan(0.5);
  });
});

describe("the AHP matrix, assembled once", () => {
  it("is reciprocal, the last judgement of a pair winning whichever way round it is written", () => {
    const { matrix, missing } = ahpMatrix(
      ["a", "b", "c"],
      [
        ["a", "b", 3],
        ["b", "a", 5], // a later judgement of the same pair, reversed: b is 5 times a
        ["a", "c", 2],
        ["a", "x", 9], // unknown criterion: ignored
        ["c", "c", 4], // one criterion twice: ignored
      ],
    );
    expect(matrix[0]).toEqual([1, 1 / 5, 2]);
    expect(matrix[1]?.[0]).toBe(5);
    expect(matrix[2]?.[0]).toBe(1 / 2);
    expect(matrix[2]?.[2]).toBe(1);
    expect(missing).toEqual([["b", "c"]]);
  });

  it("agrees with judgementOf on every pair, for any judgements", () => {
    const ids = ["a", "b", "c", "d"];
    const judgement = fc.tuple(
      fc.constantFrom(...ids),
      fc.constantFrom(...ids),
      fc.double({ min: 1 / 9, max: 9, noNaN: true }),
    );
    fc.assert(
      fc.property(fc.array(judgement, { maxLength: 12 }), (pairwise) => {
        const { matrix } = ahpMatrix(ids, pairwise);
        ids.forEach((a, i) => {
          ids.forEach((b, j) => {
            if (i === j) return;
            const stated = judgementOf(pairwise, a, b);
            expect(matrix[i]?.[j]).toBe(stated ?? Number.NaN);
          });
        });
      }),
    );
  });

  it("gives the workbench's analysis the weights bearing.yaml gives the ranking", () => {
    const profile = profileSchema.parse({
      version: 1,
      question: "Which?",
      criteria: [
        { id: "impact", name: "Impact" },
        { id: "pay", name: "Pay" },
        { id: "team", name: "Team" },
      ],
      weighting: {
        method: "ahp",
        pairwise: [
          ["impact", "pay", 3],
          ["team", "impact", 1 / 2],
          ["pay", "team", 1 / 4],
        ],
      },
    });
    const analysis = analysePairwise(
      profile.criteria.map((c) => c.id),
      profile.weighting.pairwise,
    );
    if (!analysis.complete) throw new Error("expected a complete analysis");
    expect(Array.from(analysis.result.weights)).toEqual(deriveWeights(profile).weights);
  });
});
