import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { isBearingError } from "../errors.js";
import { missingRates } from "./check.js";
import {
  annualise,
  fromProfileCurrency,
  type MoneyContext,
  moneyContext,
  parseMoneyUnit,
  toProfileCurrency,
} from "./convert.js";
import {
  type CompensationPackage,
  compensationPackageSchema,
  moneySettingsSchema,
} from "./schema.js";
import { estimateCompensation, select, summarise, trancheFractions } from "./simulate.js";
import { DEFAULT_STAGE_FIGURES, stageFigures } from "./stages.js";

function ctx(over: Partial<MoneyContext> = {}): MoneyContext {
  return {
    ...moneyContext({ settings: { samples: 10_000, seed: 7 } as never }),
    ...over,
  };
}

/** A compensation block as a user writes it (defaults filled by the schema). */
function comp(input: unknown): CompensationPackage {
  return compensationPackageSchema.parse(input);
}

describe("conversions against hand-worked figures (issue 12's acceptance list)", () => {
  it("USD 200,000 base + 10% target bonus is 220,000 exactly", () => {
    const e = estimateCompensation(
      comp({ base: { amount: 200_000, currency: "USD" }, bonus: { targetPercent: 10 } }),
      ctx(),
    );
    expect(e.annual).toEqual({ p10: 220_000, p50: 220_000, p90: 220_000, mean: 220_000 });
    expect(e.parts.map((p) => [p.kind, p.mean])).toEqual([
      ["base", 200_000],
      ["bonus", 20_000],
    ]);
  });

  it("GBP 100,000 at 1.25 is 125,000", () => {
    const e = estimateCompensation(
      comp({ base: { amount: 100_000, currency: "GBP", period: "year" } }),
      ctx({ rates: { GBP: 1.25 }, ratesAsOf: "2026-11-30" }),
    );
    expect(e.annual.mean).toBe(125_000);
    expect(e.assumptions).toContain("GBP at 1.25 USD (2026-11-30)");
  });

  it("EUR 800 a day × 200 days at 1.10 is 176,000", () => {
    const e = estimateCompensation(
      comp({ dayRate: { amount: 800, currency: "EUR", daysPerYear: 200 } }),
      ctx({ rates: { EUR: 1.1 } }),
    );
    expect(e.annual).toEqual({ p10: 176_000, p50: 176_000, p90: 176_000, mean: 176_000 });
  });

  it("USD 10,000 a month is 120,000; USD 100 an hour is 176,000 at 220 working days", () => {
    expect(
      estimateCompensation(comp({ base: { amount: 10_000, period: "month" } }), ctx()).annual.mean,
    ).toBe(120_000);
    expect(
      estimateCompensation(comp({ base: { amount: 100, period: "hour" } }), ctx()).annual.mean,
    ).toBe(176_000);
    // 100 × 8 h × 220 days; a week is 5 days (52 weeks a year).
    expect(annualise(100, "hour", 220)).toBe(176_000);
    expect(annualise(2_000, "week", 220)).toBe(104_000);
    expect(annualise(700, "day", 200)).toBe(140_000);
  });

  it("a retainer is monthly by default; sign-on is spread over the horizon", () => {
    const e = estimateCompensation(
      comp({ retainer: { amount: 8_000 }, signOn: { amount: 40_000 } }),
      ctx({ horizonYears: 4 }),
    );
    expect(e.parts.map((p) => [p.kind, p.mean])).toEqual([
      ["signOn", 10_000],
      ["retainer", 96_000],
    ]);
    expect(e.annual.mean).toBe(106_000);
  });

  it("RSUs of 400,000 over 4 years on a 150,000 base at an enterprise: mean within 10% of 250,000", () => {
    const e = estimateCompensation(
      comp({ base: { amount: 150_000 }, equity: [{ kind: "rsu", value: 400_000, vestYears: 4 }] }),
      ctx(),
      "enterprise",
    );
    expect(Math.abs(e.annual.mean - 250_000) / 250_000).toBeLessThan(0.1);
    expect(e.annual.p10).toBeLessThanOrEqual(e.annual.p50);
    expect(e.annual.p50).toBeLessThanOrEqual(e.annual.p90);
    // The share price varies: the RSUs are a spread, not a point.
    expect(e.annual.p90 - e.annual.p10).toBeGreaterThan(10_000);
    expect(e.assumptions.some((a) => a.includes("volatility 30%"))).toBe(true);
  });

  it("options at an early-stage company: equity p10 = 0 and p90 > 0", () => {
    const e = estimateCompensation(
      comp({
        base: { amount: 160_000 },
        equity: [{ kind: "options", shares: 200_000, strike: 0.5, sharePrice: 2, vestYears: 4 }],
      }),
      ctx(),
      "early",
    );
    const equity = e.parts.find((p) => p.kind === "equity");
    expect(equity?.p10).toBe(0);
    expect(equity?.p90).toBeGreaterThan(0);
    // Three quarters of outcomes are worthless (Hall & Woodward 2010): the median is 0 too.
    expect(equity?.p50).toBe(0);
    expect(e.annual.p10).toBe(160_000);
  });

  it("equity at an unknown stage is valued as growth, and the assumptions say so", () => {
    const e = estimateCompensation(comp({ equity: [{ kind: "rsu", value: 100_000 }] }), ctx());
    expect(e.assumptions).toContain("company stage not given: growth assumed for equity");
  });

  it("is reproducible with the seed and changes with it", () => {
    const c = comp({ equity: [{ kind: "rsu", value: 400_000 }] });
    const a = estimateCompensation(c, ctx(), "growth");
    expect(estimateCompensation(c, ctx(), "growth").annual).toEqual(a.annual);
    expect(estimateCompensation(c, ctx({ seed: 8 }), "growth").annual).not.toEqual(a.annual);
  });

  it("counts only what vests within the horizon", () => {
    expect(trancheFractions(4, 4)).toEqual([0.25, 0.25, 0.25, 0.25]);
    expect(trancheFractions(4, 2.5)).toEqual([0.25, 0.25, 0.125]);
    expect(trancheFractions(3, 4)).toEqual([1 / 3, 1 / 3, 1 / 3]);
    // 400,000 over 4 years, horizon 2: 200,000 vests, 100,000 a year (no volatility at a
    // stage overridden to certainty).
    const certain = stageFigures({
      stages: { enterprise: { volatility: 0 } },
    });
    const e = estimateCompensation(
      comp({ equity: [{ kind: "rsu", value: 400_000, vestYears: 4 }] }),
      ctx({ horizonYears: 2, stages: certain }),
      "enterprise",
    );
    expect(e.annual).toEqual({ p10: 100_000, p50: 100_000, p90: 100_000, mean: 100_000 });
  });

  it("a currency without a rate is refused, naming it and the line to add", () => {
    try {
      estimateCompensation(comp({ base: { amount: 9_000_000, currency: "JPY" } }), ctx());
      expect.unreachable();
    } catch (error) {
      expect(isBearingError(error)).toBe(true);
      if (!isBearingError(error)) return;
      expect(error.issues[0]?.message).toContain("JPY");
      expect(error.issues[0]?.hint).toContain('"JPY: <what 1 JPY is worth in USD>"');
    }
    expect(
      missingRates(
        comp({
          base: { amount: 1, currency: "JPY" },
          equity: [{ kind: "rsu", value: 1, currency: "CHF" }],
        }),
        { currency: "USD", rates: { CHF: 1.1 } },
      ),
    ).toEqual([{ currency: "JPY", path: ["compensation", "base", "currency"] }]);
  });

  it("a number out of its bounds says which bound, as the profile's numbers do", () => {
    const messages = (
      schema: typeof compensationPackageSchema | typeof moneySettingsSchema,
      input: unknown,
    ) =>
      schema.safeParse(input).error?.issues.map((issue) => [issue.path.join("."), issue.message]);
    expect(
      messages(compensationPackageSchema, {
        base: { amount: -5 },
        equity: [{ kind: "rsu", value: 100, vestYears: 30 }],
      }),
    ).toEqual([
      ["base.amount", "-5 is too small: use a number of at least 0"],
      ["equity.0.vestYears", "30 is too large: use a number of at most 20"],
    ]);
    expect(messages(moneySettingsSchema, { horizonYears: 0 })).toEqual([
      ["horizonYears", "0 is too small: use a number above 0"],
    ]);
  });

  it("reads money units", () => {
    expect(parseMoneyUnit("USD/year")).toEqual({ currency: "USD", period: "year" });
    expect(parseMoneyUnit("EUR / day")).toEqual({ currency: "EUR", period: "day" });
    expect(parseMoneyUnit("hours/week")).toBeNull();
  });

  it("percentiles interpolate between order statistics (type 7)", () => {
    const s = summarise(Float64Array.from([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]));
    expect(s).toEqual({ p10: 2, p50: 6, p90: 10, mean: 6 });
    // Never -0, which would print as "-0".
    expect(Object.is(summarise(Float64Array.from([-0])).mean, 0)).toBe(true);
    expect(Object.is(summarise(Float64Array.from([-0, 0, -0])).p10, 0)).toBe(true);
  });

  it("the stage defaults are the cited figures, and overrides replace only what they name", () => {
    expect(DEFAULT_STAGE_FIGURES.early.chanceOfValue).toBe(0.25);
    expect(DEFAULT_STAGE_FIGURES.early.dilutionPerRound).toBe(0.2);
    const merged = stageFigures({ stages: { early: { chanceOfValue: 0.1 } } });
    expect(merged.early).toEqual({ ...DEFAULT_STAGE_FIGURES.early, chanceOfValue: 0.1 });
    expect(merged.growth).toEqual(DEFAULT_STAGE_FIGURES.growth);
  });
});

describe("properties", () => {
  it("percentiles by selection are those of the sorted values", () => {
    const sorted = (xs: number[]) => Float64Array.from(xs).sort();
    fc.assert(
      fc.property(
        fc.array(fc.oneof(fc.integer({ min: -5, max: 5 }), fc.double({ noNaN: true })), {
          minLength: 1,
          maxLength: 300,
        }),
        fc.nat(),
        (xs, k0) => {
          const s = sorted(xs);
          const k = k0 % xs.length;
          // (+ 0 makes -0 and 0 alike: a sort orders them, a selection need not.)
          expect(select(Float64Array.from(xs), k) + 0).toBe((s[k] ?? Number.NaN) + 0);
          const q = (p: number) => {
            const h = (xs.length - 1) * p;
            const lo = Math.floor(h);
            const a = s[lo] ?? 0;
            const b = s[Math.min(lo + 1, xs.length - 1)] ?? a;
            return Math.round((a + (h - lo) * (b - a)) * 100) / 100 + 0;
          };
          const mean = xs.reduce((t, x) => t + x, 0) / xs.length;
          if (!xs.every((x) => Number.isFinite(x))) return;
          const summary = summarise(Float64Array.from(xs));
          expect(summary).toEqual({
            p10: q(0.1),
            p50: q(0.5),
            p90: q(0.9),
            mean: Math.round(mean * 100) / 100 + 0,
          });
        },
      ),
      { numRuns: 300 },
    );
  });

  const small = ctx({ samples: 400 });
  const stage = fc.constantFrom("early" as const, "growth" as const, "enterprise" as const);

  it("more shares or a higher share price never lowers p90", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 1_000_000 }),
        fc.integer({ min: 0, max: 1_000_000 }),
        fc.double({ min: 0, max: 50, noNaN: true }),
        fc.double({ min: 0, max: 50, noNaN: true }),
        fc.double({ min: 0, max: 20, noNaN: true }),
        stage,
        (shares, moreShares, price, morePrice, strike, s) => {
          const p90 = (n: number, p: number) =>
            estimateCompensation(
              comp({ equity: [{ kind: "options", shares: n, strike, sharePrice: p }] }),
              small,
              s,
            ).annual.p90;
          const base = p90(shares, price);
          expect(p90(shares + moreShares, price)).toBeGreaterThanOrEqual(base);
          expect(p90(shares, price + morePrice)).toBeGreaterThanOrEqual(base);
        },
      ),
      { numRuns: 60 },
    );
  });

  it("converting there and back returns the amount", () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0, max: 1e9, noNaN: true }),
        fc.double({ min: 1e-4, max: 1e4, noNaN: true }),
        (amount, rate) => {
          const c = { currency: "USD", rates: { GBP: rate } };
          const back = fromProfileCurrency(toProfileCurrency(amount, "GBP", c), "GBP", c);
          expect(back).toBeCloseTo(amount, 6 - Math.max(0, Math.ceil(Math.log10(amount + 1))));
          expect(Math.abs(back - amount)).toBeLessThanOrEqual(1e-9 * Math.max(1, amount));
        },
      ),
    );
  });

  // Of the parts whose only uncertainty is the interval itself. (An RSU grant's value is
  // multiplied by the share-price factor, so [0, 2] × price can spread less than 2 × price.)
  it("a wider interval never narrows the spread", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 500_000 }),
        fc.integer({ min: 0, max: 200_000 }),
        fc.integer({ min: 0, max: 200_000 }),
        fc.integer({ min: 0, max: 200_000 }),
        fc.constantFrom("base", "dayRate", "signOn", "retainer"),
        (low, width, widenLow, widenHigh, where) => {
          const block = (interval: [number, number]) =>
            comp(
              where === "base"
                ? { base: { amount: interval }, bonus: { targetPercent: 10 } }
                : where === "dayRate"
                  ? { dayRate: { amount: interval.map((x) => x / 200) } }
                  : where === "signOn"
                    ? { signOn: { amount: interval } }
                    : { retainer: { amount: interval.map((x) => x / 12) } },
            );
          const spread = (interval: [number, number]) => {
            const { p10, p90 } = estimateCompensation(block(interval), small, "enterprise").annual;
            return p90 - p10;
          };
          const narrow: [number, number] = [low + widenLow, low + widenLow + width];
          const wide: [number, number] = [low, low + widenLow + width + widenHigh];
          expect(spread(wide)).toBeGreaterThanOrEqual(spread(narrow) - 0.02);
        },
      ),
      { numRuns: 80 },
    );
  });
});
