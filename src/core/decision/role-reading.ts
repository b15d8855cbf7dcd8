/**
 * What an option's job description adds to the decision: the role fit rating for criteria
 * that ask for it (`derived: roleFit`) and the facts the option's front matter leaves empty.
 * The user's own values always win; nothing here writes files (the workspace layer's
 * `acceptReading` does, when asked).
 */
import type { DecisionOption, OptionFacts } from "../model/option.js";
import type { Profile } from "../model/profile.js";
import { type MoneyReading, withMoney } from "../money/derive.js";
import { postedBase } from "../money/posted.js";
import type { CompensationPackage } from "../money/schema.js";
import { fitOnScale, type RoleFit, roleFit } from "../roles/fit.js";
import type { RoleAnalysis } from "../roles/types.js";

/** Fact fields a job description can fill. */
export const READABLE_FACTS = [
  "reportsTo",
  "teamSize",
  "handsOn",
  "compensation",
  "workMode",
  "stage",
] as const satisfies readonly (keyof OptionFacts)[];

/** An option's job description as bearing reads it. */
export interface RoleReading {
  analysis: RoleAnalysis;
  /** Null when the profile states no responsibility preferences. */
  fit: RoleFit | null;
  /** Facts from the posting for fields the option leaves empty (only those). */
  facts: Partial<OptionFacts>;
  /** Ratings derived for `derived: roleFit` criteria the option does not rate itself. */
  ratings: Record<string, number>;
  /**
   * `compensation.base` from the pay the posting (or the option's `facts.compensation`)
   * states, when the option's `compensation` gives no base, day rate or retainer.
   */
  compensationBase?: NonNullable<CompensationPackage["base"]>;
}

/**
 * Reads an analysed job description against the profile and the option's own fields.
 *
 * @returns null when the body is not a job description (no duties found), so personal notes
 *   never turn into facts or ratings
 */
export function readRole(
  profile: Profile,
  option: DecisionOption,
  analysis: RoleAnalysis,
): RoleReading | null {
  if (!analysis.dutiesFound) return null;
  const fit = roleFit(analysis, profile.responsibilities);
  const facts: Partial<OptionFacts> = {};
  for (const field of READABLE_FACTS) {
    const value = analysis.facts[field];
    if (value === null || value === undefined || option.facts?.[field] !== undefined) continue;
    // A stage the user gave for the company is theirs; the posting must not override it.
    if (field === "stage" && option.company?.stage !== undefined) continue;
    (facts as Record<string, unknown>)[field] = value;
  }
  const ratings: Record<string, number> = {};
  if (fit) {
    for (const criterion of profile.criteria) {
      if (criterion.derived !== "roleFit") continue;
      const own = option.ratings[criterion.id];
      if (own !== undefined && own !== null) continue;
      const { scale } = criterion;
      if (scale.min === undefined || scale.max === undefined) continue;
      ratings[criterion.id] = fitOnScale(fit.score, scale.min, scale.max, scale.kind === "rating");
    }
  }
  const compensationBase = postedBase(
    profile,
    option,
    option.facts?.compensation ?? analysis.facts.compensation,
  );
  return compensationBase
    ? { analysis, fit, facts, ratings, compensationBase }
    : { analysis, fit, facts, ratings };
}

/**
 * The option as the decision sees it: its own fields plus what its job description filled in,
 * with `derived` naming the filled fields. Without a reading, the option itself.
 */
export function effectiveOption(
  option: DecisionOption,
  reading: RoleReading | null | undefined,
): DecisionOption {
  if (!reading) return option;
  const factIds = Object.keys(reading.facts) as (keyof OptionFacts)[];
  const ratingIds = Object.keys(reading.ratings);
  const base = reading.compensationBase;
  if (factIds.length === 0 && ratingIds.length === 0 && !base) return option;
  return {
    ...option,
    facts: { ...reading.facts, ...option.facts },
    ratings: { ...option.ratings, ...reading.ratings },
    ...(base ? { compensation: { ...option.compensation, base } } : {}),
    derived: base
      ? { facts: factIds, ratings: ratingIds, compensationBase: true }
      : { facts: factIds, ratings: ratingIds },
  };
}

/**
 * Options as the decision sees them, from options that carry their posting's analysis (as the
 * page's workspace view does): each with what its job description fills in (`readRole`,
 * `effectiveOption`) and the `[p10, p90]` of its compensation for `derived: totalCompensation`
 * criteria (`withMoney`). The workbench and a report page rank these, and a shared report bakes
 * them in before the postings and the pay are left out; the CLI reaches the same options from
 * the workspace layer's readings (`readOptionRoles`, then `withMoney`).
 */
export function decisionOptions(
  profile: Profile,
  options: readonly (DecisionOption & { roleAnalysis: RoleAnalysis | null })[],
): DecisionOption[] {
  return decisionOptionsWithMoney(profile, options).options;
}

/** `decisionOptions`, with each option's money reading (as `bearing money` reads it). */
export function decisionOptionsWithMoney(
  profile: Profile,
  options: readonly (DecisionOption & { roleAnalysis: RoleAnalysis | null })[],
): { options: DecisionOption[]; readings: Map<string, MoneyReading> } {
  const read = options.map((option) =>
    effectiveOption(
      option,
      option.roleAnalysis ? readRole(profile, option, option.roleAnalysis) : null,
    ),
  );
  return withMoney(profile, read);
}

/**
 * The front-matter changes that accept a reading: each filled fact as `facts.<name>`, the
 * base pay it fills as `compensation.base`, and each derived rating as `ratings.<criterion>`,
 * in that order (what `bearing option accept` and the option page's accept button write, in
 * one edit).
 * @param what leave out `facts` or `ratings` by setting it to false
 */
export function acceptChanges(
  reading: Pick<RoleReading, "facts" | "ratings" | "compensationBase">,
  what: { facts?: boolean; ratings?: boolean } = {},
): { field: string; value: unknown }[] {
  return [
    ...(what.facts === false ? [] : Object.entries(reading.facts)).map(([field, value]) => ({
      field: `facts.${field}`,
      value,
    })),
    ...(what.facts === false || !reading.compensationBase
      ? []
      : [{ field: "compensation.base", value: reading.compensationBase }]),
    ...(what.ratings === false ? [] : Object.entries(reading.ratings)).map(([id, value]) => ({
      field: `ratings.${id}`,
      value,
    })),
  ];
}
