import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { optionFixture as option } from "../../testing/decision.js";
import type { DecisionOption } from "../model/option.js";
import { type Profile, profileSchema } from "../model/profile.js";
import { deadlines } from "./deadlines.js";
import { informationValues } from "./information-value.js";
import { buildModel } from "./model.js";
import { nextSteps } from "./next.js";
import { contactToAsk, criterionQuestion, postingGaps } from "./questions.js";
import { rankAlternatives } from "./rank.js";
import { type Robustness, robustnessWithDraws } from "./robustness.js";
import { methodsSentence, percentPair, verdict } from "./verdict.js";

function profileOf(extra: Record<string, unknown> = {}, settings: Record<string, unknown> = {}) {
  return profileSchema.parse({
    question: "?",
    criteria: [
      { id: "a", name: "Criterion A", weight: 1 },
      { id: "b", name: "Criterion B", weight: 1 },
    ],
    settings: { samples: 20_000, seed: 4, weightUncertainty: 0, ...settings },
    ...extra,
  });
}

function analyse(profile: Profile, options: DecisionOption[], today = "2026-12-02") {
  const model = buildModel(profile, options);
  const { robustness, draws } = robustnessWithDraws(model);
  return {
    model,
    robustness,
    draws,
    steps: nextSteps({
      profile,
      model,
      ranking: rankAlternatives(model),
      robustness,
      information: informationValues(model, draws),
      postings: new Set(),
      today,
    }),
  };
}

describe("what to find out first", () => {
  // Equal, fixed weights on two 1–5 criteria (partial value (r − 1)/4):
  //   leader  a 3, b 4   → 0.625
  //   decider a 3, b ?   → 0.25 + x/2, x ~ U(0, 1): first when x > 0.75, probability 1/4;
  //                        EVPI = ∫_{0.75}^{1} (0.25 + x/2 − 0.625) dx = 1/64 = 0.015625
  //   hopeless a 1, b ?  → x/2 ≤ 0.5: never first, EVPI 0.
  const options = [
    option("leader", { a: 3, b: 4 }),
    option("decider", { a: 3, b: null }),
    option("hopeless", { a: 1, b: null }),
  ];

  it("finds the rating that decides, with its true value and change probability, and zeroes the other", () => {
    const { steps } = analyse(profileOf(), options);
    const [first, second] = steps.findOutFirst;
    expect(first).toMatchObject({ option: "decider", criterion: "b" });
    expect(Math.abs((first?.changeProbability ?? 0) - 0.25)).toBeLessThan(0.01);
    expect(first?.evpi).toBeCloseTo(1 / 64, 3);
    expect(second).toMatchObject({ option: "hopeless", criterion: "b", evpi: 0 });
    expect(second?.changeProbability).toBe(0);
  });

  it("keeps the value under weight uncertainty close to the fixed-weight one", () => {
    const { steps } = analyse(profileOf({}, { weightUncertainty: 0.1 }), options);
    const first = steps.findOutFirst[0];
    expect(first).toMatchObject({ option: "decider", criterion: "b" });
    expect(Math.abs((first?.changeProbability ?? 0) - 0.25)).toBeLessThan(0.03);
    expect(steps.findOutFirst[1]?.evpi).toBe(0);
  });

  it("gives zero to any rating whose whole range cannot change the winner", () => {
    fc.assert(
      fc.property(
        fc.double({ min: 1, max: 3, noNaN: true }),
        fc.double({ min: 0, max: 2, noNaN: true }),
        fc.double({ min: 1, max: 3, noNaN: true }),
        fc.integer({ min: 1, max: 10_000 }),
        (low, width, other, seed) => {
          // Even at its best (3 on a, 3 on b) the follower scores 0.5 against the leader's 1,
          // whatever the weights within ±25%.
          const profile = profileOf({}, { samples: 2000, seed, weightUncertainty: 0.25 });
          const high = Math.min(3, low + width);
          const { steps } = analyse(profile, [
            option("leader", { a: 5, b: 5 }),
            option("follower", { a: [low, high], b: other }),
          ]);
          for (const entry of steps.findOutFirst) {
            expect(entry.evpi).toBe(0);
            expect(entry.changeProbability).toBe(0);
          }
        },
      ),
      { numRuns: 30 },
    );
  });

  it("never loses value when an interval widens around the same midpoint", () => {
    fc.assert(
      fc.property(
        fc.double({ min: 2, max: 4, noNaN: true }),
        fc.double({ min: 0.05, max: 1, noNaN: true }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.double({ min: 1, max: 5, noNaN: true }),
        fc.integer({ min: 1, max: 10_000 }),
        (mid, half, extra, rival, seed) => {
          const profile = profileOf({}, { samples: 4000, seed, weightUncertainty: 0.25 });
          const wider = Math.min(half + extra, mid - 1, 5 - mid);
          const value = (h: number) => {
            const model = buildModel(profile, [
              option("rival", { a: 3, b: rival }),
              option("unsure", { a: [mid - h, mid + h], b: 3 }),
            ]);
            const { draws } = robustnessWithDraws(model);
            return informationValues(model, draws)[0]?.evpi ?? 0;
          };
          const narrow = value(Math.min(half, wider));
          // Monte Carlo tolerance: the two runs share every uniform draw (same seed, same
          // uncertain cells), so only the fitted means differ.
          expect(value(wider)).toBeGreaterThanOrEqual(narrow - 2e-4);
        },
      ),
      { numRuns: 30 },
    );
  });
});

describe("the verdict", () => {
  it("is clear for an option that dominates", () => {
    const { steps } = analyse(profileOf({}, { weightUncertainty: 0.25 }), [
      option("best", { a: 5, b: 4 }),
      option("worse", { a: 3, b: [2, 4] }),
    ]);
    expect(steps.verdict.kind).toBe("clear");
    expect(steps.verdict.leaders).toEqual(["best"]);
    expect(steps.verdict.text).toMatch(/^best is the clear choice: it comes first in 100%/);
    expect(steps.methods).toEqual({
      wsm: "best",
      topsis: "best",
      promethee2: "best",
      vikor: "best",
      agree: true,
    });
  });

  it("is a tie naming both for two interchangeable options", () => {
    // Mirror images under equal, symmetrically varied weights: each first about half the time.
    const mirrored = analyse(profileOf({}, { weightUncertainty: 0.25 }), [
      option("left", { a: 5, b: 1 }),
      option("right", { a: 1, b: 5 }),
      option("third", { a: 2, b: 2 }),
    ]);
    expect(mirrored.steps.verdict.kind).toBe("tie");
    expect([...mirrored.steps.verdict.leaders].sort()).toEqual(["left", "right"]);
    expect(mirrored.steps.verdict.text).toMatch(/near tie: each comes first in about half/);
    // The very same ratings: they share first place in every simulation.
    const same = analyse(profileOf({}, { weightUncertainty: 0.25 }), [
      option("one", { a: 4, b: 2 }),
      option("two", { a: 4, b: 2 }),
    ]);
    expect(same.steps.verdict.kind).toBe("tie");
    expect(same.steps.verdict.leaders).toEqual(["one", "two"]);
    expect(same.steps.verdict.text).toMatch(/share first place/);
    // Two options with the same title are told apart by their ids, as the ranking does.
    const twins = analyse(profileOf({}, { weightUncertainty: 0.25 }), [
      option("beacon-a", { a: 4, b: 2 }, { title: "Beacon" }),
      option("beacon-b", { a: 4, b: 2 }, { title: "beacon" }),
    ]);
    expect(twins.steps.verdict.text).toContain("Beacon [beacon-a]");
    expect(twins.steps.verdict.text).toContain("beacon [beacon-b]");
  });

  it("follows the contract's thresholds, tie before clear", () => {
    const model = buildModel(profileOf(), [
      option("p", { a: 1, b: 1 }),
      option("q", { a: 1, b: 1 }),
      option("r", { a: 1, b: 1 }),
      option("s", { a: 1, b: 1 }),
    ]);
    const robust = (shares: number[]): Robustness => ({
      samples: 100,
      seed: 1,
      weightModel: "",
      stability: [],
      alternatives: shares.map((b, i) => ({
        id: ["p", "q", "r", "s"][i] as string,
        firstRankAcceptability: b,
        rankAcceptability: [b],
        centralWeights: null,
        confidence: null,
        screenedOut: false,
      })),
    });
    const kind = (shares: number[]) => verdict(model, robust(shares)).kind;
    expect(kind([0.75, 0.2, 0.05, 0])).toBe("clear");
    expect(kind([0.74, 0.2, 0.06, 0])).toBe("fragile");
    expect(kind([0.5, 0.25, 0.25, 0])).toBe("tie");
    expect(verdict(model, robust([0.5, 0.25, 0.25, 0])).leaders).toEqual(["p", "q", "r"]);
    expect(kind([0.39, 0.24, 0.2, 0.17])).toBe("open");
    expect(kind([0.4, 0.24, 0.2, 0.16])).toBe("fragile");
  });

  it("says what it assumes about unrated criteria", () => {
    const { steps } = analyse(profileOf({}, { weightUncertainty: 0.25 }), [
      option("rated", { a: 5, b: 5 }),
      option("unrated", { a: 1, b: null }),
    ]);
    expect(steps.verdict.text).toContain(
      "counting unrated's unrated criterion b as anywhere on its scale",
    );
  });

  it("says which methods put which option first", () => {
    const title = (id: string) => id.toUpperCase();
    expect(
      methodsSentence({ wsm: "a", topsis: "a", promethee2: "a", vikor: "a", agree: true }, title),
    ).toBe("The four ranking methods agree: A comes first by each.");
    expect(
      methodsSentence({ wsm: "a", topsis: "b", promethee2: "a", vikor: "a", agree: false }, title),
    ).toBe(
      "The ranking methods disagree: the weighted sum, PROMETHEE II and VIKOR put A first; TOPSIS puts B first.",
    );
  });

  it("names weights as percentages rounded past the swap", () => {
    expect(percentPair(0.2, 0.1923)).toEqual(["20%", "19%"]);
    expect(percentPair(0.2, 0.4512)).toEqual(["20%", "46%"]);
    expect(percentPair(0.203, 0.2001)).toEqual(["20.3%", "20.0%"]);
  });
});

describe("deadlines", () => {
  it("lists open options with a decide-by date, soonest first, with days left", () => {
    const list = deadlines(
      [
        option("later", {}, { dates: { decideBy: "2027-01-10" } }),
        option("soon", {}, { dates: { decideBy: "2026-12-05" }, status: "offer" }),
        option("past", {}, { dates: { decideBy: "2026-11-30" } }),
        option("closed", {}, { dates: { decideBy: "2026-12-03" }, status: "declined" }),
        option("taken", {}, { dates: { decideBy: "2026-12-03" }, status: "accepted" }),
        option("none", {}),
      ],
      "2026-12-02",
    );
    expect(list).toEqual([
      { option: "past", decideBy: "2026-11-30", daysLeft: -2 },
      { option: "soon", decideBy: "2026-12-05", daysLeft: 3 },
      { option: "later", decideBy: "2027-01-10", daysLeft: 39 },
    ]);
    // Across a leap day and a daylight-saving change: calendar days, not 24-hour blocks.
    expect(
      deadlines([option("x", {}, { dates: { decideBy: "2028-03-30" } })], "2028-02-27")[0]
        ?.daysLeft,
    ).toBe(32);
    expect(() => deadlines([], "tomorrow")).toThrow(/YYYY-MM-DD/);
  });
});

describe("questions", () => {
  it("uses the criterion's own question, else one from its name and description", () => {
    const profile = profileSchema.parse({
      question: "?",
      criteria: [
        {
          id: "team",
          name: "Strong team",
          description: "The calibre of the engineers",
          ask: "Who are the three strongest engineers, and what did they build?",
          weight: 1,
        },
        {
          id: "scope",
          name: "Strategic scope",
          description: "Decision rights over direction",
          weight: 1,
        },
        {
          id: "pay",
          name: "Base pay",
          scale: { kind: "number", unit: "USD/year" },
          weight: 1,
          values: ["compensation"],
        },
      ],
    });
    const [team, scope, pay] = profile.criteria;
    expect(criterionQuestion(team as never)).toBe(
      "Who are the three strongest engineers, and what did they build?",
    );
    expect(criterionQuestion(scope as never)).toBe(
      "Strategic scope: how does this option really measure up? Ask for a recent, concrete example of decision rights over direction.",
    );
    expect(criterionQuestion(pay as never)).toBe(
      "What is the base pay for this option, in USD/year?",
    );
  });

  it("asks what a posting leaves unstated that the person's criteria and must-haves depend on", () => {
    const profile = profileSchema.parse({
      question: "?",
      criteria: [
        { id: "lead", name: "Lead people", weight: 1, values: ["people_leadership"] },
        { id: "pay", name: "Base pay", scale: { kind: "number", unit: "USD/year" }, weight: 1 },
      ],
      mustHaves: [{ fact: "handsOn", oneOf: ["some", "required"] }],
    });
    const posting = option(
      "p",
      { lead: 4, pay: null },
      { facts: { teamSize: { min: 5, max: 8 } } },
    );
    expect(postingGaps(profile, posting).map((g) => g.fact)).toEqual(["handsOn", "compensation"]);
    // Rating pay yourself settles it; reports-to and stage matter to none of these criteria.
    const rated = option("p", { lead: 4, pay: 200_000 }, { facts: { handsOn: "some" } });
    expect(postingGaps(profile, rated).map((g) => g.fact)).toEqual(["teamSize"]);
  });

  it("names the contact most recently in touch", () => {
    const o = option(
      "o",
      {},
      {
        contacts: [
          { name: "Old", lastContact: "2026-01-01" },
          { name: "Recent", lastContact: "2026-11-20" },
          { name: "Never" },
        ],
      },
    );
    expect(contactToAsk(o)).toBe("Recent");
    expect(contactToAsk(option("none", {}))).toBeNull();
  });
});
