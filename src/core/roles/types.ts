/**
 * The result of a role analysis: the `bearing role --json` contract (shared/spec/contracts.md)
 * plus extras for people and the web UI (evidence offsets, the reason for a title mismatch,
 * warnings).
 */
import type { ArchetypeId, Compensation, ResponsibilityId, RoleFacts } from "../taxonomy.js";
import type { FactEvidenceMap } from "./fact-evidence.js";
import type { SectionKind } from "./model.js";

/** Where a piece of evidence sits in the input: character offsets `[start, end)`. */
export interface EvidenceSpan {
  start: number;
  end: number;
  section: SectionKind;
}

export interface ResponsibilityFinding {
  id: ResponsibilityId;
  /** Strength of the evidence in [0, 1]; listed only when >= 0.5. */
  score: number;
  /** Sentences of the input (markup removed, whitespace collapsed), strongest first, at most 3. */
  evidence: string[];
  /** Offsets of each evidence sentence in the input, parallel to `evidence`. */
  spans: EvidenceSpan[];
}

export interface ArchetypeResult {
  id: ArchetypeId;
  /** Softmax probability of the winner over all archetypes, in (0, 1]. */
  confidence: number;
  /** The runners-up, most likely first, with their probabilities. */
  ranked: { id: ArchetypeId; score: number }[];
}

export interface RoleAnalysis {
  /** The posting's title (its first heading or line), or "" when none was found. */
  title: string;
  responsibilities: ResponsibilityFinding[];
  archetype: ArchetypeResult;
  /** What the title alone suggests, or null when the title names no known role. */
  nominalArchetype: ArchetypeId | null;
  titleMismatch: boolean;
  /** One line saying why the role is not what its title says; null without a mismatch. */
  mismatchReason: string | null;
  /**
   * The archetype the role reads as: one id when the reading is confident, the two most
   * likely when it is not ("reads as a Director or a VP of Engineering").
   */
  readsAs?: ArchetypeId[];
  facts: RoleFacts;
  /**
   * The words each stated fact was read from (`fact-evidence.ts`): a short verbatim quote with
   * its offsets in the input and its whole sentence; a fact is missing when it is not stated
   * (hands-on "none" included) or no sentence holds it alone.
   */
  factEvidence?: FactEvidenceMap;
  /** On-target earnings stated beside (or instead of) base pay; never taken as base. */
  ote: Compensation | null;
  /**
   * Whether the text reads as a job description at all: false for a careers page, a company
   * profile or personal notes, which then carry no responsibilities.
   */
  dutiesFound: boolean;
  /** Things a reader should know, e.g. that the text holds no duties at all. */
  warnings: string[];
}
