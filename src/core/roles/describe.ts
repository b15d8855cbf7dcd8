/**
 * Role facts in words, one way for the CLI and the workbench alike: "150,000–170,000 USD per
 * year", "35–40", "remote". Labels follow taxonomy §5.
 */
import {
  ARCHETYPE_LABELS,
  type ArchetypeId,
  type Compensation,
  type RoleFacts,
  type TeamSize,
} from "../taxonomy.js";
import type { ArchetypeResult } from "./types.js";

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

/**
 * What a role reads as, in words: "Director (84%)" when the reading is confident; "Director or
 * VP of Engineering (55% / 30%, not sure which)" when its calibrated confidence is below the
 * model's threshold (`readsAs` then names two archetypes).
 */
export function describeReadsAs(
  archetype: ArchetypeResult,
  readsAs: readonly ArchetypeId[] | undefined,
): string {
  const pct = (x: number) => `${Math.round(x * 100)}%`;
  const second = readsAs && readsAs.length > 1 ? readsAs[1] : undefined;
  const runnerUp = second ? archetype.ranked.find((r) => r.id === second) : undefined;
  if (!second || !runnerUp)
    return `${ARCHETYPE_LABELS[archetype.id]} (${pct(archetype.confidence)})`;
  return `${ARCHETYPE_LABELS[archetype.id]} or ${ARCHETYPE_LABELS[second]} (${pct(archetype.confidence)} / ${pct(runnerUp.score)}, not sure which)`;
}
