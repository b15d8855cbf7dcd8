import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { optionFixture as option } from "../../testing/decision.js";
import { isBearingError } from "../errors.js";
import { profileSchema } from "../model/profile.js";
import {
  consistent,
  JUDGEMENT_EPSILON,
  minimalConflict,
  preferenceRelations,
  preferenceRows,
} from "./judgements.js";
import { buildModel } from "./model.js";
import { robustness } from "./robustness.js";

const criteria = [
  { id: "a", name: "A", weight: 1 },
  { id: "b", name: "B", weight: 1 },
  { id: "c", name: "C", weight: 1 },
];
// Three options, each best on one criterion (1–5 ratings: value 1 on its own, 0 elsewhere).
const options = [
  option("first", { a: 5, b: 1, c: 1 }),
  option("second", { a: 1, b: 5, c: 1 }),
  option("third", { a: 1, b: 1, c: 5 }),
];
const profileWith = (judgements: { prefer: string; over: string }[], extra = {}) =>
  profileSchema.parse({
    question: "?",
    criteria,
    weighting: { method: "judgements" },
    judgements,
    settings: { samples: 10_000, seed: 4 },
    ...extra,
  });

describe("weights from judgements between options", () => {
  it("restricts uniform weights to w1 >= w2: first-rank acceptabilities 2/3, 0, 1/3", () => {
    const profile = profileWith([{ prefer: "first", over: "second" }]);
    const model = buildModel(profile, options);
    const result = robustness(model);
    const b1 = new Map(result.alternatives.map((a) => [a.id, a.firstRankAcceptability]));
    expect(Math.abs((b1.get("first") ?? 0) - 2 / 3)).toBeLessThan(0.04);
    expect(b1.get("second")).toBeLessThan(0.04);
    expect(Math.abs((b1.get("third") ?? 0) - 1 / 3)).toBeLessThan(0.04);
    // The point weights are the mean of the compatible set {w1 >= w2 + ε}: the triangle with
    // vertices (1, 0, 0), (1/2, 1/2, 0) and (0, 0, 1), whose centroid is (1/2, 1/6, 1/3).
    const [w1, w2, w3] = model.criteria.map((c) => c.weight);
    expect(w1).toBeCloseTo(1 / 2, 2);
    expect(w2).toBeCloseTo(1 / 6, 2);
    expect(w3).toBeCloseTo(1 / 3, 2);
    expect(result.weightModel).toContain("agree with your judgement");
  });

  it("every weight sample satisfies every judgement", () => {
    // The central weights of each option are means of samples; check samples directly through
    // the preference rows and the model's (sample-mean) weights instead, for random judgements.
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2 }), fc.integer({ min: 0, max: 1000 }), (k, seed) => {
        const ids = ["first", "second", "third"];
        const prefer = ids[k] as string;
        const over = ids[(k + 1) % 3] as string;
        const profile = profileWith([{ prefer, over }], { settings: { samples: 200, seed } });
        const model = buildModel(profile, options);
        const { rows } = preferenceRows(profile, model);
        const w = model.criteria.map((c) => c.weight);
        for (const row of rows) {
          const s = row.coefficients.reduce((acc, a, j) => acc + a * (w[j] ?? 0), 0);
          expect(s).toBeGreaterThanOrEqual(JUDGEMENT_EPSILON - 1e-9);
        }
      }),
      { numRuns: 10 },
    );
  });

  it("gives the necessary and possible relations of UTA-GMS", () => {
    const profile = profileWith([{ prefer: "first", over: "second" }]);
    const model = buildModel(profile, options);
    const { rows } = preferenceRows(profile, model);
    const values = model.alternatives.map((a) => a.valueLow);
    const { necessary, possible } = preferenceRelations(values, rows);
    const names = (pairs: [number, number][]) =>
      pairs.map(([i, k]) => `${options[i]?.id}>${options[k]?.id}`).sort();
    expect(names(necessary)).toEqual(["first>second"]);
    expect(names(possible)).toEqual(
      ["first>second", "first>third", "second>third", "third>first", "third>second"].sort(),
    );
  });

  it("refuses conflicting judgements, naming a minimal conflicting set", () => {
    const profile = profileWith([
      { prefer: "first", over: "third" },
      { prefer: "first", over: "second" },
      { prefer: "second", over: "first" },
    ]);
    let error: unknown;
    try {
      buildModel(profile, options);
    } catch (caught) {
      error = caught;
    }
    expect(isBearingError(error)).toBe(true);
    if (!isBearingError(error)) return;
    expect(error.issues.map((i) => i.path)).toEqual([
      ["judgements", 1],
      ["judgements", 2],
    ]);
    expect(error.issues.every((i) => i.code === "inconsistent")).toBe(true);
    expect(error.issues.filter((i) => i.hint?.startsWith("drop this one"))).toHaveLength(1);
  });

  it("finds an irreducible conflict: dropping any member makes the rest consistent", () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(fc.integer({ min: -3, max: 3 }), { minLength: 3, maxLength: 3 }), {
          minLength: 1,
          maxLength: 7,
        }),
        (raw) => {
          const rows = raw.map((coefficients) => ({ coefficients }));
          const conflict = minimalConflict(3, rows);
          if (consistent(3, rows)) {
            expect(conflict).toEqual([]);
            return;
          }
          const subset = conflict.map((k) => rows[k] as { coefficients: number[] });
          expect(consistent(3, subset)).toBe(false);
          for (let drop = 0; drop < subset.length; drop++) {
            expect(
              consistent(
                3,
                subset.filter((_, i) => i !== drop),
              ),
            ).toBe(true);
          }
        },
      ),
      { numRuns: 60 },
    );
  });

  it("with stated weights, keeps simulated weights that honour the judgements", () => {
    // Equal stated weights ±25%: without a judgement the three options share first place.
    const profile = profileSchema.parse({
      question: "?",
      criteria,
      judgements: [{ prefer: "second", over: "first" }],
      settings: { samples: 4000, seed: 2 },
    });
    const result = robustness(buildModel(profile, options));
    const b1 = new Map(result.alternatives.map((a) => [a.id, a.firstRankAcceptability]));
    expect(b1.get("first")).toBe(0);
    expect(b1.get("second")).toBeGreaterThan(0.3);
    expect(result.warnings ?? []).toEqual([]);
  });
});
