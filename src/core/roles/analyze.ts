/**
 * `analyzeRole`: what a job description says the role really is: its responsibilities with
 * evidence, its archetype against the one its title names, and the facts that matter.
 * Pure and offline: it runs in the CLI, the server and the browser alike.
 */
import { BearingError } from "../errors.js";
import { classifyArchetype } from "./archetype.js";
import { extractCompensation } from "./compensation.js";
import {
  extractHandsOn,
  extractReportsTo,
  extractStage,
  extractTeamSize,
  extractWorkMode,
} from "./facts.js";
import { detectResponsibilities, dutyWeight } from "./responsibilities.js";
import { classifySections } from "./sections.js";
import { prepareText } from "./text.js";
import { extractTitle, isCtoTitle, nominalArchetype } from "./title.js";
import type { RoleAnalysis } from "./types.js";

/** Postings longer than this are cut: no real posting comes close, and analysis stays fast. */
export const MAX_POSTING_CHARS = 200_000;

/**
 * Analyses one job description (Markdown or plain text).
 *
 * @param text the posting; at most {@link MAX_POSTING_CHARS} characters are read
 * @param options.title the title the posting is known by elsewhere (an option's title), used
 *   when the text itself names no role bearing knows (a pasted posting without its heading)
 * @returns the contract shape of `bearing role --json` plus evidence offsets, the reason for a
 *   title mismatch, OTE and warnings. A text without duties (a careers page, a company
 *   profile) yields no responsibilities and a warning.
 * @throws BearingError (input, `invalid_value`) when the text is empty or only whitespace
 */
export function analyzeRole(text: string, options: { title?: string } = {}): RoleAnalysis {
  if (text.trim() === "") {
    throw BearingError.input({
      code: "invalid_value",
      message: "the job description is empty",
      hint: "give the text of a job posting (Markdown or plain text)",
    });
  }
  const prepared = prepareText(
    text.length > MAX_POSTING_CHARS ? text.slice(0, MAX_POSTING_CHARS) : text,
  );
  const segments = classifySections(prepared);
  const warnings: string[] = [];
  const dutySegments = segments.filter((s) => dutyWeight(s) > 0);
  const hasDutySection = segments.some((s) => s.section === "duties" && !s.heading);
  const noDuties = dutySegments.length === 0 || (!hasDutySection && dutySegments.length < 2);
  const { scores, findings } = detectResponsibilities(noDuties ? [] : segments);
  if (noDuties) {
    warnings.push(
      "no duties found: the text has no responsibilities section and no sentences saying what the role does; is it a job description?",
    );
  } else if (findings.length === 0) {
    warnings.push("the duties mention none of the responsibilities bearing knows");
  }

  const extracted = extractTitle(prepared);
  const known = options.title?.trim();
  const useKnown =
    !!known && nominalArchetype(extracted) === null && nominalArchetype(known) !== null;
  const title = useKnown ? (known as string) : extracted;
  const nominal = nominalArchetype(title);
  if (nominal === null)
    warnings.push("the title names no role bearing knows, so there is no nominal archetype");
  const { base, ote } = extractCompensation(prepared.clean);
  if (ote && !base) warnings.push("only on-target earnings (OTE) are stated; base pay is not");
  const facts = {
    reportsTo: extractReportsTo(prepared.clean),
    teamSize: extractTeamSize(segments),
    handsOn: extractHandsOn(segments, scores.coding),
    compensation: base,
    workMode: extractWorkMode(prepared.lines.map((l) => l.text)),
    stage: extractStage(segments),
  };
  const { result, mismatchReason } = classifyArchetype({
    title,
    nominal,
    ctoTitle: isCtoTitle(title),
    segments: noDuties ? [] : segments,
    scores,
    handsOn: facts.handsOn,
    stage: facts.stage,
    teamSize: facts.teamSize,
  });
  return {
    title,
    responsibilities: findings,
    archetype: result,
    nominalArchetype: nominal,
    titleMismatch: nominal !== null && nominal !== result.id,
    mismatchReason,
    facts,
    ote,
    dutiesFound: !noDuties,
    warnings,
  };
}
