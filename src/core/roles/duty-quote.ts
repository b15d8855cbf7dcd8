/**
 * A long evidence sentence cut for display around the words that state the duty, so that a
 * one-paragraph posting's duties do not all quote the same opening words. Reads the sentence
 * again (the language model), so it lives apart from `quote.ts`, which the workbench bundles.
 */
import type { ResponsibilityId } from "../taxonomy.js";
import { cueRanges } from "./responsibilities.js";
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
  const room = Math.max(14, maxChars - 6);
  let focus: [number, number] | null = null;
  for (const seg of prepareText(sentence).segments) {
    const range = cueRanges(seg, id)[0];
    if (!range) continue;
    const start = seg.keyStarts[range[0]] as number;
    const lastStart = seg.keyStarts[range[1]] as number;
    focus = [start, lastStart + (seg.words[range[1]] as string).length];
    break;
  }
  // The window: from the sentence's start when the cue fits there, else about as much context
  // before the cue as after it; both ends at word boundaries, the cue always inside.
  let from = 0;
  if (focus && focus[1] > room) {
    const spare = Math.max(0, room - (focus[1] - focus[0]));
    from = Math.max(0, Math.min(focus[0] - Math.floor(spare / 2), sentence.length - room));
    if (from > 0 && sentence[from - 1] !== " ") {
      const next = sentence.indexOf(" ", from);
      from = next < 0 || next + 1 > focus[0] ? focus[0] : next + 1;
    }
  }
  let to = Math.min(sentence.length, from + room);
  if (to < sentence.length && sentence[to] !== " ") {
    const space = sentence.lastIndexOf(" ", to);
    if (space > from && (!focus || space >= focus[1])) to = space;
  }
  const text = sentence.slice(from, to).trim();
  return `${from > 0 ? "..." : ""}${text}${to < sentence.length ? "..." : ""}`;
}
