/**
 * The money fields of a workspace, as in `../shared/spec/contracts.md` ("Money"):
 * - `bearing.yaml` → `money`: the profile currency, the exchange rates the user trusts (with
 *   their date), working days per year, the horizon annual figures are averaged over, and
 *   optional overrides of the equity-risk figures by company stage (see `stages.ts`);
 * - option front matter → `compensation`: base, bonus, sign-on, equity grants, day rate and
 *   retainer. Any amount may be an interval `[low, high]` when unsure.
 *
 * It imports neither `model/profile.ts` nor `model/option.ts`, which import it; its numbers
 * are theirs (`model/number.ts`).
 */
import { z } from "zod";
import { finite } from "../model/number.js";

/** ISO 4217 currency codes: three capital letters. */
export const CURRENCY_PATTERN = /^[A-Z]{3}$/;
export const currencySchema = z
  .string()
  .regex(CURRENCY_PATTERN, "use an ISO 4217 code such as USD, EUR or GBP");

/** Periods an amount may be stated per (contracts.md: hour | day | week | month | year). */
export const MONEY_PERIODS = ["hour", "day", "week", "month", "year"] as const;
export type MoneyPeriod = (typeof MONEY_PERIODS)[number];

/** An amount of money, or an interval `[low, high]` when unsure; never negative. */
export const amountSchema = z.union([
  finite().min(0),
  z.tuple([finite().min(0), finite().min(0)]).refine(([low, high]) => low <= high, {
    message: "an interval is [low, high] with low <= high",
  }),
]);
export type Amount = z.infer<typeof amountSchema>;

/** A share count, price or percentage: a non-negative number or an interval. */
const quantitySchema = amountSchema;

/** Pay per period (base pay, a bonus stated as an amount, a retainer). */
const periodicSchema = (defaultPeriod: MoneyPeriod) =>
  z
    .object({
      amount: amountSchema,
      /** Defaults to the profile currency. */
      currency: currencySchema.optional(),
      period: z.enum(MONEY_PERIODS).default(defaultPeriod),
    })
    .strict();

export const bonusSchema = z.union([
  z
    .object({
      /** Target bonus as a percentage of base pay (paid at target). */
      targetPercent: quantitySchema,
    })
    .strict(),
  periodicSchema("year"),
]);

export const rsuGrantSchema = z
  .object({
    kind: z.literal("rsu"),
    /** Grant value at today's share price, in `currency`. */
    value: amountSchema,
    currency: currencySchema.optional(),
    /** Years over which the grant vests, in equal yearly tranches (default 4). */
    vestYears: finite().positive().max(20).default(4),
  })
  .strict();

export const optionGrantSchema = z
  .object({
    kind: z.literal("options"),
    /** Number of shares the options buy. */
    shares: quantitySchema,
    /** Exercise price per share. */
    strike: finite().min(0),
    /** Today's value of one share (the latest round's or the 409A price). */
    sharePrice: quantitySchema,
    currency: currencySchema.optional(),
    vestYears: finite().positive().max(20).default(4),
  })
  .strict();

export const equityGrantSchema = z.discriminatedUnion("kind", [rsuGrantSchema, optionGrantSchema]);
export type EquityGrant = z.infer<typeof equityGrantSchema>;

/** The `compensation` block of an option's front matter. Every part is optional. */
export const compensationPackageSchema = z
  .object({
    base: periodicSchema("year").optional(),
    bonus: bonusSchema.optional(),
    /** Paid once; spread over the horizon. */
    signOn: z
      .object({ amount: amountSchema, currency: currencySchema.optional() })
      .strict()
      .optional(),
    equity: z.array(equityGrantSchema).optional(),
    /** Independent work: a day rate and the days billed per year. */
    dayRate: z
      .object({
        amount: amountSchema,
        currency: currencySchema.optional(),
        /** Days billed per year; default `money.workingDaysPerYear`. */
        daysPerYear: finite().positive().max(366).optional(),
      })
      .strict()
      .optional(),
    retainer: periodicSchema("month").optional(),
  })
  .strict();
export type CompensationPackage = z.infer<typeof compensationPackageSchema>;

/**
 * Equity-risk figures for one company stage (defaults and sources in `stages.ts`). Each is
 * optional in `bearing.yaml`: what is given overrides the default.
 */
export const stageFiguresSchema = z
  .object({
    /** Chance the equity is ever worth anything (0–1). */
    chanceOfValue: finite().min(0).max(1).optional(),
    /** Median multiple of today's share value at exit, when it is worth something. */
    outcomeMedian: finite().positive().optional(),
    /** Spread of that multiple: the standard deviation of its natural log. */
    outcomeSpread: finite().min(0).max(5).optional(),
    /** Funding rounds expected before an exit. */
    roundsToExit: finite().min(0).max(20).optional(),
    /** Share of the company each round sells (0–1). */
    dilutionPerRound: finite().min(0).max(0.95).optional(),
    /** Annual volatility of the share price (listed shares), e.g. 0.3 for 30%. */
    volatility: finite().min(0).max(3).optional(),
  })
  .strict();
export type StageFiguresInput = z.infer<typeof stageFiguresSchema>;

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** The `money` block of `bearing.yaml`. */
export const moneySettingsSchema = z
  .object({
    /** The profile currency: every annual figure is in it. */
    currency: currencySchema.default("USD"),
    /** 1 unit of each currency in the profile currency, as the user trusts it; never fetched. */
    rates: z.record(z.string().regex(CURRENCY_PATTERN), finite().positive()).default({}),
    /** When the rates were taken (shown beside every figure that uses one). */
    ratesAsOf: z.string().regex(ISO_DATE, "use an ISO date such as 2026-11-30").optional(),
    /** Working days per year, for day and hourly pay without their own days (default 220). */
    workingDaysPerYear: finite().positive().max(366).default(220),
    /** Years annual figures are averaged over (sign-on, vesting); default 4. */
    horizonYears: finite().positive().max(50).default(4),
    /** Overrides of the equity-risk figures by company stage. */
    stages: z
      .object({
        early: stageFiguresSchema.optional(),
        growth: stageFiguresSchema.optional(),
        enterprise: stageFiguresSchema.optional(),
      })
      .strict()
      .optional(),
  })
  .strict();
export type MoneySettings = z.infer<typeof moneySettingsSchema>;
