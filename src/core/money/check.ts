/**
 * Checks of money input that need the profile: every currency an option's compensation uses
 * must have a rate (bearing never fetches one). The workspace layer locates each finding in
 * the option file and reports it as bad input.
 */
import type { Profile } from "../model/profile.js";
import { type MoneyContext, rateOf } from "./convert.js";
import type { CompensationPackage } from "./schema.js";

/** A currency without a rate, and where in the front matter it is named. */
export interface MissingRate {
  currency: string;
  /** Front-matter path of the `currency` field, e.g. `["compensation", "base", "currency"]`. */
  path: (string | number)[];
}

/** Every currency field of a compensation block whose currency has no rate. */
export function missingRates(
  compensation: CompensationPackage,
  ctx: Pick<MoneyContext, "currency" | "rates">,
): MissingRate[] {
  const found: MissingRate[] = [];
  const check = (currency: string | undefined, path: (string | number)[]) => {
    if (currency !== undefined && rateOf(ctx, currency) === undefined) {
      found.push({ currency, path: ["compensation", ...path, "currency"] });
    }
  };
  const { base, bonus, signOn, equity, dayRate, retainer } = compensation;
  check(base?.currency, ["base"]);
  if (bonus && !("targetPercent" in bonus)) check(bonus.currency, ["bonus"]);
  check(signOn?.currency, ["signOn"]);
  equity?.forEach((grant, index) => {
    check(grant.currency, ["equity", index]);
  });
  check(dayRate?.currency, ["dayRate"]);
  check(retainer?.currency, ["retainer"]);
  return found;
}

/**
 * Problems with `derived: totalCompensation` criteria: each must be a `number` scale whose
 * unit is `<CUR>/year`, with a rate for CUR.
 * @returns messages and hints by criterion index
 */
export function totalCompensationCriteriaIssues(
  profile: Pick<Profile, "criteria" | "money">,
): { index: number; field: "scale" | "derived"; message: string; hint: string }[] {
  const out: { index: number; field: "scale" | "derived"; message: string; hint: string }[] = [];
  const currency = profile.money?.currency ?? "USD";
  const rates = profile.money?.rates ?? {};
  profile.criteria.forEach((criterion, index) => {
    if (criterion.derived !== "totalCompensation") return;
    const { scale } = criterion;
    const unit = scale.kind === "number" ? /^\s*([A-Z]{3})\s*\/\s*year\s*$/.exec(scale.unit) : null;
    if (!unit) {
      out.push({
        index,
        field: "scale",
        message: "derived: totalCompensation needs a number scale with a unit such as USD/year",
        hint: `use scale: { kind: number, unit: ${currency}/year }`,
      });
      return;
    }
    const code = unit[1] ?? "";
    if (rateOf({ currency, rates }, code) === undefined) {
      out.push({
        index,
        field: "scale",
        message: `the unit ${scale.kind === "number" ? scale.unit : ""} needs a rate for ${code}`,
        hint: `add the line "${code}: <what 1 ${code} is worth in ${currency}>" under money: rates: in bearing.yaml, or use ${currency}/year`,
      });
    }
  });
  return out;
}
