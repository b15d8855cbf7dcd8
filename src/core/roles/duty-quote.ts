/**
 * A long evidence sentence cut for display around the words that state the duty, so that a
 * one-paragraph posting's duties do not all quote the same opening words. Reads the sentence
 * again (the language model), so it lives apart from `quote.ts`, which the workbench bundles.
 */
import type { ResponsibilityId } from "../taxonomy.js";
import { cutAround } from "../text/cut.js";
import { strongestCue } from "./responsibilities.js";
import { prepareText } from "./text.js";

/**
 * The sentence itself when it is at most `maxChars` long; otherwise a run of its words of at
 * most `maxChars` characters (with "..." added where the sentence goes on) holding the strongest
 * hand-written cue of `id` it contains (model.yaml), or its opening words when it has none. The
 * words between the dots are the sentence's own, verbatim.
 *
 * @param sentence an evidence sentence of a responsibility finding
 * @param maxChars the longest quote wanted, dots included; at least 20
 */
export function dutyQuote(sentence: string, id: ResponsibilityId, maxChars = 110): string {
  if (sentence.length <= maxChars) return sentence;
  let focus: [number, number] | null = null;
  for (const seg of prepareText(sentence).segments) {
    const range = strongestCue(seg, id);
    if (!range) continue;
    const start = seg.keyStarts[range[0]] as number;
    const lastStart = seg.keyStarts[range[1]] as number;
    focus = [start, lastStart + (seg.words[range[1]] as string).length];
    break;
  }
  return cutAround(sentence, focus, maxChars);
}
