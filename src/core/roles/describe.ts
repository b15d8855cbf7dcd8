/**
 * Role facts in words, one way for the CLI and the workbench alike: "150,000–170,000 USD per
 * year", "35–40", "remote". Labels follow taxonomy §5.
 */
import type { Compensation, RoleFacts, TeamSize } from "../taxonomy.js";

export const FACT_LABELS: Record<keyof RoleFacts, string> = {
  reportsTo: "Reports to",
  teamSize: "Team size",
  handsOn: "Hands-on",
  compensation: "Base pay",
  workMode: "Work mode",
  stage: "Stage",
};

/** `min–max` (or one number when they are equal), with thousands separators. */
function range({ min, max }: { min: number; max: number }): string {
  const n = (x: number) => x.toLocaleString("en-US");
  return min === max ? n(min) : `${n(min)}–${n(max)}`;
}

/** "150,000–170,000 USD per year". */
export function describeCompensation(pay: Compensation): string {
  return `${range(pay)} ${pay.currency} per ${pay.period}`;
}

/** "35–40", or "5". */
export function describeTeamSize(team: TeamSize): string {
  return range(team);
}

/** Any fact's value in words; "not stated" for null or undefined. */
export function describeFact<K extends keyof RoleFacts>(
  field: K,
  value: RoleFacts[K] | undefined,
): string {
  if (value === null || value === undefined) return "not stated";
  if (field === "compensation") return describeCompensation(value as Compensation);
  if (field === "teamSize") return describeTeamSize(value as TeamSize);
  return String(value);
}
