/**
 * Shapes of the compiled role model (`model.generated.ts`, compiled from `model.yaml` by
 * `scripts/gen-role-model.ts`). The core imports only the generated module, so it needs no
 * file system and runs in a browser.
 */
import type { ArchetypeId, ResponsibilityId } from "../taxonomy.js";
import { ROLE_MODEL } from "./model.generated.js";

/** Kinds of posting section (see `sections` in model.yaml). */
export const SECTION_KINDS = [
  "duties",
  "role",
  "requirements",
  "company",
  "benefits",
  "other",
] as const;
export type SectionKind = (typeof SECTION_KINDS)[number] | "summary";

/**
 * One cue: `positions[p]` lists the alternatives for position p, each a sequence of token keys
 * (or `=word` for an exact lowercase word) that must be adjacent; consecutive positions may be
 * separated by at most `gap` tokens.
 */
export interface CompiledCue {
  text: string;
  weight: number;
  gap: number;
  /** Per-position gap overrides (`...` in the cue text allows a wider gap before a position). */
  gaps?: Record<number, number>;
  positions: string[][][];
}

export interface ResponsibilityModel {
  sources: string[];
  cues: CompiledCue[];
  /** A match overlapping one of these is cancelled ("code-review rituals" are a process,
   * not hands-on coding). */
  negatives: CompiledCue[];
}

export interface TitleRule {
  archetype: ArchetypeId;
  pattern: string;
}

export interface ArchetypeProfile {
  source: string;
  /** `cto_title`: the archetype is only possible when the title names a CTO. */
  requires?: "cto_title";
  /** Feature name -> weight; see the `archetypes` comment in model.yaml. */
  weights: Record<string, number>;
}

export interface RoleModel {
  responsibilities: Record<ResponsibilityId, ResponsibilityModel>;
  /** Regular-expression sources of heading patterns, by section kind. */
  sections: Record<(typeof SECTION_KINDS)[number], string[]>;
  titles: { functions: TitleRule[]; levels: TitleRule[] };
  archetypes: Record<ArchetypeId, ArchetypeProfile>;
}

/** The compiled model shipped with bearing. */
export const roleModel: RoleModel = ROLE_MODEL;
