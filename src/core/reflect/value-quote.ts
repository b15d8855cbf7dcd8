/**
 * A long evidence sentence of a value cut for display around the words that state the value,
 * rather than at its opening: blog posts run long sentences, and the value is often at the end.
 */
import type { ValueId } from "../taxonomy.js";
import { cutAround } from "../text/cut.js";
import { normaliseChar } from "./sentences.js";
import { VALUE_CUE_REGEXES } from "./values.js";

/**
 * The sentence with its white space collapsed, whole when at most `maxChars` long; otherwise a
 * run of its words of at most `maxChars` characters (with "..." where the sentence goes on)
 * holding the strongest hand-written cue of `id` it contains (lexicon.ts), or its opening
 * words when it holds none. The words between the dots are the sentence's own.
 *
 * @param sentence an evidence sentence of a value finding
 * @param maxChars the longest quote wanted, dots included; at least 20
 */
export function valueQuote(sentence: string, id: ValueId, maxChars = 100): string {
  const flat = sentence.replace(/\s+/g, " ").trim();
  if (flat.length <= maxChars) return flat;
  // The lexicons read normalised text; one character for one, so offsets carry over.
  let norm = "";
  for (const ch of flat.split("")) norm += normaliseChar(ch);
  let focus: [number, number] | null = null;
  let weight = 0;
  for (const [value, cues] of VALUE_CUE_REGEXES) {
    if (value !== id) continue;
    for (const cue of cues) {
      cue.regex.lastIndex = 0;
      const m = cue.regex.exec(norm);
      cue.regex.lastIndex = 0;
      if (m && m[0].length > 0 && cue.weight > weight) {
        weight = cue.weight;
        focus = [m.index, m.index + m[0].length];
      }
    }
  }
  return cutAround(flat, focus, maxChars);
}
