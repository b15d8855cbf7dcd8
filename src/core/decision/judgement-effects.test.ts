import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { optionFixture as option } from "../../testing/decision.js";
import { profileSchema } from "../model/profile.js";
import { agreeingPoint, judgementEffects } from "./judgement-effects.js";
import { JUDGEMENT_EPSILON, judgementRelations } from "./judgements.js";
import { buildModel } from "./model.js";

// Three options, each best on one criterion (1–5 ratings: value 1 on its own, 0 elsewhere),
// so "x over y" is w_x > w_y (+ ε) on the criteria x and y are best on.
const options = [
  option("first", { a: 5, b: 1, c: 1 }),
  option("second", { a: 1, b: 5, c: 1 }),
  option("third", { a: 1, b: 1, c: 5 }),
];
const profileWith = (
  judgements: { prefer: string; over: string }[],
  weighting: Record<string, unknown> = { method: "judgements" },
  weights = [1, 1, 1],
) =>
  profileSchema.parse({
    question: "?",
    criteria: ["a", "b", "c"].map((id, j) => ({
      id,
      name: `Criterion ${id.toUpperCase()}`,
      weight: weights[j],
    })),
    weighting,
    judgements,
    settings: { samples: 4000, seed: 4 },
  });

function report(profile: ReturnType<typeof profileWith>) {
  const model = buildModel(profile, options);
  const relations = judgementRelations(profile, model);
  if (!relations) throw new Error("no relations");
  const result = judgementEffects(profile, model, relations);
  if (!result) throw new Error("no report");
  return result;
}

describe("what each judgement does", () => {
  it("says what one judgement rules out, in plain words, and the share it cuts (1/2)", () => {
    const { effects, agreeingWeights } = report(profileWith([{ prefer: "first", over: "second" }]));
    expect(effects).toHaveLength(1);
    const [e] = effects;
    expect(e?.cuts).toBe(true);
    // Without it every weighting is allowed; w_a > w_b holds on half of the simplex.
    expect(Math.abs((e?.ruledOut ?? 0) - 1 / 2)).toBeLessThan(0.04);
    expect(e?.favours).toEqual(["a"]);
    expect(e?.against).toEqual(["b"]);
    expect(e?.text).toContain(
      "your judgement that first beats second rules out weightings where Criterion B counts more than Criterion A",
    );
    expect(e?.necessaryOnlyWithIt).toEqual([["first", "second"]]);
    expect(agreeingWeights).toBeNull();
  });

  it("finds the judgement that decides the leader, and the one that does not", () => {
    // Both: w_c > w_a > w_b, mean (5/18, 2/18, 11/18), third leads. Without "third over
    // first": w_a > w_b, mean (1/2, 1/6, 1/3), first leads. Without "first over second":
    // w_c > w_a, mean (1/6, 1/3, 1/2), third still leads.
    const { effects } = report(
      profileWith([
        { prefer: "third", over: "first" },
        { prefer: "first", over: "second" },
      ]),
    );
    const [thirdFirst, firstSecond] = effects;
    expect(thirdFirst?.leader).toBe("third");
    expect(thirdFirst?.changesLeader).toBe(true);
    expect(thirdFirst?.leaderWithout).toBe("first");
    expect(thirdFirst?.text).toContain("without it first would lead instead of third");
    expect(firstSecond?.changesLeader).toBe(false);
    expect(firstSecond?.text).toContain("third leads with or without it");
    // Given w_a > w_b, w_c > w_a holds under 1/3 of it: the judgement cuts 2/3.
    expect(Math.abs((thirdFirst?.ruledOut ?? 0) - 2 / 3)).toBeLessThan(0.04);
    // third ≥ second holds under every weighting only with both judgements.
    expect(thirdFirst?.necessaryOnlyWithIt).toContainEqual(["third", "second"]);
    expect(firstSecond?.necessaryOnlyWithIt).toContainEqual(["third", "second"]);
  });

  it("says when a judgement follows from the others and cuts nothing", () => {
    const { effects } = report(
      profileWith([
        { prefer: "first", over: "second" },
        { prefer: "second", over: "third" },
        { prefer: "first", over: "third" },
      ]),
    );
    const implied = effects[2];
    expect(implied?.cuts).toBe(false);
    expect(implied?.ruledOut).toBe(0);
    expect(implied?.text).toContain("already follows from your other choices");
    expect(effects[0]?.cuts).toBe(true);
  });
});

describe("the nearest weights that agree with the judgements", () => {
  it("moves weight from b to a just enough (the unique L1 optimum)", () => {
    // Stated (0.2, 0.6, 0.2); "first over second" needs w_a − w_b >= ε. Moving δ from b to a
    // closes the gap twice as fast per unit of L1 distance as any other move: δ = (0.4 + ε)/2.
    const profile = profileWith(
      [{ prefer: "first", over: "second" }],
      { method: "direct" },
      [20, 60, 20],
    );
    const { agreeingWeights, effects } = report(profile);
    expect(agreeingWeights?.broken).toEqual(["first over second"]);
    const delta = (0.4 + JUDGEMENT_EPSILON) / 2;
    const agreeing = agreeingWeights?.weights.map((w) => w.agreeing) ?? [];
    expect(agreeing[0]).toBeCloseTo(0.2 + delta, 9);
    expect(agreeing[1]).toBeCloseTo(0.6 - delta, 9);
    expect(agreeing[2]).toBeCloseTo(0.2, 9);
    expect(agreeingWeights?.distance).toBeCloseTo(2 * delta, 9);
    expect(agreeingWeights?.text).toContain("moves 20% of the weight");
    // Stated weights do not depend on judgements: the leader never changes with them.
    expect(effects[0]?.changesLeader).toBe(false);
  });

  it("is absent when the stated weights already agree", () => {
    const profile = profileWith(
      [{ prefer: "first", over: "second" }],
      { method: "direct" },
      [60, 20, 20],
    );
    expect(report(profile).agreeingWeights).toBeNull();
  });

  it("is feasible and no farther than any agreeing point (random stated weights and rows)", () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: 0.01, max: 1, noNaN: true }), { minLength: 4, maxLength: 4 }),
        fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: 4, maxLength: 4 }),
        fc.array(fc.integer({ min: 0, max: 3 }), { minLength: 2, maxLength: 2 }),
        (raw, other, [i, k]) => {
          fc.pre(i !== k);
          const total = raw.reduce((s, x) => s + x, 0);
          const stated = raw.map((x) => x / total);
          const coefficients = [0, 0, 0, 0];
          coefficients[i as number] = 1;
          coefficients[k as number] = -1;
          const rows = [{ coefficients }];
          const w = agreeingPoint(stated, rows);
          expect(w).not.toBeNull();
          const point = w as number[];
          expect(Math.abs(point.reduce((s, x) => s + x, 0) - 1)).toBeLessThan(1e-8);
          for (const x of point) expect(x).toBeGreaterThanOrEqual(-1e-9);
          expect(
            (point[i as number] as number) - (point[k as number] as number),
          ).toBeGreaterThanOrEqual(JUDGEMENT_EPSILON - 1e-9);
          // Any other agreeing point (normalised, then nudged to agree) is no nearer.
          const t = other.reduce((s, x) => s + x, 0) || 1;
          const q = other.map((x) => x / t);
          if ((q[i as number] as number) - (q[k as number] as number) >= JUDGEMENT_EPSILON) {
            const d = (a: number[]) =>
              a.reduce((s, x, j) => s + Math.abs(x - (stated[j] as number)), 0);
            expect(d(point)).toBeLessThanOrEqual(d(q) + 1e-9);
          }
        },
      ),
      { numRuns: 200 },
    );
  });
});
