/**
 * Decision criteria the author states, in their order: the items of a list introduced as
 * what they look for ("the kinds of things I'm looking for in my next role", "I'd love an
 * organisation that is:"), or the items and lead-phrase paragraphs of a section so headed.
 * Each criterion is named by its bold lead phrase (or its first sentence) and mapped to the
 * values whose cues its name carries, else the strongest value of its text.
 */
import type { ValueId } from "../taxonomy.js";
import type { Block } from "./blocks.js";
import type { SentenceContext } from "./context.js";
import { listLeadIns } from "./context.js";
import { CRITERIA_LEAD_IN, FIRST_PERSON, PATHS_LEAD_IN, REJECTED_LEAD_IN } from "./lexicon.js";
import { cueHits } from "./match.js";
import type { Post } from "./post.js";
import type { Sentence } from "./sentences.js";
import { sentenceValues, VALUE_CUE_REGEXES } from "./values.js";

export interface StatedCriterion {
  name: string;
  values: ValueId[];
  /** The criterion's first sentence, verbatim. */
  evidence: string;
  /** All sentences of the criterion's text. */
  sentences: Sentence[];
}

/** A criterion's text must show a value at least this strongly to map to it. */
const MIN_BODY_STRENGTH = 0.3;

/** Whether a block introduces (or heads) a list of criteria. */
function introducesCriteria(text: string, isHeading: boolean): boolean {
  const norm = text.toLowerCase().replace(/[’‘]/g, "'");
  if (!CRITERIA_LEAD_IN.test(norm)) return false;
  // "What I'm not looking for", "what I don't want": things set aside, not criteria.
  if (REJECTED_LEAD_IN.test(norm)) return false;
  if (PATHS_LEAD_IN.test(norm) && !/\blooking for\b/.test(norm)) return false;
  return isHeading || FIRST_PERSON.test(norm);
}

/** The blocks that state criteria, grouped one group per criterion, in document order. */
function criterionBlocks(post: Post): Block[][] {
  const leadIns = listLeadIns(post.blocks);
  const groups: Block[][] = [];
  let current: { list: number; index: number } | null = null;
  post.blocks.forEach((block, index) => {
    const heading = block.section >= 0 ? post.blocks[block.section] : undefined;
    const headed = heading ? introducesCriteria(heading.text, true) : false;
    let stated = false;
    if (block.list && block.list.depth === 0) {
      const leadIn = leadIns.get(block.list.list) ?? -1;
      const lead = leadIn >= 0 ? post.blocks[leadIn] : undefined;
      const leadText = lead?.text.toLowerCase() ?? "";
      // Under a "what I'm looking for" heading, a list introduced as roles or as things
      // set aside is not a list of criteria.
      const otherList = PATHS_LEAD_IN.test(leadText) || REJECTED_LEAD_IN.test(leadText);
      stated =
        (lead ? introducesCriteria(lead.text, lead.kind === "heading") && !otherList : false) ||
        (headed && !otherList);
    } else if (block.kind === "paragraph" && block.lead !== null && headed) {
      stated = true;
    }
    if (!stated) {
      current = null;
      return;
    }
    const place = block.list
      ? { list: block.list.list, index: block.list.index }
      : { list: -1, index };
    if (current && current.list === place.list && current.index === place.index) {
      groups.at(-1)?.push(block);
    } else {
      groups.push([block]);
      current = place;
    }
  });
  return groups;
}

/**
 * Values a criterion's name carries, strongest cue first; between equal cues the earlier
 * one leads, since a name's head comes first ("Colleagues I can learn from").
 */
function nameValues(name: string): ValueId[] {
  const norm = name.toLowerCase().replace(/[’‘]/g, "'");
  const pseudo = { norm, negated: new Uint8Array(norm.length) } as Sentence;
  const scored: Array<{ id: ValueId; weight: number; at: number }> = [];
  for (const [id, cues] of VALUE_CUE_REGEXES) {
    const hit = cueHits(pseudo, cues).find((h) => !h.rejected);
    if (hit) scored.push({ id, weight: hit.weight, at: hit.at });
  }
  const top = Math.max(0, ...scored.map((s) => s.weight));
  return scored
    .filter((s) => s.weight >= 0.5 && s.weight >= top * 0.6)
    .sort((a, b) => b.weight - a.weight || a.at - b.at)
    .map((s) => s.id);
}

/**
 * What introduces criteria listed inline, before the colon: a narrower {@link CRITERIA_LEAD_IN}
 * ("my criteria", "must-haves", "what I'm looking for", "what matters to me"), since a colon
 * in running prose ("the importance of timing: ...") introduces no list.
 */
const INLINE_LEAD_IN =
  /\b(criteria|must-haves?|non-negotiables?|priorities|wish ?list|what i('m| am)? ?(really )?((want|need)(?! to)|look(ing)? for|value)|i('m| am) looking for|what matters( most)?( to me)?|important to me)\b/;

/**
 * The items of a list the author states inline after a criteria lead-in and a colon ("My
 * criteria for the next role: a say in technical direction, a CEO who trusts engineering, and
 * remote work."): the text after the colon, cut at commas and semicolons and, after one of
 * those, at the last "and" or "or" ("a, b and c"); at least two items, each of at most 12 words
 * (a longer clause is prose). None when the text before the colon is no such lead-in.
 */
function inlineCriteria(text: string): string[] {
  const colon = text.indexOf(":");
  if (colon < 0) return [];
  const lead = text.slice(0, colon).toLowerCase().replace(/[’‘]/g, "'");
  if (lead.split(/\s+/).length > 10 || !INLINE_LEAD_IN.test(lead)) return [];
  const parts = text
    .slice(colon + 1)
    .replace(/[.!]+\s*$/, "")
    .split(/\s*[;,]\s*(?:(?:and|or)\s+)?/);
  const last = parts.at(-1);
  if (parts.length >= 2 && last !== undefined) {
    const cut = / (?:and|or) (?!.* (?:and|or) )/.exec(last);
    if (cut) parts.splice(-1, 1, last.slice(0, cut.index), last.slice(cut.index + cut[0].length));
  }
  const items = parts.map((p) => p.trim()).filter((p) => p.length > 0);
  if (items.length < 2 || items.some((p) => p.split(/\s+/).length > 12)) return [];
  return items;
}

/** Stated criteria of a post, in the author's order. */
export function statedCriteria(
  post: Post,
  sentences: readonly Sentence[],
  contexts: readonly SentenceContext[],
): StatedCriterion[] {
  const out: StatedCriterion[] = [];
  const groups = criterionBlocks(post);
  const listed = new Set(groups.flat().map((b) => post.blocks.indexOf(b)));
  // Criteria said inline, in a paragraph of the author's own: each item is one, named by its
  // words and mapped to the values its name carries (the sentence holds every item's words).
  const inline: StatedCriterion[] = [];
  for (const s of sentences) {
    if (listed.has(s.block) || post.blocks[s.block]?.kind !== "paragraph") continue;
    if ((contexts[s.index]?.voice ?? 0) < 1) continue;
    for (const name of inlineCriteria(s.text))
      inline.push({ name, values: nameValues(name), evidence: s.quote, sentences: [s] });
  }
  for (const group of groups) {
    const indices = new Set(group.map((b) => post.blocks.indexOf(b)));
    const own = sentences.filter((s) => indices.has(s.block));
    const first = own[0];
    const head = group[0];
    if (!first || !head) continue;
    const name = (head.lead ?? first.text.replace(/[.;:,!]+$/, "")).trim();
    let values = nameValues(name);
    if (values.length === 0) {
      const totals = new Map<ValueId, number>();
      for (const s of own) {
        for (const [id, strength] of sentenceValues(s, contexts[s.index] as SentenceContext)
          .strengths) {
          totals.set(id, Math.max(totals.get(id) ?? 0, strength));
        }
      }
      const best = [...totals].sort((a, b) => b[1] - a[1])[0];
      if (best && best[1] >= MIN_BODY_STRENGTH) values = [best[0]];
    }
    out.push({ name, values, evidence: first.quote, sentences: own });
  }
  if (inline.length === 0) return out;
  // In the author's order: by the first sentence of each criterion.
  return [...out, ...inline].sort(
    (a, b) => (a.sentences[0]?.index ?? 0) - (b.sentences[0]?.index ?? 0),
  );
}
