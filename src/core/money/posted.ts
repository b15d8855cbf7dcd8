/**
 * The pay a posting states, as the `compensation.base` of an option that gives none.
 */
import type { DecisionOption } from "../model/option.js";
import type { Profile } from "../model/profile.js";
import type { Compensation } from "../taxonomy.js";
import { rateOf } from "./convert.js";
import type { CompensationPackage } from "./schema.js";

type Base = NonNullable<CompensationPackage["base"]>;

/**
 * `compensation.base` from a stated pay range (`facts.compensation`: min, max, currency,
 * period), for an option whose `compensation` has no base, day rate or retainer of its own.
 *
 * @returns the base (a single amount when min = max, else `[min, max]`), or undefined when
 *   nothing is stated, the option states its own pay, or the stated currency has no rate in
 *   `money.rates` (a posting's currency is not the user's input, so it is not filled rather
 *   than refused)
 */
export function postedBase(
  profile: Pick<Profile, "money">,
  option: Pick<DecisionOption, "compensation">,
  stated: Compensation | null | undefined,
): Base | undefined {
  if (!stated) return undefined;
  const own = option.compensation;
  if (own?.base || own?.dayRate || own?.retainer) return undefined;
  const ctx = { currency: profile.money?.currency ?? "USD", rates: profile.money?.rates ?? {} };
  if (rateOf(ctx, stated.currency) === undefined) return undefined;
  const low = Math.min(stated.min, stated.max);
  const high = Math.max(stated.min, stated.max);
  return {
    amount: low === high ? low : [low, high],
    currency: stated.currency,
    period: stated.period,
  };
}
