import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { optionFixture as option } from "../../testing/decision.js";
import { profileSchema } from "../model/profile.js";
import { explain } from "./explain.js";
import { buildModel } from "./model.js";
import { rankAlternatives } from "./rank.js";

/** Two criteria rated 1–5 (weights 0.6 and 0.4) and a must-have: `fit` at least 3. */
const screened = profileSchema.parse({
  question: "Which?",
  criteria: [
    { id: "fit", name: "Fit", weight: 0.6 },
    { id: "pay", name: "Pay", weight: 0.4 },
  ],
  mustHaves: [{ criterion: "fit", atLeast: 3, label: "Fit at least 3" }],
});

describe("explain applies the must-haves as the ranking does", () => {
  it("an option that fails a must-have is explained as ranked below, whatever its score", () => {
    // x: fit 2 (fails), pay 5: score 0.6·0.25 + 0.4·1 = 0.55; y: fit 3, pay 2: 0.6·0.5 + 0.4·0.25 = 0.40.
    const model = buildModel(screened, [
      option("x", { fit: 2, pay: 5 }),
      option("y", { fit: 3, pay: 2 }),
    ]);
    const ranking = rankAlternatives(model);
    expect(ranking.alternatives.map((a) => a.id)).toEqual(["y", "x"]);
    const e = explain(model, "x", "y");
    expect(e.scoreA).toBeCloseTo(0.55, 12);
    expect(e.scoreB).toBeCloseTo(0.4, 12);
    expect(e.leader).toBe("y");
    expect(e.decidedBy).toBe("mustHaves");
    expect(e.screen.a.passes).toBe(false);
    expect(e.screen.a.failed.map((c) => c.label)).toEqual(["Fit at least 3"]);
    expect(e.screen.b).toEqual({ passes: true, failed: [] });
    // No weight change can swap them: the screen comes before compensation.
    expect(e.weightFlips).toEqual([]);
    expect(e.ratingFlips).toEqual([]);
  });

  it("between two options that both pass or both fail, the score decides", () => {
    const both = buildModel(screened, [
      option("x", { fit: 2, pay: 5 }),
      option("y", { fit: 1, pay: 2 }),
    ]);
    expect(explain(both, "y", "x")).toMatchObject({ leader: "x", decidedBy: "score" });
    const pass = buildModel(screened, [
      option("x", { fit: 4, pay: 5 }),
      option("y", { fit: 5, pay: 1 }),
    ]);
    expect(explain(pass, "x", "y")).toMatchObject({ leader: "x", decidedBy: "score" });
  });

  it("names the leader the ranking puts first, for every pair (property)", () => {
    const ratings = fc.record({
      fit: fc.oneof(fc.integer({ min: 1, max: 5 }), fc.constant(null)),
      pay: fc.integer({ min: 1, max: 5 }),
    });
    fc.assert(
      fc.property(fc.array(ratings, { minLength: 2, maxLength: 6 }), (rows) => {
        const model = buildModel(
          screened,
          rows.map((r, i) => option(`o${i}`, r)),
        );
        const rankOf = new Map(rankAlternatives(model).alternatives.map((a) => [a.id, a.rank]));
        for (const a of rankOf.keys()) {
          for (const b of rankOf.keys()) {
            if (a === b) continue;
            const e = explain(model, a, b);
            const other = e.leader === a ? b : a;
            expect(rankOf.get(e.leader)).toBeLessThanOrEqual(rankOf.get(other) as number);
            // A rating flip, applied, must not cross the screen: it swaps them by score.
            for (const flip of e.ratingFlips) {
              const moved = rows.map((r, i) =>
                option(
                  `o${i}`,
                  `o${i}` === flip.alternative ? { ...r, [flip.criterion]: flip.to } : r,
                ),
              );
              const after = buildModel(screened, moved);
              const index = after.alternatives.findIndex((x) => x.id === flip.alternative);
              const before = model.alternatives[index];
              expect(after.alternatives[index]?.mustHaves.map((c) => c.outcome !== "fail")).toEqual(
                before?.mustHaves.map((c) => c.outcome !== "fail"),
              );
            }
          }
        }
      }),
      { seed: 14, numRuns: 200 },
    );
  });
});

describe("a rating change that only ties at the end of the scale is no swap", () => {
  /** Two criteria rated 1–5, equal weights. */
  const even = profileSchema.parse({
    question: "Which?",
    criteria: [
      { id: "a", name: "A", weight: 1 },
      { id: "b", name: "B", weight: 1 },
    ],
  });

  it("x (5, 1) leads y (1, 4) by 0.125: y's B at 5 only ties, so it is not offered", () => {
    // Values: x (1, 0), y (0, 0.75); scores 0.5 and 0.375. y's B would need 1.0, the top of
    // the scale, where the two tie and B cannot rise further.
    const model = buildModel(even, [option("x", { a: 5, b: 1 }), option("y", { a: 1, b: 4 })]);
    const e = explain(model, "y", "x");
    expect(e.leader).toBe("x");
    const flips = e.ratingFlips.map((f) => [f.alternative, f.criterion, f.to]);
    expect(flips).not.toContainEqual(["y", "b", 5]);
    // The real swaps stay: y's A rising past 2, or x's A falling below 4.
    expect(flips).toContainEqual(["y", "a", 2]);
    expect(flips).toContainEqual(["x", "a", 4]);
  });

  it("two options that tie now have no order to swap: no weight or rating change is offered", () => {
    // x (5, 1) and y (1, 5): values (1, 0) and (0, 1), both 0.5 at equal weights. Before,
    // ratings that leave the tie as it is (x's A at 5, ...) were offered as swaps.
    const model = buildModel(even, [option("x", { a: 5, b: 1 }), option("y", { a: 1, b: 5 })]);
    const e = explain(model, "x", "y");
    expect(e.scoreA).toBe(e.scoreB);
    expect(e.weightFlips).toEqual([]);
    expect(e.ratingFlips).toEqual([]);
  });

  it("every rating change offered leaves room to move past the tie (property)", () => {
    const rating = fc.integer({ min: 1, max: 5 });
    fc.assert(
      fc.property(fc.tuple(rating, rating, rating, rating), ([xa, xb, ya, yb]) => {
        const model = buildModel(even, [
          option("x", { a: xa, b: xb }),
          option("y", { a: ya, b: yb }),
        ]);
        const e = explain(model, "x", "y");
        if (e.scoreA === e.scoreB) return;
        for (const flip of e.ratingFlips) {
          const trailer = flip.alternative !== e.leader;
          // The trailer rises to a tie below 5; the leader falls to a tie above 1.
          if (trailer) expect(flip.to).toBeLessThan(5);
          else expect(flip.to).toBeGreaterThan(1);
        }
      }),
    );
  });
});
