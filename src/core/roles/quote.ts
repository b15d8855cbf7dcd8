/**
 * A fact's quote as plain data, and how it is shown. Kept apart from `fact-evidence.ts`, which
 * reads postings (and so loads the language model), so that the workbench and the report can
 * show quotes without bundling the readers.
 */
import type { RoleFacts } from "../taxonomy.js";
import type { SectionKind } from "./model.js";

/** A fact's evidence: a short verbatim quote, where it sits, and its whole sentence. */
export interface FactQuote {
  /**
   * Words of the input, verbatim between `start` and `end` once Markdown markup is left out
   * and each run of whitespace is read as one space; at most about `QUOTE_CHARS` (fact-evidence.ts)
   * characters, cut at word boundaries around the words the fact was read from (pay read from a
   * run of lines by zone or level: those lines, up to three times as long).
   */
  quote: string;
  /** Character offsets of the quote in the input, `[start, end)`. */
  start: number;
  end: number;
  /**
   * The whole sentence the quote is from (markup removed, whitespace collapsed); for pay read
   * from a run of lines, those lines' sentences joined by a space.
   */
  sentence: string;
  section: SectionKind;
}

export type FactEvidenceMap = Partial<Record<keyof RoleFacts, FactQuote>>;

/**
 * A fact's quote in double quotes, with "..." where its sentence goes on beyond it: the words
 * between the quotes (the dots aside) are the input's own.
 */
export function quoted(e: FactQuote): string {
  const before = e.sentence.startsWith(e.quote) ? "" : "...";
  const after = e.sentence.endsWith(e.quote) ? "" : "...";
  return `"${before}${e.quote}${after}"`;
}
