/**
 * Edits that touch one field should leave the rest of the file exactly as the user wrote it.
 * The YAML library re-prints the whole document after an edit, normalising layout on the way
 * (`[4, 5]` becomes `[ 4, 5 ]`, the spaces before a comment collapse to one). This puts the
 * user's own lines back wherever the re-printed line differs from one of them only in such
 * layout, and keeps the re-printed text whenever that would change what the file means.
 */
import { isDeepStrictEqual } from "node:util";
import { parse } from "yaml";

/**
 * @param before the YAML text as read
 * @param after the same document re-printed after an edit
 * @returns `after` with every line that only differs from a line of `before` in layout
 *   replaced by that original line; `after` itself when the result would not parse to the
 *   same value
 */
export function keepUnchangedLines(before: string, after: string): string {
  if (before === after) return after;
  const originals = new Map<string, string[]>();
  for (const line of before.split("\n")) {
    const key = layoutKey(line);
    const list = originals.get(key);
    if (list) list.push(line);
    else originals.set(key, [line]);
  }
  const merged = after
    .split("\n")
    .map((line) => originals.get(layoutKey(line))?.shift() ?? line)
    .join("\n");
  if (merged === after) return after;
  try {
    return isDeepStrictEqual(parse(merged), parse(after)) ? merged : after;
  } catch {
    return after;
  }
}

/** A line with layout-only differences removed: padding in brackets, spacing before comments. */
function layoutKey(line: string): string {
  return line
    .replace(/\s+$/, "")
    .replace(/([[{])\s+/g, "$1")
    .replace(/\s+([\]}])/g, "$1")
    .replace(/\s*,\s*/g, ", ")
    .replace(/\s+#/g, " #");
}
