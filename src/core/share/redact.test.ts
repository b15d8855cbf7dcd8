import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { optionFixture as option } from "../../testing/decision.js";
import { buildModel } from "../decision/model.js";
import { rankAlternatives } from "../decision/rank.js";
import type { DecisionOption } from "../model/option.js";
import { type Profile, profileSchema } from "../model/profile.js";
import { optionLetter, redactWorkspace, SHARED_QUESTION, scrubText } from "./redact.js";

function profileOf(extra: Record<string, unknown> = {}): Profile {
  return profileSchema.parse({
    question: "Should I leave Acme Robotics for the Globex job?",
    values: [{ id: "impact", note: "My partner Sam wants us near Leeds" }],
    criteria: [
      { id: "craft", name: "Craft", points: 40, description: "Better than at Globex" },
      {
        id: "pay",
        name: "Base pay",
        points: 30,
        scale: { kind: "number", unit: "GBP/year", min: 80000, max: 200000 },
      },
      { id: "secret", name: "Near my mother", points: 30, private: true },
    ],
    weighting: { method: "points" },
    mustHaves: [{ label: "At least £100k", criterion: "pay", atLeast: 100000 }],
    ...extra,
  });
}

function options(): DecisionOption[] {
  return [
    option(
      "globex-vp",
      { craft: 4, pay: 150000, secret: 2 },
      {
        title: "VP Engineering, Globex",
        organisation: "Globex",
        path: "executive",
        status: "offer",
        contacts: [{ name: "Hank Scorpio", role: "CEO" }],
        company: { headcount: 900, stage: "growth" },
        facts: { compensation: { min: 140000, max: 160000, currency: "GBP", period: "year" } },
        nextStep: "Call Hank on Friday",
        dates: { added: "2026-10-01" },
        body: "Globex builds doomsday devices.",
      },
    ),
    option("acme-stay", { craft: 3, pay: [90000, 120000], secret: 5 }, { path: "ic" }),
    option("initech-cto", { craft: 5, pay: null, secret: 1 }, { path: "founder" }),
    option("hidden", { craft: 5, pay: 190000, secret: 5 }, { private: true }),
  ];
}

function order(profile: Profile, opts: readonly DecisionOption[]) {
  const ranking = rankAlternatives(buildModel(profile, opts));
  return ranking.alternatives.map((a) => ({
    rank: a.rank,
    score: a.score,
    range: a.scoreRange,
    eligible: a.eligible,
  }));
}

describe("redactWorkspace", () => {
  it("leaves out the names, organisations, contacts, notes, amounts and the question", () => {
    const profile = profileOf();
    const redacted = redactWorkspace(profile, options());
    const text = JSON.stringify(redacted.profile) + JSON.stringify(redacted.options);
    for (const secret of [
      "Globex",
      "Acme",
      "Hank",
      "Scorpio",
      "150000",
      "140000",
      "160000",
      "100000",
      "80000",
      "200000",
      "100k",
      "doomsday",
      "Leeds",
      "mother",
      "globex-vp",
      "hidden",
      "2026-10-01",
    ])
      expect(text).not.toContain(secret);
    expect(redacted.profile.question).toBe(SHARED_QUESTION);
    expect(redacted.options.map((o) => o.title)).toEqual([
      "Option A — Individual contributor",
      "Option B — Executive",
      "Option C — Founder",
    ]);
    expect(redacted.options.map((o) => o.id)).toEqual(["option-a", "option-b", "option-c"]);
    expect(redacted.ids).toEqual({
      "acme-stay": "option-a",
      "globex-vp": "option-b",
      "initech-cto": "option-c",
    });
    // The private criterion keeps its weight, not its name.
    expect(redacted.profile.criteria[2]?.name).toBe("Criterion 1 (private)");
    expect(redacted.profile.criteria[2]?.points).toBe(30);
    // The company's stage survives (must-haves on stage read it); nothing else of it.
    expect(redacted.options[1]?.facts).toEqual({ stage: "growth" });
    const kinds = new Set(redacted.leftOut.map((l) => l.kind));
    for (const kind of ["question", "names", "organisations", "contacts", "notes", "money"])
      expect(kinds).toContain(kind);
    expect(redacted.leftOut).toContainEqual({
      kind: "private",
      file: "options/hidden.md",
      what: "an option marked private (left out whole)",
    });
    expect(redacted.moneyCriteria).toEqual(["pay"]);
  });

  it("shares a money rating as its partial value: 150000 on 80000–200000 is 70/120", () => {
    const redacted = redactWorkspace(profileOf(), options());
    const b = redacted.options.find((o) => o.id === "option-b");
    expect(b?.ratings.pay).toBeCloseTo(70_000 / 120_000, 12);
    const a = redacted.options.find((o) => o.id === "option-a");
    expect(a?.ratings.pay).toEqual([10_000 / 120_000, 40_000 / 120_000]);
    expect(redacted.options.find((o) => o.id === "option-c")?.ratings.pay).toBeNull();
    // The must-have "at least 100000" becomes "at least 20000/120000" on the 0–1 scale.
    const mustHave = redacted.profile.mustHaves[0] as { atLeast?: number; label?: string };
    expect(mustHave.atLeast).toBeCloseTo(20_000 / 120_000, 12);
    expect(mustHave.label).toBe("Base pay at least an amount you set");
  });

  it("ranks exactly as the original (scores, ranges, must-have screens)", () => {
    const profile = profileOf();
    const all = options();
    const inPlay = all.filter((o) => !o.private);
    const redacted = redactWorkspace(profile, all);
    expect(order(redacted.profile, redacted.options)).toEqual(
      order(profile, inPlay).map((row) => ({ ...row, score: expect.closeTo(row.score, 12) })),
    );
  });

  it("ranks as the original for any ratings, bounds and must-have (property)", () => {
    const rating = fc.oneof(
      fc.constant(null),
      fc.integer({ min: 50_000, max: 250_000 }),
      fc
        .tuple(fc.integer({ min: 50_000, max: 250_000 }), fc.integer({ min: 0, max: 50_000 }))
        .map(([low, span]) => [low, low + span] as [number, number]),
    );
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.integer({ min: 1, max: 5 }), rating), { minLength: 1, maxLength: 6 }),
        fc.constantFrom("max", "min"),
        fc.integer({ min: 60_000, max: 240_000 }),
        fc.boolean(),
        (rows, direction, bound, piecewise) => {
          const profile = profileSchema.parse({
            question: "q",
            criteria: [
              { id: "craft", name: "Craft", weight: 2 },
              {
                id: "pay",
                name: "Pay",
                weight: 1,
                direction,
                scale: { kind: "number", unit: "USD/year" },
                ...(piecewise
                  ? {
                      valueFunction: {
                        type: "piecewise",
                        points: [
                          [60_000, 0],
                          [150_000, 0.8],
                          [250_000, 1],
                        ],
                      },
                    }
                  : {}),
              },
            ],
            mustHaves: [{ criterion: "pay", atMost: bound }],
          });
          const opts = rows.map(([craft, pay], i) => option(`o${i}`, { craft, pay }));
          const redacted = redactWorkspace(profile, opts);
          if (redacted.profile.mustHaves.length === 0) {
            // Clamped at the scale's end, no 0–1 bound screens alike: left out, and said so.
            expect(redacted.leftOut.map((l) => l.what)).toContain(
              "mustHaves[0]: a must-have on an amount (no 0–1 bound screens exactly as it does)",
            );
            return;
          }
          const before = rankAlternatives(buildModel(profile, opts));
          const after = rankAlternatives(buildModel(redacted.profile, redacted.options));
          const byId = new Map(after.alternatives.map((a) => [a.id, a]));
          for (const alt of before.alternatives) {
            const twin = byId.get(redacted.ids[alt.id] as string);
            expect(twin?.rank).toBe(alt.rank);
            expect(twin?.eligible).toBe(alt.eligible);
            expect(twin?.score).toBeCloseTo(alt.score, 9);
          }
        },
      ),
      { numRuns: 200 },
    );
  });

  it("keeps what the user asks to keep", () => {
    const redacted = redactWorkspace(profileOf(), options(), {
      keep: ["question", "names", "organisations", "contacts", "notes", "money", "private"],
    });
    expect(redacted.leftOut).toEqual([]);
    expect(redacted.profile.question).toContain("Acme");
    expect(redacted.options.map((o) => o.id).sort()).toEqual([
      "acme-stay",
      "globex-vp",
      "hidden",
      "initech-cto",
    ]);
    expect(redacted.options.find((o) => o.id === "globex-vp")?.ratings.pay).toBe(150000);
  });

  it("scrubs organisations, contacts and amounts from the free text that stays", () => {
    const redacted = redactWorkspace(profileOf(), options());
    expect(redacted.profile.criteria[0]?.description).toBe("Better than at [left out]");
    expect(scrubText("at least $150k or 150,000 USD, EUR 80k, 95000", [], true)).toBe(
      "at least [amount] or [amount], [amount], [amount]",
    );
    expect(scrubText("Globex's globex team, not Globexia", ["Globex"], false)).toBe(
      "[left out]'s [left out] team, not Globexia",
    );
    expect(scrubText("rated 5 of 5", [], true)).toBe("rated 5 of 5");
  });

  it("letters run A…Z then AA, AB", () => {
    expect([0, 1, 25, 26, 27, 701, 702].map(optionLetter)).toEqual([
      "A",
      "B",
      "Z",
      "AA",
      "AB",
      "ZZ",
      "AAA",
    ]);
  });
});
