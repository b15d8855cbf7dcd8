import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import type { Rating } from "../model/option.js";
import {
  ABOUT_RIGHT,
  type CriterionInfo,
  calibrate,
  expectedValue,
  REVIEW_NAME,
  type ReviewedRecord,
  reviewFileName,
  reviewSchema,
  reviewText,
  type StoredReview,
} from "./review.js";

const HASH = "a".repeat(64);
const scale15 = { kind: "rating" as const, min: 1, max: 5 };

function record(file: string, date: string, expected: Record<string, Rating>): ReviewedRecord {
  return { file, chosen: "x", date, expected };
}

function review(decision: string, date: string, actual: Record<string, number>): StoredReview {
  return {
    file: `${decision.replace(/\.md$/, "")}.review-${date}.md`,
    review: {
      decision,
      decisionSha256: HASH,
      chosen: "x",
      date,
      outcomes: Object.fromEntries(Object.entries(actual).map(([id, a]) => [id, { actual: a }])),
    },
  };
}

const criteria: CriterionInfo[] = [
  { id: "strategy", name: "Strategy", direction: "max", scale: scale15 },
  { id: "commute", name: "Commute", direction: "min", scale: scale15 },
  { id: "pay", name: "Pay", direction: "max", scale: { kind: "number", unit: "USD/year" } },
];

describe("calibrate: expected against actual", () => {
  it("works a hand case: mean signed error per criterion, read with its direction", () => {
    const records = [
      record("decisions/2025-01-01-a.md", "2025-01-01", {
        strategy: 4,
        commute: 2,
        pay: [100000, 140000],
      }),
      record("decisions/2026-01-01-b.md", "2026-01-01", { strategy: 5, commute: 3, pay: null }),
    ];
    const reviews = [
      review("decisions/2025-01-01-a.md", "2025-06-01", { strategy: 3, commute: 3, pay: 120000 }),
      review("decisions/2026-01-01-b.md", "2026-06-01", { strategy: 3, commute: 3, pay: 90000 }),
    ];
    const result = calibrate(records, reviews, criteria);
    const by = Object.fromEntries(result.criteria.map((c) => [c.criterion, c]));
    // strategy: (3−4 + 3−5)/2 = −1.5 on a max criterion: too hopeful, −1.5/4 of the scale.
    expect(by.strategy?.meanSignedError).toBe(-1.5);
    expect(by.strategy?.meanSignedErrorShare).toBe(-0.375);
    expect(by.strategy?.lean).toBe("too hopeful");
    expect(by.strategy?.text).toContain("1.5 points worse than you rated it");
    // commute (min: less is better): (3−2 + 3−3)/2 = +0.5, more than hoped: too hopeful.
    expect(by.commute?.meanSignedError).toBe(0.5);
    expect(by.commute?.lean).toBe("too hopeful");
    // pay: only decision a had an expectation (midpoint 120000), exactly met.
    expect(by.pay?.decisions).toBe(1);
    expect(by.pay?.meanSignedError).toBe(0);
    expect(by.pay?.meanSignedErrorShare).toBeNull();
    expect(by.pay?.lean).toBe("about right");
    // Decision b's pay row has no expectation, and says so.
    const b = result.decisions.find((d) => d.file.endsWith("-b.md"));
    expect(b?.rows.find((r) => r.criterion === "pay")).toMatchObject({ error: null, lean: null });
    // Most hopeful first (share of scale: strategy 0.375 worse, commute 0.125).
    expect(result.criteria.map((c) => c.criterion)).toEqual(["strategy", "commute", "pay"]);
    expect(result.summary).toBe(
      "Across 2 reviewed decisions, you were too hopeful about Strategy and Commute; about right on Pay.",
    );
  });

  it("takes a decision's latest review per criterion, and ignores reviews of unknown records", () => {
    const records = [record("decisions/2025-01-01-a.md", "2025-01-01", { strategy: 4 })];
    const reviews = [
      review("decisions/2025-01-01-a.md", "2026-01-01", { strategy: 5 }),
      review("decisions/2025-01-01-a.md", "2025-06-01", { strategy: 2 }),
      review("decisions/2024-01-01-gone.md", "2025-06-01", { strategy: 1 }),
    ];
    const result = calibrate(records, reviews, criteria);
    expect(result.decisions).toHaveLength(1);
    expect(result.decisions[0]?.reviewed).toBe("2026-01-01");
    expect(result.criteria[0]).toMatchObject({ meanSignedError: 1, lean: "too gloomy" });
  });

  it("says so when nothing was reviewed", () => {
    expect(calibrate([], [], criteria)).toEqual({
      decisions: [],
      criteria: [],
      summary: "No decision has been reviewed yet.",
    });
  });

  const ratingArb = fc.oneof(
    fc.integer({ min: 1, max: 5 }),
    fc
      .tuple(fc.integer({ min: 1, max: 5 }), fc.integer({ min: 1, max: 5 }))
      .map(([a, b]) => [Math.min(a, b), Math.max(a, b)] as [number, number]),
  );
  const cases = fc.array(fc.tuple(ratingArb, fc.integer({ min: 1, max: 5 })), {
    minLength: 1,
    maxLength: 8,
  });
  const build = (pairs: [Rating, number][], shift = 0) => {
    const records = pairs.map(([expected], i) =>
      record(`decisions/2025-01-${String(i + 1).padStart(2, "0")}-o.md`, `2025-01-0${i}`, {
        strategy: expected,
        commute: expected,
      }),
    );
    const reviews = pairs.map(([, actual], i) =>
      review(records[i]?.file as string, "2026-01-01", {
        strategy: actual + shift,
        commute: actual + shift,
      }),
    );
    return { records, reviews };
  };

  it("property: the mean signed error is the mean of actual − expected (midpoints)", () => {
    fc.assert(
      fc.property(cases, (pairs) => {
        const { records, reviews } = build(pairs);
        const got = calibrate(records, reviews, criteria).criteria.find(
          (c) => c.criterion === "strategy",
        );
        const want =
          pairs.reduce((s, [e, a]) => s + a - (expectedValue(e) as number), 0) / pairs.length;
        expect(got?.meanSignedError).toBeCloseTo(want, 12);
        expect(got?.decisions).toBe(pairs.length);
      }),
    );
  });

  it("property: shifting every outcome by c shifts the error by c; order does not matter", () => {
    fc.assert(
      fc.property(cases, fc.integer({ min: -3, max: 3 }), (pairs, c) => {
        const base = build(pairs);
        const shifted = build(pairs, c);
        const e0 = calibrate(base.records, base.reviews, criteria).criteria.find(
          (x) => x.criterion === "strategy",
        );
        const e1 = calibrate(
          [...shifted.records].reverse(),
          [...shifted.reviews].reverse(),
          criteria,
        ).criteria.find((x) => x.criterion === "strategy");
        expect((e1?.meanSignedError ?? 0) - (e0?.meanSignedError ?? 0)).toBeCloseTo(c, 12);
      }),
    );
  });

  it("property: the lean follows the direction: the same numbers read opposite for min and max", () => {
    fc.assert(
      fc.property(cases, (pairs) => {
        const { records, reviews } = build(pairs);
        const result = calibrate(records, reviews, criteria).criteria;
        const max = result.find((c) => c.criterion === "strategy");
        const min = result.find((c) => c.criterion === "commute");
        expect(max?.meanSignedError).toBe(min?.meanSignedError);
        const share = Math.abs(max?.meanSignedErrorShare ?? 0);
        if (share < ABOUT_RIGHT) {
          expect([max?.lean, min?.lean]).toEqual(["about right", "about right"]);
        } else {
          const mine = (max?.meanSignedError ?? 0) < 0 ? "too hopeful" : "too gloomy";
          const other = mine === "too hopeful" ? "too gloomy" : "too hopeful";
          expect([max?.lean, min?.lean]).toEqual([mine, other]);
        }
      }),
    );
  });
});

describe("review files", () => {
  it("names a review beside its record, -2 when taken, and the records' reader tells them apart", () => {
    const first = reviewFileName("decisions/2026-12-02-seed-cto.md", "2027-06-01", new Set());
    expect(first).toBe("decisions/2026-12-02-seed-cto.review-2027-06-01.md");
    const second = reviewFileName(
      "decisions/2026-12-02-seed-cto.md",
      "2027-06-01",
      new Set(["2026-12-02-seed-cto.review-2027-06-01.md"]),
    );
    expect(second).toBe("decisions/2026-12-02-seed-cto.review-2027-06-01-2.md");
    for (const name of [first, second]) expect(REVIEW_NAME.test(name.slice(10))).toBe(true);
    expect(REVIEW_NAME.test("2026-12-02-seed-cto.md")).toBe(false);
    expect(REVIEW_NAME.test("2026-12-02-seed-cto-2.md")).toBe(false);
  });

  it("property: the text reads back as the review it was written from", () => {
    fc.assert(
      fc.property(
        fc.dictionary(
          fc.stringMatching(/^[a-z][a-z0-9_-]{0,8}$/),
          fc.record({
            expected: fc.oneof(
              fc.double({ min: -1e6, max: 1e6, noNaN: true }),
              fc.constant(null),
              fc
                .tuple(fc.integer({ min: 0, max: 9 }), fc.integer({ min: 10, max: 99 }))
                .map(([a, b]) => [a, b] as [number, number]),
            ),
            actual: fc.double({ min: -1e6, max: 1e6, noNaN: true }),
          }),
          { minKeys: 1 },
        ),
        (outcomes) => {
          const written = {
            decision: "decisions/2026-12-02-seed-cto.md",
            decisionSha256: HASH,
            chosen: "seed-cto",
            date: "2027-06-01",
            outcomes,
          };
          const text = reviewText(written, "Founding CTO", "It went well.");
          const front = parse(text.split(/^---$/m)[1] ?? "");
          const read = reviewSchema.parse(front);
          expect(read).toEqual(JSON.parse(JSON.stringify(written)));
          expect(text).toContain("It went well.");
        },
      ),
    );
  });
});
