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
 * How an edited document is re-printed before {@link keepUnchangedLines}: never folded at a
 * line width (the library's default of 80 turns a long `{ a: 1, b: 2, ... }` the user wrote
 * on one line into a multi-line block, and folds long text), so lines stay as long as the
 * user made them.
 */
export const EDIT_PRINT_OPTIONS = { lineWidth: 0 } as const;

/**
 * @param before the YAML text as read
 * @param after the same document re-printed after an edit
 * @returns `after` with every line that only differs from a line of `before` in layout
 *   replaced by that original line; `after` itself when the result would not parse to the
 *   same value
 */
export function keepUnchangedLines(before: string, after: string): string {
  if (before === after) return after;
  const blocks = keepUntouchedFields(before, after);
  return blocks === after ? keepLayoutOfLines(before, after) : blocks;
}

/**
 * A top-level field whose value the edit left alone keeps its text exactly as written, even
 * where the library re-prints more than layout (it moves a comment after `compensation:` to
 * a line of its own). Lines of the fields that did change are matched as in
 * {@link keepLayoutOfLines}.
 */
function keepUntouchedFields(before: string, after: string): string {
  const old = new Map(topLevelFields(before).map((field) => [field.key, field] as const));
  const merged = topLevelFields(after)
    .map((field) => {
      const original = old.get(field.key);
      if (original === undefined) return field.text;
      return sameValue(original.text, field.text)
        ? original.text
        : keepLayoutOfLines(original.text, field.text);
    })
    .join("");
  return meansTheSame(merged, after) ? merged : after;
}

interface TopLevelField {
  /** The field's key as written, or "" for what comes before the first key. */
  key: string;
  /** Its lines (key line, nested lines, comments up to the next key), with their line ends. */
  text: string;
}

/** Splits a block mapping's text at each unindented key line. */
function topLevelFields(text: string): TopLevelField[] {
  const fields: TopLevelField[] = [{ key: "", text: "" }];
  for (const line of text.split(/(?<=\n)/)) {
    const key = /^([^\s#\-?:][^:#]*):(?:\s|$)/.exec(line)?.[1];
    if (key !== undefined) fields.push({ key, text: line });
    else (fields.at(-1) as TopLevelField).text += line;
  }
  return fields;
}

function sameValue(a: string, b: string): boolean {
  try {
    return isDeepStrictEqual(parse(a, { logLevel: "error" }), parse(b, { logLevel: "error" }));
  } catch {
    return false;
  }
}

function meansTheSame(merged: string, after: string): boolean {
  return merged === after || sameValue(merged, after);
}

function keepLayoutOfLines(before: string, after: string): string {
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
  return meansTheSame(merged, after) ? merged : after;
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
