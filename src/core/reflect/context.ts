/**
 * Whose words a sentence is and where it stands: the weights that turn a cue into evidence.
 *
 * A cue counts fully when the author speaks of themself (first person), in a sentence that
 * states a wish, a reason or a lack; it counts less in a team's voice ("we"), in advice
 * ("you"), about a third party (an employer, a company), in a quotation, or in a how-to
 * section. List items take the voice of the sentence that introduces them ("I'd love an
 * organisation that is: ..."). These weights are judgement calls, set once on the
 * development set and kept round so as not to fit it.
 */
import type { Block } from "./blocks.js";
import {
  ADVICE_SECTION,
  DESIRE_FRAME,
  FIRST_PERSON,
  FIRST_PLURAL,
  GENERIC_PERSON,
  IMPERSONAL_ONE,
  LACK_FRAME,
  RECRUITING,
  REJECTED_LEAD_IN,
  SEEKING_SECTION,
  SUGGESTED_BY_OTHERS,
} from "./lexicon.js";
import type { Post } from "./post.js";
import type { Sentence } from "./sentences.js";

export interface SentenceContext {
  /** 1 for the author's own voice, down to 0.35 for a third party's. */
  voice: number;
  /** The sentence states a wish, reason or lack (or inherits one as a list item). */
  framed: boolean;
  /** Weight of the block's place: title, section kind, quotation. */
  place: number;
  /**
   * The voice the path reading hears the sentence in: `voice`, except for someone else's idea
   * for the author ("friends keep telling me to start a company"), whose value cues are theirs
   * (`voice` 0.35) but whose steps are the author's to weigh (the author's voice kept here).
   */
  pathVoice: number;
}

/** The lead-in of each list: the block just before its first item, when it is prose. */
export function listLeadIns(blocks: readonly Block[]): Map<number, number> {
  const leadIns = new Map<number, number>();
  blocks.forEach((block, index) => {
    const list = block.list;
    if (!list || leadIns.has(list.list)) return;
    const before = blocks[index - 1];
    if (before && (before.kind === "paragraph" || before.kind === "heading")) {
      leadIns.set(list.list, index - 1);
    } else {
      leadIns.set(list.list, -1);
    }
  });
  return leadIns;
}

/** The voice, frame and place of every sentence of a post (same order as `sentences`). */
export function sentenceContexts(post: Post, sentences: readonly Sentence[]): SentenceContext[] {
  const leadIns = listLeadIns(post.blocks);
  const sentencesOfBlock = new Map<number, Sentence[]>();
  for (const s of sentences) {
    const list = sentencesOfBlock.get(s.block) ?? [];
    list.push(s);
    sentencesOfBlock.set(s.block, list);
  }
  // A block's voice is read once: list items share their lead-in's, a paragraph's short notes
  // its own.
  const blockVoices = new Map<number, { voice: number; framed: boolean }>();
  const blockVoice = (index: number): { voice: number; framed: boolean } => {
    let read = blockVoices.get(index);
    if (!read) {
      const text = (sentencesOfBlock.get(index) ?? []).map((s) => s.norm).join(" ");
      read = { voice: voiceOf(text), framed: DESIRE_FRAME.test(text) || LACK_FRAME.test(text) };
      blockVoices.set(index, read);
    }
    return read;
  };

  return sentences.map((sentence) => {
    const block = post.blocks[sentence.block] as Block;
    let voice = voiceOf(sentence.norm);
    let framed = DESIRE_FRAME.test(sentence.norm) || LACK_FRAME.test(sentence.norm);
    if (block.list) {
      const leadIn = leadIns.get(block.list.list) ?? -1;
      const lead = post.blocks[leadIn];
      if (lead && REJECTED_LEAD_IN.test(lead.text.toLowerCase())) {
        // Items of "things I'm not interested in" are set aside, not sought.
        voice = Math.min(voice, 0.35);
        framed = false;
      } else if (leadIn >= 0) {
        const inherited = blockVoice(leadIn);
        if (inherited.voice > voice) voice = inherited.voice;
        framed ||= inherited.framed && inherited.voice >= 1;
      }
    }
    if (block.kind === "heading" || block.kind === "title" || block.kind === "summary") {
      voice = Math.max(voice, 0.8);
    }
    if (RECRUITING.test(sentence.norm)) {
      voice = 0.35;
      framed = false;
    }
    // A short note with no person of its own, in a paragraph the author speaks in ("Six months
    // off. I've told recruiters I won't take calls until July."), is the author's too: for the
    // steps it names, not for the values.
    const pathVoice =
      voice < 0.5 && sentence.norm.split(/\s+/).length <= 8 && blockVoice(sentence.block).voice >= 1
        ? 1
        : voice;
    if (SUGGESTED_BY_OTHERS.test(sentence.norm)) {
      voice = 0.35;
      framed = false;
    }
    return { voice, framed, place: placeOf(post, block), pathVoice };
  });
}

function voiceOf(norm: string): number {
  if (FIRST_PERSON.test(norm)) return 1;
  if (FIRST_PLURAL.test(norm)) return 0.6;
  if (IMPERSONAL_ONE.test(norm)) return 0.7;
  if (GENERIC_PERSON.test(norm)) return 0.5;
  return 0.35;
}

function placeOf(post: Post, block: Block): number {
  if (block.kind === "title") return 1.2;
  if (block.kind === "quote") return 0.3;
  const heading = block.section >= 0 ? post.blocks[block.section] : undefined;
  if (!heading) return 1;
  const text = heading.text.toLowerCase();
  if (ADVICE_SECTION.test(text)) return 0.7;
  if (SEEKING_SECTION.test(text)) return 1.2;
  return 1;
}
