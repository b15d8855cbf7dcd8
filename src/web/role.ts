/**
 * The page's side of job-description readings: the server sends each option's analysis, and
 * the page reads it against the profile it holds (so a local weight or preference edit and a
 * fresh rating are reflected at once), through the same core function the CLI uses. The
 * options the page ranks come from the core's `decisionOptions`.
 */
import { type RoleReading, readRole } from "../core/decision/role-reading.js";
import type { Profile } from "../core/model/profile.js";
import type { OptionView } from "../server/workspace-view.js";

/** The option's reading, or null when its body is not a job description. */
export function roleReading(profile: Profile, option: OptionView): RoleReading | null {
  return option.roleAnalysis ? readRole(profile, option, option.roleAnalysis) : null;
}
