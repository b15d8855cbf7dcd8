/**
 * The words each fact of a posting was read from: for every stated fact, the sentence it rests
 * on and a short quote of it, verbatim, with the quote's offsets in the input. Hands-on, stage,
 * work mode and team size take the sentence `ruleFactEvidence` names (the first holding a cue of
 * the value read; for stage, the one that says it most strongly); reports-to and base pay the
 * first sentence that states, read alone, the same value.
 */

import { boundTokens } from "../nlp.js";
import type { Compensation, RoleFacts, Stage, TeamSize, WorkMode } from "../taxonomy.js";
import { extractCompensation } from "./compensation.js";
import {
  BARE_REMOTE,
  CJK_REMOTE,
  CODING_SHARE,
  codingSharePercent,
  deniesRemote,
  extractReportsTo,
  HANDS_ON_INTEREST,
  HANDS_ON_LEADER,
  HANDS_ON_SOME,
  HYBRID,
  headerWorkMode,
  LIMITED_CODING,
  ONSITE,
  REMOTE,
  REMOTE_WORD,
  REQUIREMENT_WORDS,
  STAY_HANDS_ON,
  saysHybridWeek,
  TEAM_PATTERNS,
  teamSizeOfMatch,
} from "./facts.js";
import {
  CODE_REVIEW,
  type FactEvidence,
  type LearnedFactField,
  STAY_TECHNICAL,
  stageQuoteRank,
  zoneOf,
} from "./facts-model.js";
import { MAX_POSTING_CHARS, type PostingReading } from "./features.js";
import type { FactEvidenceMap, FactQuote } from "./quote.js";
import type { ClassifiedSegment } from "./sections.js";
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
 * its value is null, hands-on "none" the text does not state, or when no sentence of the text
 * holds what it was read from, or when the value differs from the hand-written reading the
 * sentence was found for).
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
  const hand = ruleFactEvidence(reading);
  for (const field of ["handsOn", "stage", "workMode", "teamSize"] as const) {
    const e = hand[field];
    if (e && sameValue(facts[field], reading.facts[field])) sentences[field] = e;
  }
  if (facts.reportsTo !== null) {
    const seg = reading.segments.find(
      (s) => extractReportsTo(s.text, reading.title) === facts.reportsTo,
    );
    if (seg) sentences.reportsTo = seg;
    else {
      // A line read from more than one sentence ("You'll report to me" after "I'm Sara, CEO of
      // ...", "report to Lina" with Lina's title given elsewhere): the sentence at which the
      // posting, read from its start, first states it. Rare, so the repeated reading is cheap.
      // Lines cut by a hard wrap are joined back, as the reading joins them (asWritten).
      let prefix = "";
      for (const s of reading.segments) {
        prefix += /[.!?:;]\s*$/.test(prefix) || prefix === "" ? `\n${s.text}` : ` ${s.text}`;
        if (extractReportsTo(prefix, reading.title) === facts.reportsTo) {
          sentences.reportsTo = s;
          break;
        }
      }
    }
    // Read from sentences apart that no run from the start reproduces ("you'll report to Anna"
    // before the line that says Anna is the CEO): a sentence without which the text no longer
    // reads the line, the one that says "report" first.
    if (!sentences.reportsTo) {
      const written = reading.writtenText;
      const needed = reading.segments.filter(
        (s) =>
          extractReportsTo(
            written.slice(0, s.start) + " ".repeat(s.end - s.start) + written.slice(s.end),
            reading.title,
          ) !== facts.reportsTo,
      );
      sentences.reportsTo = needed.find((s) => ANCHORS.reportsTo.test(s.text)) ?? needed[0];
    }
  }
  let payLines = false;
  if (facts.compensation !== null) {
    const pay = facts.compensation;
    // Where the reading took the pay from: one sentence, or a run of lines by zone or level.
    const read = extractCompensation(
      boundTokens(blankMarkup(source.slice(0, MAX_POSTING_CHARS))),
      reading.segments,
    );
    const at = read.baseAt;
    if (read.base && at && samePay(read.base, pay, true)) {
      const segs = reading.segments;
      const from = segs.findIndex((s) => s.end > at.start);
      let to = from;
      while ((segs[to + 1]?.start ?? Number.POSITIVE_INFINITY) < at.end) to++;
      const first = segs[from];
      const last = segs[to];
      // Figures read together (a run of lines, or ranges side by side), when one sentence
      // states the same pay alone too: that sentence.
      const alone =
        to === from && first && samePay(readAlone(first), pay, true)
          ? first
          : segs.find((s) => /\d/.test(s.text) && samePay(readAlone(s), pay, true));
      if (alone) sentences.compensation = alone;
      else if (first && last) {
        sentences.compensation = {
          text: segs
            .slice(from, to + 1)
            .map((s) => s.text)
            .join(" "),
          start: first.start,
          end: last.end,
          section: first.section,
        };
        payLines = to > from;
      }
    }
  }
  if (facts.compensation !== null && !sentences.compensation) {
    const pay = facts.compensation;
    const candidates = reading.segments.filter((s) => /\d/.test(s.text));
    const seg =
      candidates.find((s) => samePay(readAlone(s), pay, true)) ??
      candidates.find((s) => samePay(readAlone(s), pay, false));
    if (seg) sentences.compensation = seg;
  }
  if (Object.keys(sentences).length === 0) return out;
  const clean = blankMarkup(source);
  for (const [field, e] of Object.entries(sentences) as [keyof RoleFacts, FactEvidence][]) {
    // Pay read from several lines is quoted whole (up to three quotes' length): its lowest
    // and highest figures may be lines apart.
    const limit = field === "compensation" && payLines ? 3 * QUOTE_CHARS : QUOTE_CHARS;
    out[field] = quoteOf(clean, e, ANCHORS[field], limit);
  }
  return out;
}

/** The pay a sentence states, read alone. */
function readAlone(s: { text: string }): Compensation | null {
  return extractCompensation(s.text).base;
}

function sameValue(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

function samePay(read: Compensation | null, pay: Compensation, exact: boolean): boolean {
  if (!read || read.currency !== pay.currency) return false;
  return exact ? read.min === pay.min && read.max === pay.max : read.min === pay.min;
}

/**
 * The quote of one sentence: all of it when short, else a window of about `limit` characters around
 * the first match of `anchor` (the sentence's start when nothing matches), cut at whitespace.
 */
export function quoteOf(
  clean: string,
  e: FactEvidence,
  anchor: RegExp,
  limit = QUOTE_CHARS,
): FactQuote {
  let start = e.start;
  let end = Math.min(e.end, clean.length);
  while (start < end && /\s/.test(clean[start] as string)) start++;
  while (end > start && /\s/.test(clean[end - 1] as string)) end--;
  if (collapse(clean.slice(start, end)).length > limit) {
    const at = anchor.exec(clean.slice(start, end))?.index ?? 0;
    let from = Math.max(start, start + at - Math.floor(limit / 3));
    let to = Math.min(end, from + limit);
    from = Math.max(start, Math.min(from, to - limit));
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

/**
 * The sentence each hand-written fact reading (`reading.facts`) rests on, found by testing only
 * the cues of the value read, sentence by sentence: for hands-on (when not "none"), work mode and
 * team size, the first sentence holding a cue of the value read (one the rules read, not a
 * requirement, where there is one; the title for a hands-on level read from the title alone);
 * for stage, the sentence that says it most strongly (`stageQuoteRank`: "We raised a pre-seed
 * round" over a "Founding Engineer" title). The same sentences as `handFactEvidence`
 * (facts-model.ts) names, without building the learned model's feature bags. Only `fields` are
 * looked for (all four by default): the stage's search reads every sentence's votes.
 */
export function ruleFactEvidence(
  reading: PostingReading,
  fields: readonly LearnedFactField[] = ["handsOn", "stage", "workMode", "teamSize"],
): Partial<Record<LearnedFactField, FactEvidence>> {
  const out: Partial<Record<LearnedFactField, FactEvidence>> = {};
  const segs = reading.segments;
  const put = (field: LearnedFactField, source: () => number | null) => {
    if (!fields.includes(field)) return;
    const i = source();
    if (i === null) return;
    const at =
      i !== -1
        ? i
        : reading.title === ""
          ? -1
          : segs.findIndex((s) => s.text.includes(reading.title));
    const seg = segs[at];
    if (seg) out[field] = { text: seg.text, start: seg.start, end: seg.end, section: seg.section };
  };
  const { handsOn, stage, workMode, teamSize } = reading.facts;
  if (handsOn === "required" || handsOn === "some")
    put("handsOn", () => handsOnSource(reading, handsOn));
  // "none" as the text says it: "This is not a hands-on coding role."
  else if (handsOn === "none") put("handsOn", () => reading.handsOnDeniedAt);
  if (stage !== null) put("stage", () => stageSource(segs, stage));
  if (workMode !== null) put("workMode", () => workModeSource(segs, workMode));
  if (teamSize !== null) put("teamSize", () => teamSizeSource(segs, teamSize));
  return out;
}

/** The first segment `hit` holds, preferring those `prefer` holds; null when none. */
function firstHit(
  count: number,
  hit: (i: number) => boolean,
  prefer: (i: number) => boolean,
): number | null {
  let first: number | null = null;
  for (let i = 0; i < count; i++) {
    if (!hit(i)) continue;
    if (prefer(i)) return i;
    first ??= i;
  }
  return first;
}

function handsOnSource(reading: PostingReading, level: "required" | "some"): number | null {
  const segs = reading.segments;
  const duty = (i: number) => zoneOf(segs[i] as ClassifiedSegment) === "d";
  // "required" is read from the text (the sentence the rules read it from) or from a builder's
  // title alone (the title's words).
  if (level === "required") return reading.handsOnRequiredAt ?? -1;
  if (reading.nominal === "solutions" || reading.nominal === "founder") return -1;
  let coding = -2;
  if (reading.hand.scores.coding > 0) {
    const top = [...(reading.hand.contributions.get("coding") ?? [])].sort((p, q) => q.c - p.c)[0];
    coding = top ? segs.findIndex((s) => s.start === top.seg.start) : -1;
  }
  return firstHit(
    segs.length,
    (i) => {
      if (i === coding) return true;
      const text = (segs[i] as ClassifiedSegment).text;
      const share = CODING_SHARE.exec(text);
      if (share && codingSharePercent(share) < 40) return true;
      return (
        HANDS_ON_SOME.test(text) ||
        LIMITED_CODING.test(text) ||
        HANDS_ON_INTEREST.test(text) ||
        CODE_REVIEW.test(text) ||
        STAY_TECHNICAL.test(text) ||
        STAY_HANDS_ON.test(text) ||
        ((zoneOf(segs[i] as ClassifiedSegment) === "r" ||
          (segs[i] as ClassifiedSegment).section === "requirements") &&
          HANDS_ON_LEADER.test(text))
      );
    },
    duty,
  );
}

function stageSource(segs: readonly ClassifiedSegment[], stage: Stage): number | null {
  // The sentence that says the stage most strongly; the first on a tie.
  let best: number | null = null;
  let most = 0;
  segs.forEach((seg, i) => {
    const rank = stageQuoteRank(seg, stage);
    if (rank > most) [best, most] = [i, rank];
  });
  return best;
}

/** What states each work mode: its patterns, and for hybrid a week split or said in CJK words. */
const MODE_SOURCES: Record<WorkMode, { test(text: string): boolean }[]> = {
  remote: [REMOTE, BARE_REMOTE, REMOTE_WORD, CJK_REMOTE],
  onsite: [ONSITE, { test: deniesRemote }],
  hybrid: [HYBRID, { test: saysHybridWeek }],
};

/** Work-mode cues are read per line (a segment never spans a line break), as workModeFeatures. */
function workModeSource(segs: readonly ClassifiedSegment[], mode: WorkMode): number | null {
  const lines: { text: string; segs: number[] }[] = [];
  let last = -1;
  segs.forEach((seg, i) => {
    const l = lines[lines.length - 1];
    if (l && seg.line === last) {
      l.text = `${l.text} ${seg.text}`;
      l.segs.push(i);
    } else lines.push({ text: seg.text, segs: [i] });
    last = seg.line;
  });
  let header: number | null = null;
  if (headerWorkMode(lines.map((l) => l.text)) === mode) {
    const at = lines
      .slice(0, 6)
      .findIndex((l) => l.text.split(/\s+[|]\s*|\s*[|]\s+|\s+[-–—]\s+/).length >= 3);
    header = at >= 0 ? (lines[at]?.segs[0] ?? null) : null;
  }
  const prefer = (i: number) => !REQUIREMENT_WORDS.test((segs[i] as ClassifiedSegment).text);
  let first: number | null = null;
  for (const line of lines) {
    const hits: number[] = [];
    if (header !== null && line.segs[0] === header) hits.push(header);
    for (const re of MODE_SOURCES[mode]) {
      if (!re.test(line.text)) continue;
      hits.push(
        line.segs.find((i) => re.test((segs[i] as ClassifiedSegment).text)) ??
          (line.segs[0] as number),
      );
    }
    hits.sort((a, b) => a - b);
    const best = hits.find(prefer);
    if (best !== undefined) return best;
    first ??= hits[0] ?? null;
  }
  return first;
}

function teamSizeSource(segs: readonly ClassifiedSegment[], size: TeamSize): number | null {
  for (let i = 0; i < segs.length; i++) {
    const seg = segs[i] as ClassifiedSegment;
    if (seg.heading) continue;
    for (const re of TEAM_PATTERNS_GLOBAL) {
      for (const m of seg.text.matchAll(re)) {
        const read = teamSizeOfMatch(seg.text, m);
        if (read && read.min === size.min && read.max === size.max) return i;
      }
    }
  }
  return null;
}

const TEAM_PATTERNS_GLOBAL = TEAM_PATTERNS.map((re) => new RegExp(re.source, "gi"));
