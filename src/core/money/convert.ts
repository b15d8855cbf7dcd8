/**
 * Periods and currencies: every amount becomes a yearly figure in the profile currency.
 *
 * - Periods (contracts.md "Money"): a year is 52 weeks, 12 months, or `workingDaysPerYear`
 *   working days; a working day is 8 hours and a working week 5 days. So an hourly amount ×
 *   8 × `workingDaysPerYear`, a daily one × `workingDaysPerYear`, a weekly one × 52, a monthly
 *   one × 12.
 * - Currencies: `money.rates[C]` is what 1 unit of C is worth in the profile currency, as the
 *   user set it (bearing never fetches a rate); the profile currency's own rate is 1.
 */
import { BearingError } from "../errors.js";
import type { Profile } from "../model/profile.js";
import type { Stage } from "../taxonomy.js";
import type { MoneyPeriod, MoneySettings } from "./schema.js";
import { type StageFigures, stageFigures } from "./stages.js";

/** Hours in a working day and working days in a week (contracts.md). */
export const HOURS_PER_DAY = 8;
export const DAYS_PER_WEEK = 5;
export const WEEKS_PER_YEAR = 52;
export const MONTHS_PER_YEAR = 12;

/** Everything money needs from the profile, with the defaults filled in. */
export interface MoneyContext {
  /** Profile currency (ISO 4217). */
  currency: string;
  /** 1 unit of each currency in the profile currency. */
  rates: Readonly<Record<string, number>>;
  ratesAsOf?: string;
  workingDaysPerYear: number;
  horizonYears: number;
  stages: Record<Stage, StageFigures>;
  /** Monte Carlo samples and seed (the profile's `settings`). */
  samples: number;
  seed: number;
}

/** The money context of a profile: its `money` block with defaults, and its settings. */
export function moneyContext(
  profile: Pick<Profile, "settings"> & { money?: MoneySettings },
): MoneyContext {
  const money = profile.money;
  return {
    currency: money?.currency ?? "USD",
    rates: money?.rates ?? {},
    ratesAsOf: money?.ratesAsOf,
    workingDaysPerYear: money?.workingDaysPerYear ?? 220,
    horizonYears: money?.horizonYears ?? 4,
    stages: stageFigures(money),
    samples: profile.settings.samples,
    seed: profile.settings.seed,
  };
}

/** Periods in a year: how many times an amount per `period` is paid in a year. */
export function periodsPerYear(period: MoneyPeriod, workingDaysPerYear: number): number {
  switch (period) {
    case "hour":
      return HOURS_PER_DAY * workingDaysPerYear;
    case "day":
      return workingDaysPerYear;
    case "week":
      return WEEKS_PER_YEAR;
    case "month":
      return MONTHS_PER_YEAR;
    case "year":
      return 1;
  }
}

/** An amount per period as an amount per year (same currency). */
export function annualise(amount: number, period: MoneyPeriod, workingDaysPerYear: number): number {
  return amount * periodsPerYear(period, workingDaysPerYear);
}

/** What 1 unit of `currency` is worth in the profile currency, or undefined without a rate. */
export function rateOf(ctx: Pick<MoneyContext, "currency" | "rates">, currency: string) {
  if (currency === ctx.currency) return 1;
  const rate = ctx.rates[currency];
  return rate !== undefined && Number.isFinite(rate) && rate > 0 ? rate : undefined;
}

/**
 * The hint that fixes a missing rate: the line to add under `money.rates` in `bearing.yaml`.
 */
export function missingRateHint(ctx: Pick<MoneyContext, "currency">, currency: string): string {
  return `add the line "${currency}: <what 1 ${currency} is worth in ${ctx.currency}>" under money: rates: in bearing.yaml; bearing never fetches rates`;
}

/**
 * An amount in `currency` converted to the profile currency.
 * @throws BearingError (input, `unknown_id`) when the currency has no rate
 */
export function toProfileCurrency(
  amount: number,
  currency: string,
  ctx: Pick<MoneyContext, "currency" | "rates">,
): number {
  return amount * requireRate(ctx, currency);
}

/**
 * An amount in the profile currency converted to `currency` (the inverse of
 * {@link toProfileCurrency}).
 * @throws BearingError (input, `unknown_id`) when the currency has no rate
 */
export function fromProfileCurrency(
  amount: number,
  currency: string,
  ctx: Pick<MoneyContext, "currency" | "rates">,
): number {
  return amount / requireRate(ctx, currency);
}

function requireRate(ctx: Pick<MoneyContext, "currency" | "rates">, currency: string): number {
  const rate = rateOf(ctx, currency);
  if (rate === undefined) {
    throw BearingError.input({
      code: "unknown_id",
      file: "bearing.yaml",
      path: ["money", "rates", currency],
      message: `no exchange rate for ${currency}`,
      hint: missingRateHint(ctx, currency),
    });
  }
  return rate;
}

/** A money unit such as `USD/year` or `EUR / day`: its currency and period, or null. */
export function parseMoneyUnit(unit: string): { currency: string; period: MoneyPeriod } | null {
  const match = /^\s*([A-Z]{3})\s*\/\s*(hour|hr|h|day|d|week|wk|month|mo|year|yr|y)\s*$/i.exec(
    unit,
  );
  if (!match) return null;
  const period = PERIOD_ALIASES[(match[2] ?? "").toLowerCase()];
  if (!period) return null;
  return { currency: (match[1] ?? "").toUpperCase(), period };
}

const PERIOD_ALIASES: Record<string, MoneyPeriod> = {
  hour: "hour",
  hr: "hour",
  h: "hour",
  day: "day",
  d: "day",
  week: "week",
  wk: "week",
  month: "month",
  mo: "month",
  year: "year",
  yr: "year",
  y: "year",
};
