import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { optionFixture as option } from "../../testing/decision.js";
import type { DecisionOption } from "../model/option.js";
import { type Profile, profileSchema } from "../model/profile.js";
import { explain } from "./explain.js";
import { buildModel } from "./model.js";
import { rankAlternatives } from "./rank.js";

function profile(
  criteria: { id: string; weight: number; direction?: "max" | "min"; number?: boolean }[],
  extra: Partial<Profile> = {},
): Profile {
  return profileSchema.parse({
    question: "Which?",
    criteria: criteria.map((c) => ({
      id: c.id,
      name: c.id,
      weight: c.weight,
      direction: c.direction ?? "max",
      scale: c.number ? { kind: "number", unit: "USD/year" } : { kind: "rating", min: 1, max: 5 },
    })),
    ...extra,
  });
}

const matrixArb = fc
  .record({ n: fc.integer({ min: 2, max: 6 }), m: fc.integer({ min: 1, max: 5 }) })
  .chain(({ n, m }) =>
    fc.record({
      weights: fc.array(fc.double({ min: 0.01, max: 10, noNaN: true }), {
        minLength: m,
        maxLength: m,
      }),
      directions: fc.array(fc.constantFrom("max" as const, "min" as const), {
        minLength: m,
        maxLength: m,
      }),
      rows: fc.array(fc.array(fc.integer({ min: 1, max: 5 }), { minLength: m, maxLength: m }), {
        minLength: n,
        maxLength: n,
      }),
    }),
  );

function setup(input: { weights: number[]; directions: ("max" | "min")[]; rows: number[][] }) {
  const criteria = input.weights.map((weight, j) => ({
    id: `c${j}`,
    weight,
    direction: input.directions[j],
  }));
  const options = input.rows.map((row, i) =>
    option(`a${i}`, Object.fromEntries(row.map((r, j) => [`c${j}`, r]))),
  );
  return { p: profile(criteria), options };
}

describe("the additive value model", () => {
  it("contributions sum to the score, and scores lie in [0, 1]", () => {
    fc.assert(
      fc.property(matrixArb, (input) => {
        const { p, options } = setup(input);
        for (const alt of rankAlternatives(buildModel(p, options)).alternatives) {
          const sum = alt.contributions.reduce((s, c) => s + c.contribution, 0);
          expect(sum).toBeCloseTo(alt.score, 12);
          expect(alt.score).toBeGreaterThanOrEqual(-1e-12);
          expect(alt.score).toBeLessThanOrEqual(1 + 1e-12);
        }
      }),
    );
  });

  it("never ranks a dominating option below the one it dominates", () => {
    fc.assert(
      fc.property(matrixArb, (input) => {
        const { p, options } = setup(input);
        const ranking = rankAlternatives(buildModel(p, options));
        const rank = new Map(ranking.alternatives.map((a) => [a.id, a.rank]));
        input.rows.forEach((a, i) => {
          input.rows.forEach((b, k) => {
            const better = (x: number, y: number, j: number) =>
              input.directions[j] === "max" ? x >= y : x <= y;
            const dominates = a.every((x, j) => better(x, b[j] as number, j));
            if (i !== k && dominates)
              expect(rank.get(`a${i}`)).toBeLessThanOrEqual(rank.get(`a${k}`) as number);
          });
        });
      }),
    );
  });

  it("is invariant under permuting options or criteria", () => {
    fc.assert(
      fc.property(matrixArb, fc.integer(), (input, seed) => {
        const { p, options } = setup(input);
        const base = new Map(
          rankAlternatives(buildModel(p, options)).alternatives.map((a) => [a.id, a.rank]),
        );
        const shuffled = [...options].sort((x, y) => (hash(x.id, seed) - hash(y.id, seed)) | 0);
        const reversedCriteria = { ...p, criteria: [...p.criteria].reverse() };
        for (const ranking of [
          rankAlternatives(buildModel(p, shuffled)),
          rankAlternatives(buildModel(reversedCriteria, options)),
        ]) {
          for (const alt of ranking.alternatives) expect(alt.rank).toBe(base.get(alt.id));
        }
      }),
    );
  });

  it("is invariant under a positive affine rescaling of a number criterion", () => {
    fc.assert(
      fc.property(
        // Integer pay and power-of-two scales keep the arithmetic exact, so the property is
        // tested without floating-point near-ties deciding the order.
        fc.array(fc.integer({ min: 50_000, max: 400_000 }), { minLength: 2, maxLength: 6 }),
        fc.array(fc.integer({ min: 1, max: 5 }), { minLength: 6, maxLength: 6 }),
        fc.constantFrom(1 / 1024, 0.25, 0.5, 2, 8, 1024),
        fc.integer({ min: -1_000_000, max: 1_000_000 }),
        (pay, other, scale, shift) => {
          const p = profile([
            { id: "pay", weight: 1, number: true },
            { id: "fit", weight: 1 },
          ]);
          const make = (f: (x: number) => number) =>
            pay.map((x, i) => option(`a${i}`, { pay: f(x), fit: other[i] ?? 3 }));
          const ranks = (opts: DecisionOption[]) =>
            rankAlternatives(buildModel(p, opts)).alternatives.map((a) => [a.id, a.rank]);
          const sortById = (r: (string | number)[][]) => [...r].sort();
          expect(sortById(ranks(make((x) => x * scale + shift)))).toEqual(
            sortById(ranks(make((x) => x))),
          );
        },
      ),
    );
  });

  it("reports missing ratings, counts them at the scale's midpoint, and widens the score range", () => {
    const p = profile([
      { id: "a", weight: 1 },
      { id: "b", weight: 1 },
    ]);
    const ranking = rankAlternatives(
      buildModel(p, [option("x", { a: 5, b: null }), option("y", { a: 5 })]),
    );
    for (const alt of ranking.alternatives) {
      expect(alt.missing).toEqual(["b"]);
      expect(alt.score).toBeCloseTo(0.75, 12);
      expect(alt.scoreRange).toEqual([0.5, 1]);
    }
  });

  it("ranks options that fail a must-have after all others, and flags them", () => {
    const p = profile(
      [
        { id: "pay", weight: 1, number: true },
        { id: "fit", weight: 1 },
      ],
      {
        mustHaves: [
          { criterion: "pay", atLeast: 150_000 },
          { fact: "workMode", oneOf: ["remote"] },
        ],
      } as Partial<Profile>,
    );
    const ranking = rankAlternatives(
      buildModel(p, [
        option("rich-onsite", { pay: 300_000, fit: 5 }, { facts: { workMode: "onsite" } }),
        option("modest-remote", { pay: 160_000, fit: 2 }, { facts: { workMode: "remote" } }),
        option("unknown", { pay: [140_000, 170_000], fit: 3 }),
      ]),
    );
    expect(ranking.alternatives.map((a) => a.id)).toEqual([
      "unknown",
      "modest-remote",
      "rich-onsite",
    ]);
    const failing = ranking.alternatives[2];
    expect(failing?.eligible).toBe(false);
    expect(failing?.mustHaves.find((m) => m.outcome === "fail")?.reason).toContain("onsite");
    expect(ranking.alternatives[0]?.mustHaves.map((m) => m.outcome)).toEqual([
      "unknown",
      "unknown",
    ]);
  });

  it("leaves declined and withdrawn options out unless asked", () => {
    const p = profile([{ id: "a", weight: 1 }]);
    const options = [option("x", { a: 3 }), option("y", { a: 4 }, { status: "declined" })];
    expect(rankAlternatives(buildModel(p, options)).excluded).toEqual(["y"]);
    const all = { ...p, settings: { ...p.settings, rankClosedOptions: true } };
    expect(rankAlternatives(buildModel(all, options)).alternatives[0]?.id).toBe("y");
    // rank --all asks without touching the settings; an explicit false overrides them.
    const asked = buildModel(p, options, { includeClosed: true });
    expect(asked.alternatives.map((a) => a.id)).toEqual(["x", "y"]);
    expect(asked.excluded).toEqual([]);
    expect(buildModel(all, options, { includeClosed: false }).excluded).toEqual(["y"]);
  });
});

describe("explain", () => {
  it("decomposes the score difference by criterion and finds weight flips that tie the scores", () => {
    fc.assert(
      fc.property(matrixArb, (input) => {
        const { p, options } = setup(input);
        const model = buildModel(p, options);
        const e = explain(model, "a0", "a1");
        const total = e.criteria.reduce((s, c) => s + c.difference, 0);
        expect(total).toBeCloseTo(e.scoreA - e.scoreB, 12);
        for (const flip of e.weightFlips) {
          // Re-weight: the flipped criterion gets `to`, the others share the rest proportionally.
          const scale = (1 - flip.to) / (1 - flip.from);
          const weightOf = (id: string, w: number) => (id === flip.criterion ? flip.to : w * scale);
          const diff = e.criteria.reduce(
            (s, c) => s + weightOf(c.criterion, c.weight) * (c.valueA - c.valueB),
            0,
          );
          expect(diff).toBeCloseTo(0, 9);
        }
      }),
    );
  });
});

function hash(text: string, seed: number): number {
  let h = seed | 0;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 2654435761);
  return h;
}
