/**
 * The page's side of job-description readings: the server sends each option's analysis, and
 * the page reads it against the profile it holds (so a local weight or preference edit and a
 * fresh rating are reflected at once), through the same core function the CLI uses.
 */
import { effectiveOption, type RoleReading, readRole } from "../core/decision/role-reading.js";
import type { DecisionOption } from "../core/model/option.js";
import type { Profile } from "../core/model/profile.js";
import { type MoneyReading, withMoney } from "../core/money/derive.js";
import type { OptionView } from "../server/workspace-view.js";

/** The option's reading, or null when its body is not a job description. */
export function roleReading(profile: Profile, option: OptionView): RoleReading | null {
  return option.roleAnalysis ? readRole(profile, option, option.roleAnalysis) : null;
}

/**
 * Options as the decision sees them: with the facts, role-fit ratings and base pay their
 * postings fill, and the `[p10, p90]` of their compensation for `derived: totalCompensation`.
 */
export function decisionOptions(
  profile: Profile,
  options: readonly OptionView[],
): DecisionOption[] {
  return decisionOptionsWithMoney(profile, options).options;
}

/** `decisionOptions`, with each option's money reading (as `bearing money` reads it). */
export function decisionOptionsWithMoney(
  profile: Profile,
  options: readonly OptionView[],
): { options: DecisionOption[]; readings: Map<string, MoneyReading> } {
  const read = options.map((option) => effectiveOption(option, roleReading(profile, option)));
  return withMoney(profile, read);
}
