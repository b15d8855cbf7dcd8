import { describe, expect, it } from "vitest";
import { optionFixture as option } from "../../testing/decision.js";
import { profileSchema } from "../model/profile.js";
import { buildModel } from "./model.js";
import { robustness } from "./robustness.js";
import { deriveWeights } from "./weights.js";

const criteria = [
  { id: "impact", name: "Impact", weight: 3, rank: 1 },
  { id: "growth", name: "Growth", weight: 2, rank: 2 },
  { id: "people", name: "People", weight: 1, rank: 3 },
];

describe("robustness of a workspace ranking", () => {
  const options = [
    option("strong", { impact: 5, growth: 4, people: 4 }),
    option("dominated", { impact: 4, growth: 3, people: 3 }),
    option("unsure", { impact: [2, 5], growth: 5, people: null }),
  ];

  it("never puts a dominated option first, and its acceptabilities sum to 1", () => {
    const profile = profileSchema.parse({
      question: "?",
      criteria,
      settings: { samples: 4000, seed: 3 },
    });
    const result = robustness(buildModel(profile, options));
    const byId = new Map(result.alternatives.map((a) => [a.id, a]));
    expect(byId.get("dominated")?.firstRankAcceptability).toBe(0);
    expect(byId.get("dominated")?.centralWeights).toBeNull();
    expect(byId.get("unsure")?.firstRankAcceptability).toBeGreaterThan(0);
    for (const alt of result.alternatives) {
      expect(alt.rankAcceptability.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 12);
    }
    // Reproducible from its seed.
    expect(robustness(buildModel(profile, options))).toEqual(result);
  });

  it("reads everything from the model, which is plain data", () => {
    const profile = profileSchema.parse({
      question: "?",
      criteria: criteria.map((c, j) => (j === 1 ? { ...c, weightInterval: [1, 4] } : c)),
      settings: { samples: 3000, seed: 11, weightUncertainty: 0.4 },
    });
    const model = buildModel(profile, options);
    expect(model.uncertainty).toEqual({
      samples: 3000,
      seed: 11,
      weights: { kind: "spread", spread: 0.4, intervals: [null, [1, 4], null] },
      preferences: [],
    });
    // No functions or class instances: JSON and structured clone keep it as it is.
    const copied = JSON.parse(JSON.stringify(model)) as typeof model;
    expect(copied).toEqual(model);
    expect(structuredClone(model)).toEqual(model);
    expect(robustness(copied)).toEqual(robustness(model));
    // The settings in the model are the ones used: another seed gives other figures.
    const reseeded = { ...model, uncertainty: { ...model.uncertainty, seed: 12 } };
    expect(robustness(reseeded).seed).toBe(12);
    expect(robustness(reseeded).alternatives).not.toEqual(robustness(model).alternatives);
  });

  it("ranks options that fail a must-have after all others in every sample, as the ranking does", () => {
    const profile = profileSchema.parse({
      question: "?",
      criteria,
      // The strongest option is screened out by a must-have on its people rating.
      mustHaves: [{ criterion: "people", atMost: 3 }],
      settings: { samples: 4000, seed: 3 },
    });
    const model = buildModel(profile, options);
    const result = robustness(model);
    const byId = new Map(result.alternatives.map((a) => [a.id, a]));
    const strong = byId.get("strong");
    expect(strong?.screenedOut).toBe(true);
    expect(strong?.firstRankAcceptability).toBe(0);
    // Three options, one screened: it takes the last rank in every sample.
    expect(strong?.rankAcceptability).toEqual([0, 0, 1]);
    expect(byId.get("dominated")?.screenedOut).toBe(false);
    const firsts = result.alternatives.reduce((s, a) => s + a.firstRankAcceptability, 0);
    expect(firsts).toBeCloseTo(1, 12);
    // Weight stability is about the eligible options only: the same as without the screened one.
    const eligible = options.filter((o) => o.id !== "strong");
    expect(result.stability).toEqual(robustness(buildModel(profile, eligible)).stability);
  });

  it("samples weights that respect the stated order under rank weighting", () => {
    const profile = profileSchema.parse({
      question: "?",
      criteria,
      weighting: { method: "rank" },
      settings: { samples: 2000, seed: 5 },
    });
    const result = robustness(buildModel(profile, options));
    expect(result.weightModel).toContain("order");
    for (const alt of result.alternatives) {
      const w = alt.centralWeights;
      if (w) expect(w[0]).toBeGreaterThanOrEqual((w[1] ?? 0) - 1e-12);
    }
  });
});

describe("weights from pairwise judgements (AHP)", () => {
  it("recover consistent judgements exactly and warn on inconsistent ones", () => {
    const consistent = profileSchema.parse({
      question: "?",
      criteria,
      weighting: {
        method: "ahp",
        pairwise: [
          ["impact", "growth", 2],
          ["impact", "people", 4],
          ["growth", "people", 2],
        ],
      },
    });
    const derived = deriveWeights(consistent);
    expect(derived.weights.map((w) => w * 7)).toEqual([
      expect.closeTo(4, 9),
      expect.closeTo(2, 9),
      expect.closeTo(1, 9),
    ]);
    expect(derived.consistency?.cr).toBeCloseTo(0, 9);
    const inconsistent = profileSchema.parse({
      ...consistent,
      weighting: {
        method: "ahp",
        pairwise: [
          ["impact", "growth", 9],
          ["impact", "people", 1 / 9],
          ["growth", "people", 9],
        ],
      },
    });
    const warned = deriveWeights(inconsistent);
    expect(warned.warnings[0]?.code).toBe("inconsistent");
    expect(warned.warnings[0]?.message).toMatch(/impact|growth|people/);
  });

  it("refuse incomplete judgements, naming the missing pair", () => {
    const profile = profileSchema.parse({
      question: "?",
      criteria,
      weighting: { method: "ahp", pairwise: [["impact", "growth", 2]] },
    });
    expect(() => deriveWeights(profile)).toThrow(/\[impact, people\]/);
  });
});

describe("weight uncertainty with many criteria", () => {
  it("samples around the stated weights even with twelve unequal criteria", () => {
    const many = Array.from({ length: 12 }, (_, j) => ({
      id: `c${j}`,
      name: `C${j}`,
      weight: j + 1,
    }));
    const profile = profileSchema.parse({
      question: "?",
      criteria: many,
      settings: { samples: 2000 },
    });
    const options = ["a", "b", "c"].map((id, i) =>
      option(id, Object.fromEntries(many.map((c, j) => [c.id, ((i + j) % 5) + 1]))),
    );
    const result = robustness(buildModel(profile, options));
    const total = result.alternatives.reduce((s, a) => s + a.firstRankAcceptability, 0);
    expect(total).toBeCloseTo(1, 9);
    // Each factor lies in [0.75, 1.25], so after renormalising every sampled weight, and any
    // mean of them, stays within [0.6, 1.67] times the stated one.
    const stated = many.map((c) => c.weight / 78);
    for (const alt of result.alternatives) {
      alt.centralWeights?.forEach((w, j) => {
        expect(w / (stated[j] as number)).toBeGreaterThanOrEqual(0.6 - 1e-9);
        expect(w / (stated[j] as number)).toBeLessThanOrEqual(1.25 / 0.75 + 1e-9);
      });
    }
  });
});

describe("the simulation's draws", () => {
  it("are the samples behind the same figures: each missing or unsure rating's values, and utilities that rank as SMAA counts", async () => {
    const { robustnessWithDraws } = await import("./robustness.js");
    const profile = profileSchema.parse({
      question: "?",
      criteria,
      settings: { samples: 3000, seed: 5 },
    });
    const options = [
      option("firm", { impact: 4, growth: 4, people: 3 }),
      option("unsure", { impact: [2, 5], growth: 5, people: null }),
    ];
    const model = buildModel(profile, options);
    const { robustness: robust, draws } = robustnessWithDraws(model);
    expect(robust).toEqual(robustness(model));
    expect(draws.ratings.map((r) => [r.alternative, r.criterion])).toEqual([
      [1, 0],
      [1, 2],
    ]);
    // impact [2, 5] on a 1–5 scale is the partial-value interval [0.25, 1]; people is [0, 1].
    const impact = draws.ratings[0]?.values ?? new Float64Array();
    expect(Math.min(...impact)).toBeGreaterThanOrEqual(0.25);
    expect(Math.max(...impact)).toBeLessThanOrEqual(1);
    let unsureFirst = 0;
    for (let k = 0; k < draws.samples; k++) {
      if ((draws.overall[2 * k + 1] as number) > (draws.overall[2 * k] as number)) unsureFirst++;
    }
    expect(unsureFirst / draws.samples).toBeCloseTo(
      robust.alternatives[1]?.firstRankAcceptability ?? -1,
      2,
    );
  });
});
