/**
 * Editing `bearing.yaml` without losing a word: criteria weights, their order and the AHP
 * judgements change through the YAML Document API (comments, key order and formatting stay),
 * the result is validated as it will be read back, and it is written atomically with
 * compare-and-swap on the hash of what was read. Same pattern as `edit.ts` for options.
 */
import { isMap, isSeq, type YAMLMap, type YAMLSeq } from "yaml";
import { BearingError, errorsOf } from "../core/errors.js";
import { WEIGHTING_METHODS } from "../core/model/profile.js";
import { slugify } from "../core/slug.js";
import { writeIfUnchanged } from "./guarded-write.js";
import { EDIT_PRINT_OPTIONS, keepUnchangedLines } from "./keep-layout.js";
import { inspectWorkspace, PROFILE_FILE } from "./load.js";
import { parseYaml } from "./parse.js";
import { contentHash, MemoryStorage, type Storage } from "./storage.js";

/** Criterion fields the workbench may set: its weighting input and its description. */
const CRITERION_FIELDS = new Set([
  "weight",
  "points",
  "rank",
  "swing",
  "weightInterval",
  "name",
  "description",
  "direction",
  "derived",
]);

export type YamlDoc = ReturnType<typeof parseYaml>["parsed"]["doc"];

/**
 * Sets one field of a criterion: its weighting input (`weight`, `points`, `rank`, `swing`,
 * `weightInterval`) or its description (`name`, `description`, `direction`, `derived`);
 * `null` removes it (a required field such as `name` then fails validation).
 * @throws BearingError (input): unknown criterion or field, or a value the schema rejects
 *   (nothing is written); code `conflict` when the file changed since it was read.
 */
export async function setCriterionField(
  storage: Storage,
  criterionId: string,
  field: string,
  value: unknown,
): Promise<void> {
  if (!CRITERION_FIELDS.has(field)) {
    throw BearingError.input({
      code: "unknown_field",
      message: `"${field}" is not a criterion field the workbench can set`,
      hint: `use one of: ${[...CRITERION_FIELDS].join(", ")}`,
    });
  }
  await updateProfile(storage, (doc) => {
    const criterion = criterionNode(doc, criterionId);
    if (value === null || value === undefined) criterion.delete(field);
    else criterion.set(field, doc.createNode(value, { flow: Array.isArray(value) }));
  });
}

/**
 * Puts the criteria in the given order (every criterion id exactly once). Each criterion
 * keeps its comments, as the YAML nodes themselves move.
 */
export async function reorderCriteria(storage: Storage, order: readonly string[]): Promise<void> {
  await updateProfile(storage, (doc) => {
    const seq = criteriaSeq(doc);
    const byId = new Map<string, unknown>();
    for (const item of seq.items) {
      if (isMap(item)) byId.set(String(item.get("id")), item);
    }
    const complete = order.length === byId.size && order.every((id) => byId.has(id));
    if (!complete || new Set(order).size !== order.length) {
      throw BearingError.input({
        code: "invalid_value",
        message: "the new order must list every criterion exactly once",
        path: ["criteria"],
        hint: `criteria: ${[...byId.keys()].join(", ")}`,
      });
    }
    seq.items = order.map((id) => byId.get(id)) as typeof seq.items;
  });
}

/**
 * Sets the weighting method and, optionally, the AHP judgements `[a, b, ratio]`.
 * @throws BearingError (input) for an unknown method or invalid judgements.
 */
export async function setWeighting(
  storage: Storage,
  change: { method?: string; pairwise?: readonly (readonly [string, string, number])[] },
): Promise<void> {
  if (
    change.method !== undefined &&
    !(WEIGHTING_METHODS as readonly string[]).includes(change.method)
  ) {
    throw BearingError.input({
      code: "invalid_value",
      message: `"${change.method}" is not a weighting method`,
      hint: `use one of: ${WEIGHTING_METHODS.join(", ")}`,
    });
  }
  await updateProfile(storage, (doc) => {
    if (change.method !== undefined) doc.setIn(["weighting", "method"], change.method);
    if (change.pairwise !== undefined) {
      const node = doc.createNode(change.pairwise.map((j) => [...j]));
      for (const item of (node as YAMLSeq).items) (item as YAMLSeq).flow = true;
      doc.setIn(["weighting", "pairwise"], node);
    }
  });
}

/**
 * Adds a criterion at the end, rated 1–5, with the weighting input its method needs at its
 * most neutral: 0 points or swing and weight 0 (no influence until you give it some), the
 * last rank, or "as important as each other criterion" under AHP.
 * @returns the new criterion's id (a slug of the name, made unique)
 * @throws BearingError (input) for an empty name, or the errors of {@link updateProfile}
 */
export async function addCriterion(storage: Storage, input: { name: string }): Promise<string> {
  const name = input.name.trim();
  if (name === "") {
    throw BearingError.input({
      code: "invalid_value",
      message: "a criterion needs a name",
      path: ["name"],
    });
  }
  let id = "";
  await updateProfile(storage, (doc) => {
    const seq = criteriaSeq(doc);
    const ids = seq.items.map((item) => (isMap(item) ? String(item.get("id")) : ""));
    const base = slugify(name, { fallback: "criterion" }).replaceAll("-", "_");
    id = base;
    for (let k = 2; ids.includes(id); k++) id = `${base}_${k}`;
    const method = String(doc.getIn(["weighting", "method"]) ?? "direct");
    const criterion: Record<string, unknown> = { id, name };
    if (method === "direct") criterion.weight = 0;
    else if (method === "points") criterion.points = 0;
    else if (method === "swing") criterion.swing = 0;
    else if (method === "rank") criterion.rank = ids.length + 1;
    seq.items.push(doc.createNode(criterion) as never);
    if (method === "ahp") {
      const pairs = doc.getIn(["weighting", "pairwise"], true);
      for (const other of ids) {
        const judgement = doc.createNode([id, other, 1]) as YAMLSeq;
        judgement.flow = true;
        if (isSeq(pairs)) pairs.items.push(judgement as never);
      }
    }
  });
  return id;
}

function criteriaSeq(doc: YamlDoc): YAMLSeq {
  const seq = doc.get("criteria", true);
  if (!isSeq(seq)) {
    throw BearingError.input({
      code: "invalid_value",
      file: PROFILE_FILE,
      message: "bearing.yaml has no list of criteria",
      path: ["criteria"],
    });
  }
  return seq;
}

function criterionNode(doc: YamlDoc, id: string): YAMLMap {
  const seq = criteriaSeq(doc);
  const found = seq.items.find((item) => isMap(item) && item.get("id") === id);
  if (!found || !isMap(found)) {
    throw BearingError.input({
      code: "not_found",
      message: `no criterion "${id}"`,
      hint: `criteria: ${seq.items.map((item) => (isMap(item) ? String(item.get("id")) : "?")).join(", ")}`,
    });
  }
  return found;
}

/**
 * Applies `edit` to bearing.yaml's document, validates the result as loading will read it,
 * and writes it atomically if the file is unchanged since read (unless `dryRun`).
 * @returns the new text.
 * @throws BearingError (input): no or unparsable bearing.yaml, an edit that makes it invalid
 *   (nothing written), or `conflict`.
 */
export async function updateProfile(
  storage: Storage,
  edit: (doc: YamlDoc) => void,
  options: { dryRun?: boolean; expectedHash?: string } = {},
): Promise<string> {
  const bytes = await storage.read(PROFILE_FILE);
  if (bytes === null) {
    throw BearingError.input({
      code: "not_found",
      file: PROFILE_FILE,
      message: "file not found",
      hint: "run `bearing init` to create a workspace",
    });
  }
  // A caller that planned from an earlier read passes that read's hash, so a change made in
  // between is a conflict rather than a merge into text the plan never saw.
  const hash = options.expectedHash ?? contentHash(bytes);
  const original = new TextDecoder().decode(bytes);
  const { parsed, issues: syntax } = parseYaml(PROFILE_FILE, original);
  if (syntax.length > 0) throw new BearingError("bearing.yaml cannot be parsed", syntax);
  edit(parsed.doc);
  const text = keepUnchangedLines(original, parsed.doc.toString(EDIT_PRINT_OPTIONS));
  // Validate the new profile exactly as loading will read it, before touching the disk.
  const state = await inspectWorkspace(new MemoryStorage({ [PROFILE_FILE]: text }), {
    optionIds: false,
  });
  const errors = errorsOf(state.issues).filter((issue) => issue.file === PROFILE_FILE);
  if (errors.length > 0) {
    throw new BearingError(
      "the change would make bearing.yaml invalid; nothing was written",
      errors,
    );
  }
  if (!options.dryRun) await writeIfUnchanged(storage, PROFILE_FILE, text, hash);
  return text;
}
