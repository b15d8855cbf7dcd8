/**
 * Money in the decision: a criterion with `derived: totalCompensation` on a `number` scale
 * whose unit is `<CUR>/year` is rated `[p10, p90]` of the option's annual total (converted to
 * CUR) for every option that has a `compensation` block and no rating of its own. The
 * robustness analysis then draws within that interval, as for any uncertain rating.
 */
import type { DecisionOption } from "../model/option.js";
import type { Criterion, Profile } from "../model/profile.js";
import type { Stage } from "../taxonomy.js";
import { missingRates } from "./check.js";
import { fromProfileCurrency, type MoneyContext, moneyContext, parseMoneyUnit } from "./convert.js";
import { type CompensationEstimate, estimateCompensation } from "./simulate.js";

/** An option's money as the decision reads it. */
export interface MoneyReading {
  estimate: CompensationEstimate;
  /**
   * `[p10, p90]` ratings for `derived: totalCompensation` criteria the option leaves unrated
   * (a number when the total is certain, p10 = p90).
   */
  ratings: Record<string, number | [number, number]>;
}

/** The currency of a `derived: totalCompensation` criterion (`USD/year` → `USD`), or null. */
export function totalCompensationCurrency(criterion: Criterion): string | null {
  if (criterion.derived !== "totalCompensation" || criterion.scale.kind !== "number") return null;
  const unit = parseMoneyUnit(criterion.scale.unit);
  return unit && unit.period === "year" ? unit.currency : null;
}

/** The company stage that prices an option's equity: the company's, else the role's. */
export function optionStage(option: DecisionOption): Stage | undefined {
  return option.company?.stage ?? option.facts?.stage;
}

/**
 * Reads an option's compensation against the profile.
 * @returns null when the option has no `compensation` block (its own, or a base filled from
 *   its posting)
 * @throws BearingError (input) when a currency has no rate (validation reports it earlier)
 */
export function readMoney(
  profile: Profile,
  option: DecisionOption,
  ctx: MoneyContext = moneyContext(profile),
): MoneyReading | null {
  if (!option.compensation) return null;
  const estimate = cachedEstimate(option.compensation, ctx, optionStage(option));
  const ratings: Record<string, number | [number, number]> = {};
  for (const criterion of profile.criteria) {
    const currency = totalCompensationCurrency(criterion);
    if (currency === null) continue;
    const own = option.ratings[criterion.id];
    if (own !== undefined && own !== null) continue;
    const { p10, p90 } = estimate.annual;
    const low = Math.round(fromProfileCurrency(p10, currency, ctx));
    const high = Math.round(fromProfileCurrency(p90, currency, ctx));
    ratings[criterion.id] = low === high ? low : [low, high];
  }
  return { estimate, ratings };
}

/**
 * The estimate is a pure function of its inputs, so the last ones are kept: the workbench
 * derives the ranking again on every weight change, and the money never changes with weights.
 */
const CACHE_SIZE = 64;
const cache = new Map<string, CompensationEstimate>();

function cachedEstimate(
  compensation: NonNullable<DecisionOption["compensation"]>,
  ctx: MoneyContext,
  stage: Stage | undefined,
): CompensationEstimate {
  const key = JSON.stringify([compensation, ctx, stage ?? null]);
  const hit = cache.get(key);
  if (hit) return hit;
  const estimate = estimateCompensation(compensation, ctx, stage);
  if (cache.size >= CACHE_SIZE) cache.delete(cache.keys().next().value as string);
  cache.set(key, estimate);
  return estimate;
}

/**
 * Options as the decision sees them: each with the `[p10, p90]` ratings its compensation
 * gives the criteria that ask for them (named in `derived.ratings`), and the readings.
 */
export function withMoney(
  profile: Profile,
  options: readonly DecisionOption[],
): { options: DecisionOption[]; readings: Map<string, MoneyReading> } {
  const ctx = moneyContext(profile);
  const readings = new Map<string, MoneyReading>();
  const out = options.map((option) => {
    // A currency without a rate is bad input that loading reports; a view that shows the
    // workspace anyway (the workbench) leaves that option's money out rather than failing.
    if (option.compensation && missingRates(option.compensation, ctx).length > 0) return option;
    const reading = readMoney(profile, option, ctx);
    if (!reading) return option;
    readings.set(option.id, reading);
    const ids = Object.keys(reading.ratings);
    if (ids.length === 0) return option;
    return {
      ...option,
      ratings: { ...option.ratings, ...reading.ratings },
      derived: {
        facts: option.derived?.facts ?? [],
        ...option.derived,
        ratings: [...(option.derived?.ratings ?? []), ...ids],
      },
    };
  });
  return { options: out, readings };
}
