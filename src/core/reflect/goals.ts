/**
 * Goals: sentences where the author names where they aim to be ("my long-term goal is ...",
 * "it's my intention to ...", "I want to become ..."), quoted verbatim, in order.
 */
import { GOAL_FRAME } from "./lexicon.js";
import type { Sentence } from "./sentences.js";

/** At most this many goals per post: the first ones stated. */
const MAX_GOALS = 3;

/** The first goal sentences of a post, verbatim, without repeats (at most {@link MAX_GOALS}). */
export function statedGoals(sentences: readonly Sentence[]): string[] {
  const out: string[] = [];
  for (const s of sentences) {
    if (out.length >= MAX_GOALS) break;
    if (GOAL_FRAME.test(s.norm) && !out.includes(s.quote)) out.push(s.quote);
  }
  return out;
}
