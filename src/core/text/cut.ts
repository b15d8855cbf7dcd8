/**
 * Cutting a long sentence for display: a run of its words around the part that matters, with
 * "..." where the sentence goes on. Pure string work, shared by the role and reflection reports.
 */

/**
 * The text itself when it is at most `maxChars` long; otherwise a run of its words of at most
 * `maxChars` characters, dots included, that holds `focus` (character offsets `[start, end)` into
 * `text`) when it fits: from the text's start when the focus lies within reach of it, else with
 * about as much context before the focus as after. Without a focus, the opening words.
 *
 * @param maxChars at least 20
 * @returns `"..."` + words of `text`, verbatim + `"..."` (each run of dots only where words
 *   are left out)
 */
export function cutAround(
  text: string,
  focus: readonly [number, number] | null,
  maxChars: number,
): string {
  if (text.length <= maxChars) return text;
  const room = Math.max(14, maxChars - 6);
  let from = 0;
  if (focus && focus[1] > room) {
    const spare = Math.max(0, room - (focus[1] - focus[0]));
    from = Math.max(0, Math.min(focus[0] - Math.floor(spare / 2), text.length - room));
    if (from > 0 && text[from - 1] !== " ") {
      const next = text.indexOf(" ", from);
      from = next < 0 || next + 1 > focus[0] ? focus[0] : next + 1;
    }
  }
  let to = Math.min(text.length, from + room);
  if (to < text.length && text[to] !== " ") {
    const space = text.lastIndexOf(" ", to);
    if (space > from && (!focus || space >= focus[1])) to = space;
  }
  const kept = text.slice(from, to).trim();
  return `${from > 0 ? "..." : ""}${kept}${to < text.length ? "..." : ""}`;
}
