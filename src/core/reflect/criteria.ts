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

/** Stated criteria of a post, in the author's order. */
export function statedCriteria(
  post: Post,
  sentences: readonly Sentence[],
  contexts: readonly SentenceContext[],
): StatedCriterion[] {
  const out: StatedCriterion[] = [];
  for (const group of criterionBlocks(post)) {
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
  return out;
}
