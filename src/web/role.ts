/**
 * The page's side of job-description readings: the server sends each option's analysis, and
 * the page reads it against the profile it holds (so a local weight or preference edit and a
 * fresh rating are reflected at once), through the same core function the CLI uses.
 */
import { effectiveOption, type RoleReading, readRole } from "../core/decision/role-reading.js";
import type { DecisionOption } from "../core/model/option.js";
import type { Profile } from "../core/model/profile.js";
import type { OptionView } from "../server/workspace-view.js";

/** The option's reading, or null when its body is not a job description. */
export function roleReading(profile: Profile, option: OptionView): RoleReading | null {
  return option.roleAnalysis ? readRole(profile, option, option.roleAnalysis) : null;
}

/** Options as the decision sees them: with the facts and role-fit ratings their postings fill. */
export function decisionOptions(
  profile: Profile,
  options: readonly OptionView[],
): DecisionOption[] {
  return options.map((option) => effectiveOption(option, roleReading(profile, option)));
}
