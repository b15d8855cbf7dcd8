/**
 * Money input located in its file: currencies without a rate, and ratings that carry a unit.
 *
 * A rating carries a unit when written as text, a number (or an interval in quotes) and a
 * unit: `pay: 800 EUR/day`, `pay: "[150000, 170000] GBP/year"`. When the unit is the
 * criterion's, it is the number. When both are money units (`<CUR>/<period>`) and every
 * currency has a rate, it is converted to the criterion's unit, with a warning naming the file
 * and line and the figure it was read as. Any other mismatch (a unit on a 1–5 rating, a money
 * figure in an `hours/week` criterion, a currency without a rate) is bad input. A bare number
 * is read in the criterion's unit.
 */

import type { Issue } from "../core/errors.js";
import type { OptionFrontMatter } from "../core/model/option.js";
import type { Profile } from "../core/model/profile.js";
import { missingRates, totalCompensationCriteriaIssues } from "../core/money/check.js";
import {
  annualise,
  fromProfileCurrency,
  missingRateHint,
  moneyContext,
  parseMoneyUnit,
  periodsPerYear,
  rateOf,
  toProfileCurrency,
} from "../core/money/convert.js";
import { locate, type ParsedYaml } from "./parse.js";

/** Every compensation currency of an option that has no rate in `money.rates`: bad input. */
export function checkCompensationRates(
  option: OptionFrontMatter,
  profile: Profile,
  file: string,
  parsed: ParsedYaml,
): Issue[] {
  if (!option.compensation) return [];
  const ctx = moneyContext(profile);
  return missingRates(option.compensation, ctx).map(({ currency, path }) => ({
    code: "unknown_id",
    file,
    path,
    ...locate(parsed, path),
    message: `no exchange rate for ${currency} in bearing.yaml (money.rates)`,
    hint: missingRateHint(ctx, currency),
  }));
}

/** `derived: totalCompensation` criteria on a scale it cannot rate: bad input in bearing.yaml. */
export function checkMoneyCriteria(profile: Profile, file: string, parsed: ParsedYaml): Issue[] {
  return totalCompensationCriteriaIssues(profile).map(({ index, field, message, hint }) => {
    const path = ["criteria", index, field];
    return { code: "invalid_value", file, path, ...locate(parsed, path), message, hint };
  });
}

/** `800 EUR/day`, `[150000, 170000] GBP/year` (after trimming; linear time: no overlapping runs). */
const UNIT_RATING =
  /^(?:\[\s*([-+]?[\d.eE+-]+)\s*,\s*([-+]?[\d.eE+-]+)\s*\]|([-+]?[\d.eE+-]+))\s+(\S.*)$/;

/**
 * The shape of a rating written with a unit, as a JSON Schema `pattern` (for editors: the
 * generated option schema accepts these strings; whether the unit fits the criterion is
 * checked on load, not by the schema).
 */
export const UNIT_RATING_PATTERN = `^\\s*${UNIT_RATING.source.slice(1)}`;

/**
 * Reads ratings written with a unit (see the module comment), in place in the front matter's
 * plain value before it is validated: each becomes the number (or interval) in the
 * criterion's unit, or is left as written when it cannot be (validation then refuses it).
 * @returns warnings for converted ratings, errors for units that do not fit
 */
export function readRatingUnits(
  value: unknown,
  profile: Profile | undefined,
  file: string,
  parsed: ParsedYaml,
): Issue[] {
  if (!profile || value === null || typeof value !== "object") return [];
  const ratings = (value as { ratings?: unknown }).ratings;
  if (ratings === null || typeof ratings !== "object" || Array.isArray(ratings)) return [];
  const issues: Issue[] = [];
  const ctx = moneyContext(profile);
  for (const [id, raw] of Object.entries(ratings as Record<string, unknown>)) {
    if (typeof raw !== "string" || raw.length > 200) continue;
    const match = UNIT_RATING.exec(raw.trim());
    if (!match) continue;
    const numbers = (match[3] !== undefined ? [match[3]] : [match[1], match[2]]).map(Number);
    if (numbers.some((x) => !Number.isFinite(x))) continue;
    const unit = match[4] ?? "";
    const path = ["ratings", id];
    const at = { file, path, ...locate(parsed, path) };
    const criterion = profile.criteria.find((c) => c.id === id);
    if (!criterion) continue; // reported as an unknown criterion by the rating checks
    const set = (values: number[] | null) => {
      (ratings as Record<string, unknown>)[id] =
        values === null ? null : values.length === 1 ? values[0] : [values[0], values[1]];
    };
    // A unit that does not fit is reported once, here (not again as a malformed rating).
    const refuse = (issue: Omit<Issue, "file" | "path" | "line" | "column">) => {
      issues.push({ ...issue, ...at });
      set(null);
    };
    if (criterion.scale.kind !== "number") {
      refuse({
        code: "invalid_value",
        message: `rating "${raw}" has a unit, but "${id}" is rated from ${criterion.scale.min} to ${criterion.scale.max}`,
        hint: `write a number from ${criterion.scale.min} to ${criterion.scale.max}`,
      });
      continue;
    }
    const target = criterion.scale.unit;
    if (sameUnit(unit, target)) {
      set(numbers);
      continue;
    }
    const from = parseMoneyUnit(unit);
    const to = parseMoneyUnit(target);
    if (!from || !to) {
      refuse({
        code: "invalid_value",
        message: `rating "${raw}" is in ${unit}, but "${id}" is measured in ${target}`,
        hint: `write the rating in ${target} (a number alone is read in ${target})`,
      });
      continue;
    }
    const missing = [from.currency, to.currency].find((c) => rateOf(ctx, c) === undefined);
    if (missing !== undefined) {
      refuse({
        code: "unknown_id",
        message: `rating "${raw}" is in ${unit}, but "${id}" is measured in ${target}, and ${missing} has no exchange rate`,
        hint: missingRateHint(ctx, missing),
      });
      continue;
    }
    const converted = numbers.map((x) => {
      const perYear = toProfileCurrency(
        annualise(x, from.period, ctx.workingDaysPerYear),
        from.currency,
        ctx,
      );
      const inTarget = fromProfileCurrency(perYear, to.currency, ctx);
      return Math.round((inTarget / periodsPerYear(to.period, ctx.workingDaysPerYear)) * 100) / 100;
    });
    set(converted);
    const shown = converted.length === 1 ? `${converted[0]}` : `[${converted.join(", ")}]`;
    const how = [
      from.currency !== to.currency
        ? `${from.currency} at ${rateOf(ctx, from.currency)} ${ctx.currency}${to.currency !== ctx.currency ? `, ${to.currency} at ${rateOf(ctx, to.currency)} ${ctx.currency}` : ""}`
        : "",
      from.period === "day" || from.period === "hour" || to.period === "day" || to.period === "hour"
        ? `${ctx.workingDaysPerYear} working days a year`
        : "",
    ].filter((s) => s !== "");
    issues.push({
      code: "inconsistent",
      severity: "warning",
      ...at,
      message: `rating "${raw}" is in ${unit}, but "${id}" is measured in ${target}: read as ${shown} ${target}${how.length > 0 ? ` (${how.join("; ")})` : ""}`,
      hint:
        from.period === "day"
          ? `write ${shown} to keep that figure, or give the day rate in compensation: dayRate: and let a derived: totalCompensation criterion rate it`
          : `write ${shown} to keep that figure`,
    });
  }
  return issues;
}

function sameUnit(a: string, b: string): boolean {
  const norm = (s: string) => s.replace(/\s+/g, "").toLowerCase();
  if (norm(a) === norm(b)) return true;
  const x = parseMoneyUnit(a);
  const y = parseMoneyUnit(b);
  return x !== null && y !== null && x.currency === y.currency && x.period === y.period;
}
