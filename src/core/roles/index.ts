/**
 * Role analysis: read a job description and say what the role really is.
 * See {@link analyzeRole}; the scorer for labelled postings is in `score.ts`.
 */
export { analyzeRole, MAX_POSTING_CHARS } from "./analyze.js";
export type { FactEvidenceMap, FactQuote } from "./fact-evidence.js";
export type {
  ArchetypeResult,
  EvidenceSpan,
  ResponsibilityFinding,
  RoleAnalysis,
} from "./types.js";
