import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { optionFixture as option } from "../../testing/decision.js";
import { buildModel } from "../decision/model.js";
import { profileSchema } from "../model/profile.js";
import { groupView, hullSamples } from "./group.js";

const profile = profileSchema.parse({
  question: "q",
  criteria: [
    { id: "a", name: "A", weight: 3 },
    { id: "b", name: "B", weight: 1 },
  ],
  settings: { samples: 4000, seed: 3 },
});
const model = buildModel(profile, [option("x", { a: 5, b: 1 }), option("y", { a: 1, b: 5 })]);

describe("group view", () => {
  it("ranks by each stakeholder's weights and means the normalised vectors", () => {
    const view = groupView(profile, model, [
      { name: "Rev", date: "2026-12-01", weights: { b: 9, a: 1 }, comments: { y: "yes" } },
    ]);
    expect(view.stakeholders.map((s) => [s.name, s.ranking])).toEqual([
      ["you", ["x", "y"]],
      ["Rev", ["y", "x"]],
    ]);
    expect(view.group.weights.a).toBeCloseTo((0.75 + 0.1) / 2, 12);
    expect(view.group.weights.b).toBeCloseTo((0.25 + 0.9) / 2, 12);
    // x wins when w_a > 1/2; w_a = 0.75 λ + 0.1 (1 − λ), λ uniform: P = P(λ > 0.4/0.65).
    expect(view.group.firstRankAcceptability.x).toBeCloseTo(1 - 0.4 / 0.65, 1);
    expect(view.criteriaDisagreement[0]?.spread).toBeCloseTo(0.65, 12);
    expect(view.comments).toEqual({ y: [{ name: "Rev", text: "yes" }] });
  });

  it("draws every weight vector inside the stakeholders' convex hull (property)", () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.array(fc.double({ min: 0.01, max: 1, noNaN: true }), { minLength: 3, maxLength: 3 }),
          {
            minLength: 2,
            maxLength: 4,
          },
        ),
        (raw) => {
          const vectors = raw.map((v) => {
            const t = v.reduce((s, x) => s + x, 0);
            return v.map((x) => x / t);
          });
          const { rows, cols, data } = hullSamples(vectors, {
            uncertainty: { ...model.uncertainty, samples: 200 },
          });
          for (let k = 0; k < rows; k++) {
            let sum = 0;
            for (let j = 0; j < cols; j++) {
              const w = data[k * cols + j] as number;
              const column = vectors.map((v) => v[j] as number);
              expect(w).toBeGreaterThanOrEqual(Math.min(...column) - 1e-12);
              expect(w).toBeLessThanOrEqual(Math.max(...column) + 1e-12);
              sum += w;
            }
            expect(sum).toBeCloseTo(1, 12);
          }
        },
      ),
      { numRuns: 50 },
    );
  });
});
