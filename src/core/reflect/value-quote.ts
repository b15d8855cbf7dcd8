/**
 * A long evidence sentence of a value cut for display around the words that state the value,
 * rather than at its opening: blog posts run long sentences, and the value is often at the end.
 */
import type { ValueId } from "../taxonomy.js";
import { cutAround } from "../text/cut.js";
import { cueHits } from "./match.js";
import { normaliseChar, type Sentence } from "./sentences.js";
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
  // The lexicons read normalised text; one character for one, so offsets carry over. Read as
  // a name of a criterion is (criteria.ts): a sentence with no negation marks.
  let norm = "";
  for (const ch of flat.split("")) norm += normaliseChar(ch);
  const pseudo = { norm, negated: new Uint8Array(norm.length) } as Sentence;
  const cues = VALUE_CUE_REGEXES.find(([value]) => value === id)?.[1] ?? [];
  const hit = cueHits(pseudo, cues)[0];
  const focus: [number, number] | null = hit ? [hit.at, hit.end] : null;
  return cutAround(flat, focus, maxChars);
}
