/**
 * The words each fact of a posting was read from: for every stated fact, the sentence it rests
 * on and a short quote of it, verbatim, with the quote's offsets in the input. Hands-on, stage,
 * work mode and team size take the sentence `handFactEvidence` (facts-model.ts) names; reports-to
 * and base pay the first sentence that states, read alone, the same value.
 */
import type { Compensation, RoleFacts } from "../taxonomy.js";
import { extractCompensation } from "./compensation.js";
import { extractReportsTo } from "./facts.js";
import { type FactEvidence, handFactEvidence } from "./facts-model.js";
import type { PostingReading } from "./features.js";
import type { FactEvidenceMap, FactQuote } from "./quote.js";
import { blankMarkup } from "./text.js";

export type { FactEvidenceMap, FactQuote } from "./quote.js";
export { quoted } from "./quote.js";

/** The longest quote, in characters, before a sentence is cut around its match. */
export const QUOTE_CHARS = 110;

/** The words a reading of each fact turns on, to centre a long sentence's quote on them. */
const ANCHORS: Record<keyof RoleFacts, RegExp> = {
  reportsTo: /\breport/i,
  teamSize: /\d|\b(?:team|engineers|people|reports)\b/i,
  handsOn: /hands[- ]on|\bcod(?:e|ing)\b|\bwrit|\bbuild|\bprogramm/i,
  compensation: /[$£€]|\d/,
  workMode: /remote|hybrid|on-?site|in[- ]office|office|in person|days/i,
  stage:
    /series\s+[a-e]\b|seed|public|\bipo\b|start-?up|founded|founding|fortune|employees|people|scale-?up|growth|enterprise/i,
};

/**
 * The evidence of each stated fact in `facts` (the analysis's facts: a field is left out when
 * its value is null, hands-on "none", or when no sentence of the text holds what it was read
 * from, or when the value differs from the hand-written reading the sentence was found for).
 *
 * @param source the text the reading was made from (offsets refer to it)
 */
export function factEvidence(
  reading: PostingReading,
  facts: RoleFacts,
  source: string,
): FactEvidenceMap {
  const out: FactEvidenceMap = {};
  const sentences: Partial<Record<keyof RoleFacts, FactEvidence>> = {};
  const hand = handFactEvidence(reading);
  for (const field of ["handsOn", "stage", "workMode", "teamSize"] as const) {
    const e = hand[field];
    if (e && sameValue(facts[field], reading.facts[field])) sentences[field] = e;
  }
  if (facts.reportsTo !== null) {
    const seg = reading.segments.find((s) => extractReportsTo(s.text) === facts.reportsTo);
    if (seg) sentences.reportsTo = seg;
  }
  if (facts.compensation !== null) {
    const pay = facts.compensation;
    const candidates = reading.segments.filter((s) => /\d/.test(s.text));
    const read = (s: { text: string }) => extractCompensation(s.text).base;
    const seg =
      candidates.find((s) => samePay(read(s), pay, true)) ??
      candidates.find((s) => samePay(read(s), pay, false));
    if (seg) sentences.compensation = seg;
  }
  if (Object.keys(sentences).length === 0) return out;
  const clean = blankMarkup(source);
  for (const [field, e] of Object.entries(sentences) as [keyof RoleFacts, FactEvidence][]) {
    out[field] = quoteOf(clean, e, ANCHORS[field]);
  }
  return out;
}

function sameValue(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

function samePay(read: Compensation | null, pay: Compensation, exact: boolean): boolean {
  if (!read || read.currency !== pay.currency) return false;
  return exact ? read.min === pay.min && read.max === pay.max : read.min === pay.min;
}

/**
 * The quote of one sentence: all of it when short, else a window of about QUOTE_CHARS around
 * the first match of `anchor` (the sentence's start when nothing matches), cut at whitespace.
 */
export function quoteOf(clean: string, e: FactEvidence, anchor: RegExp): FactQuote {
  let start = e.start;
  let end = Math.min(e.end, clean.length);
  while (start < end && /\s/.test(clean[start] as string)) start++;
  while (end > start && /\s/.test(clean[end - 1] as string)) end--;
  if (collapse(clean.slice(start, end)).length > QUOTE_CHARS) {
    const at = anchor.exec(clean.slice(start, end))?.index ?? 0;
    let from = Math.max(start, start + at - Math.floor(QUOTE_CHARS / 3));
    let to = Math.min(end, from + QUOTE_CHARS);
    from = Math.max(start, Math.min(from, to - QUOTE_CHARS));
    // Whole words only: move a cut inside a word to the word's edge inward.
    if (from > start && !/\s/.test(clean[from - 1] as string))
      while (from < to && !/\s/.test(clean[from] as string)) from++;
    if (to < end && !/\s/.test(clean[to] as string))
      while (to > from && !/\s/.test(clean[to - 1] as string)) to--;
    while (from < to && /\s/.test(clean[from] as string)) from++;
    while (to > from && /\s/.test(clean[to - 1] as string)) to--;
    if (to > from) [start, end] = [from, to];
  }
  return {
    quote: collapse(clean.slice(start, end)),
    start,
    end,
    sentence: e.text,
    section: e.section,
  };
}

function collapse(text: string): string {
  return text.replace(/\s+/g, " ").trim();
}
