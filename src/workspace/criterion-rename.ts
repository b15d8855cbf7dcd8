/**
 * `bearing criterion rename OLD NEW`: a criterion's id changes everywhere the workspace names
 * it, as one change. In `bearing.yaml`: the criterion's own `id` (its weights, value function,
 * `ask` and the rest stay with it), AHP `weighting.pairwise` judgements, must-haves and the
 * answers to trade-off questions; in every option file, the key of its rating; in every
 * reviewer's `feedback/*.yaml`, the key of their weight. Decision records (`decisions/`) keep
 * the id they were sealed with: they are never rewritten.
 *
 * Each file is edited through the YAML Document API with the user's layout kept
 * (`keep-layout.ts`), as `option set` edits; every edited file is validated as it will be read
 * back, and all are written together (`writeTogether`: new contents to temporary files first,
 * then the renames), or none.
 */
import { isDeepStrictEqual } from "node:util";
import {
  isMap,
  isScalar,
  isSeq,
  type Pair,
  parseDocument,
  parse as parseYamlValue,
  type Scalar,
  type YAMLMap,
} from "yaml";
import { BearingError, errorsOf, type Issue } from "../core/errors.js";
import { ID_PATTERN } from "../core/model/profile.js";
import { FEEDBACK_DIR } from "../core/share/feedback.js";
import { slugify } from "../core/slug.js";
import { unknownIdHint } from "../core/suggest.js";
import { readFeedback } from "./feedback.js";
import { joinFrontMatter, splitFrontMatter } from "./frontmatter.js";
import { EDIT_PRINT_OPTIONS, keepUnchangedLines } from "./keep-layout.js";
import { inspectWorkspace, loadWorkspace, PROFILE_FILE, parseOption } from "./load.js";
import { decodeText, parseYaml } from "./parse.js";
import type { YamlDoc } from "./profile-edit.js";
import {
  contentHash,
  type FileWrite,
  MemoryStorage,
  type Storage,
  writeTogether,
} from "./storage.js";

export interface CriterionRename {
  from: string;
  to: string;
  /** Every file changed, with the fields renamed in it (paths as `formatPath` prints them). */
  files: { file: string; fields: string[] }[];
}

/**
 * Renames criterion `from` to `to` across the workspace (see the module comment).
 * @param options.dryRun work out and validate the change, write nothing
 * @returns what was (or would be) changed
 * @throws BearingError (input): `to` is not an id (`invalid_value`, with one that would do),
 *   `from` is no criterion (`unknown_id`, with "did you mean"), `to` is a criterion already
 *   (`already_exists`), the workspace or a feedback file has problems (every one, located),
 *   or a file changed while bearing was renaming (`conflict`); nothing is written in any of
 *   these cases. PartialWriteError (internal) only when files were replaced and a failure
 *   left some that could not be put back, each named.
 */
export async function renameCriterion(
  storage: Storage,
  from: string,
  to: string,
  options: { dryRun?: boolean } = {},
): Promise<CriterionRename> {
  if (!ID_PATTERN.test(to)) {
    throw BearingError.input({
      code: "invalid_value",
      path: ["NEW"],
      message: `"${to}" is not a criterion id`,
      hint: `use lower-case letters, digits, - and _, starting with a letter or digit, e.g. ${slugify(to, { fallback: "criterion" }).replaceAll("-", "_")}`,
    });
  }
  if (typeof parseYamlValue(to) !== "string") {
    throw BearingError.input({
      code: "invalid_value",
      path: ["NEW"],
      message: `"${to}" would be read as a ${parseYamlValue(to) === null ? "null" : typeof parseYamlValue(to)} in YAML, not as an id`,
      hint: `add a letter, e.g. ${to.replace(/^[-_]+/, "")}_score`,
    });
  }
  const workspace = await loadWorkspace(storage);
  const ids = workspace.profile.criteria.map((c) => c.id);
  if (!ids.includes(from)) {
    throw BearingError.input({
      code: "unknown_id",
      path: ["OLD"],
      file: PROFILE_FILE,
      message: `no criterion "${from}"`,
      hint: unknownIdHint(from, ids, "criteria"),
    });
  }
  if (from === to) return { from, to, files: [] };
  if (ids.includes(to)) {
    throw BearingError.input({
      code: "already_exists",
      path: ["NEW"],
      file: PROFILE_FILE,
      message: `there is a criterion "${to}" already; nothing was changed`,
      hint: `choose another id, or merge the two by hand (rate every option on one of them, then delete the other from bearing.yaml)`,
    });
  }

  const writes: FileWrite[] = [];
  const files: CriterionRename["files"] = [];
  const source = workspace.profileSource;
  const { parsed: profileYaml } = parseYaml(PROFILE_FILE, source.text);
  const found = renameInProfile(profileYaml.doc, from, to);
  const profileText = replaceScalars(source.text, 0, profileYaml.doc, found.nodes, to);
  const state = await inspectWorkspace(new MemoryStorage({ [PROFILE_FILE]: profileText }), {
    optionIds: false,
  });
  const profileErrors = errorsOf(state.issues).filter((issue) => issue.file === PROFILE_FILE);
  if (profileErrors.length > 0 || !state.profile) {
    throw new BearingError(
      `renaming "${from}" to "${to}" would make bearing.yaml invalid; nothing was changed`,
      profileErrors,
    );
  }
  writes.push({ path: PROFILE_FILE, data: profileText, expectedHash: source.hash });
  files.push({ file: PROFILE_FILE, fields: found.fields });
  const profile = state.profile;

  const issues: Issue[] = [];
  for (const option of workspace.options) {
    if (!Object.hasOwn(option.ratings, from)) continue;
    const { file, text, hash } = option.source;
    const split = splitFrontMatter(text);
    const fence = /^---[ \t]*\r?\n/.exec(text);
    if (!split || !fence) throw new BearingError(`${file}: front matter vanished`, [], "internal");
    const { parsed } = parseYaml(file, split.yaml, split.lineOffset, "frontmatter_syntax");
    const ratings = parsed.doc.get("ratings", true);
    const key = isMap(ratings) ? renameKey(ratings, from, to) : null;
    if (!key) continue;
    const edited = replaceScalars(text, fence[0].length, parsed.doc, [key], to, (yaml) =>
      joinFrontMatter(yaml, split.body, split.eol),
    );
    parseOption(file, edited, profile, issues);
    writes.push({ path: file, data: edited, expectedHash: hash });
    files.push({ file, fields: [`ratings.${from} → ratings.${to}`] });
  }

  const optionIds = workspace.options.map((o) => o.id);
  for (const name of (await storage.list(FEEDBACK_DIR)).sort()) {
    if (name.startsWith(".") || !/\.ya?ml$/i.test(name)) continue;
    const file = `${FEEDBACK_DIR}/${name}`;
    const bytes = await storage.read(file);
    if (bytes === null) continue;
    // Feedback that is wrong now is reported before anything is renamed.
    const before = readFeedback(file, bytes, workspace.profile, optionIds);
    if (errorsOf(before.issues).length > 0) {
      issues.push(...before.issues);
      continue;
    }
    if (!before.feedback || !Object.hasOwn(before.feedback.weights, from)) continue;
    const decoded = decodeText(file, bytes);
    if (!decoded.ok) continue;
    const { parsed } = parseYaml(file, decoded.text);
    const weights = parsed.doc.get("weights", true);
    const key = isMap(weights) ? renameKey(weights, from, to) : null;
    if (!key) continue;
    const text = replaceScalars(decoded.text, 0, parsed.doc, [key], to);
    issues.push(...readFeedback(file, new TextEncoder().encode(text), profile, optionIds).issues);
    writes.push({ path: file, data: text, expectedHash: contentHash(bytes) });
    files.push({ file, fields: [`weights.${from} → weights.${to}`] });
  }

  if (errorsOf(issues).length > 0) {
    throw new BearingError(
      `renaming "${from}" to "${to}" would leave files bearing cannot read; nothing was changed`,
      errorsOf(issues),
    );
  }
  if (!options.dryRun) await writeTogether(storage, writes);
  return { from, to, files };
}

/**
 * Renames the criterion in bearing.yaml's document: its `id`, the pairwise judgements, the
 * must-haves and the trade-off answers that name it.
 * @returns the fields changed, e.g. `criteria[2].id`, `mustHaves[0].criterion`, and the
 *   scalar nodes renamed (keys and values)
 */
function renameInProfile(
  doc: YamlDoc,
  from: string,
  to: string,
): { fields: string[]; nodes: Scalar[] } {
  const fields: string[] = [];
  const nodes: Scalar[] = [];
  const each = (path: string[], visit: (item: unknown, index: number) => void) => {
    const seq = doc.getIn(path, true);
    if (isSeq(seq)) seq.items.forEach(visit);
  };
  const setScalar = (node: unknown, path: string) => {
    if (isScalar(node) && node.value === from) {
      node.value = to;
      fields.push(path);
      nodes.push(node);
    }
  };
  each(["criteria"], (item, i) => {
    if (isMap(item)) setScalar(item.get("id", true), `criteria[${i}].id`);
  });
  each(["weighting", "pairwise"], (item, i) => {
    if (!isSeq(item)) return;
    item.items.slice(0, 2).forEach((side, k) => {
      setScalar(side, `weighting.pairwise[${i}][${k}]`);
    });
  });
  each(["mustHaves"], (item, i) => {
    if (isMap(item)) setScalar(item.get("criterion", true), `mustHaves[${i}].criterion`);
  });
  each(["tradeoffs"], (item, i) => {
    if (!isMap(item)) return;
    for (const side of ["prefer", "over"]) {
      const map = item.get(side, true);
      const key = isMap(map) ? renameKey(map, from, to) : null;
      if (key) {
        fields.push(`tradeoffs[${i}].${side}.${from}`);
        nodes.push(key);
      }
    }
  });
  return { fields, nodes };
}

/**
 * Renames key `from` of a YAML map to `to` in place: the value, its comments and the key's
 * position stay. @returns the key's node, or null when the map has no such key
 */
function renameKey(map: YAMLMap, from: string, to: string): Scalar | null {
  const pair = map.items.find(
    (item: Pair) => (isScalar(item.key) ? item.key.value : item.key) === from,
  );
  if (!pair || !isScalar(pair.key)) return null;
  pair.key.value = to;
  return pair.key;
}

/**
 * The file's text with each renamed scalar's source characters replaced by `to` (in the
 * scalar's own quotes, if any), so that not a byte around them moves: comments, spacing,
 * flow maps, folded lines. Checked by reading the result back: when it does not say what the
 * edited document says (a scalar written in a way this does not handle), the document is
 * printed instead, with the user's layout kept where possible (`keep-layout.ts`).
 * @param offset where the YAML starts in `text` (after a front-matter fence)
 * @param rejoin builds the file from re-printed YAML, for that fallback (default: the YAML)
 */
function replaceScalars(
  text: string,
  offset: number,
  doc: YamlDoc,
  nodes: readonly Scalar[],
  to: string,
  rejoin: (yaml: string) => string = (yaml) => yaml,
): string {
  const spans = nodes
    .map((node) => node.range)
    .filter((range): range is [number, number, number] => Array.isArray(range))
    .sort((a, b) => b[0] - a[0]);
  let out = text;
  for (const [start, end] of spans) {
    const was = text.slice(offset + start, offset + end);
    const quote = was.startsWith('"') || was.startsWith("'") ? (was[0] as string) : "";
    out = `${out.slice(0, offset + start)}${quote}${to}${quote}${out.slice(offset + end)}`;
  }
  const yamlEnd = offset + (doc.range?.[2] ?? text.length - offset);
  const reread = parseDocument(out.slice(offset, yamlEnd + (out.length - text.length)));
  if (spans.length === nodes.length && isDeepStrictEqual(reread.toJS(), doc.toJS())) return out;
  const original = text.slice(offset, yamlEnd);
  return rejoin(keepUnchangedLines(original, doc.toString(EDIT_PRINT_OPTIONS)));
}
