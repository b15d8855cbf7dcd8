/**
 * Changing a workspace without losing a word: edits go through the YAML Document API (the
 * user's comments, key order and formatting stay), are validated before anything is written,
 * and are written atomically with compare-and-swap on the hash of what was read.
 */

import { isMap, isScalar, isSeq, parse as parseYamlValue, type YAMLMap } from "yaml";
import { BearingError, errorsOf, type Issue } from "../core/errors.js";
import {
  OPTION_STATUSES,
  type OptionStatus,
  optionFrontMatterSchema,
} from "../core/model/option.js";
import { ID_PATTERN, type Profile } from "../core/model/profile.js";
import { isReservedKey, reservedKeyIssue, structureIssue } from "../core/reserved-keys.js";
import { slugify } from "../core/slug.js";
import { unknownIdHint } from "../core/suggest.js";
import { joinFrontMatter, splitFrontMatter } from "./frontmatter.js";
import { retryOnConflict, writeIfUnchanged, writeNewFile } from "./guarded-write.js";
import { EDIT_PRINT_OPTIONS, keepUnchangedLines } from "./keep-layout.js";
import {
  inspectWorkspace,
  type LoadedOption,
  OPTIONS_DIR,
  PROFILE_FILE,
  parseOption,
  workspaceError,
} from "./load.js";
import { parseYaml } from "./parse.js";
import { ConflictError, type Storage } from "./storage.js";

/** Today as an ISO date (local time), the default for `dates.*` fields. */
export function today(now = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

export interface NewOption {
  title: string;
  /**
   * The id (and file name) to use instead of one made from the title: a lower-case slug
   * (`ID_PATTERN`, at most 60 characters) that no option has yet.
   */
  id?: string;
  organisation?: string;
  path?: string;
  status?: OptionStatus;
  body?: string;
}

/**
 * Creates `options/<slug>.md` for a new option: `option.id` when given, else a slug of the
 * title, made free with `-2`, `-3`…
 * @returns the slug.
 * @throws BearingError (input) when the front matter would be invalid; for a chosen id that
 *   is not a slug (`invalid_value`) or that an option already has, as its file name or its
 *   front matter `id` (`already_exists`), each with the fix; nothing is written.
 */
export async function addOption(
  storage: Storage,
  option: NewOption,
  date = today(),
): Promise<string> {
  const frontMatter: Record<string, unknown> = { title: option.title };
  if (option.organisation) frontMatter.organisation = option.organisation;
  if (option.path) frontMatter.path = option.path;
  frontMatter.status = option.status ?? "idea";
  frontMatter.dates = { added: date };
  frontMatter.ratings = {};
  const check = optionFrontMatterSchema.safeParse(frontMatter);
  if (!check.success) {
    const first = check.error.issues[0];
    throw BearingError.input({
      code: "invalid_value",
      message: first?.message ?? "invalid option",
      path: first?.path.filter((p): p is string | number => typeof p !== "symbol"),
    });
  }
  if (option.id !== undefined) await checkNewId(storage, option.id);
  const base = option.id ?? slugify(option.title, { fallback: "option" });
  const body =
    option.body ??
    "\n## Role\n\nPaste the job description here.\n\n## Notes\n\nWhat you learnt, who you spoke to, next steps.\n";
  const doc = parseYaml(`${OPTIONS_DIR}/${base}.md`, "").parsed.doc;
  doc.contents = doc.createNode(frontMatter) as never;
  const text = joinFrontMatter(doc.toString(), body);
  if (option.id !== undefined) {
    const file = `${OPTIONS_DIR}/${option.id}.md`;
    try {
      // Exclusive: a file created meanwhile is refused, never replaced.
      await storage.write(file, text, { expectedHash: null });
    } catch (error) {
      if (error instanceof ConflictError) throw idTaken(option.id, file);
      throw error;
    }
    return option.id;
  }
  const { slug } = await writeNewFile(storage, OPTIONS_DIR, base, text);
  return slug;
}

/** Longest id `option add --id` accepts (as long as a slug made from a title). */
export const MAX_ID_LENGTH = 60;

/**
 * A chosen option id must be a slug no option has (ids are compared without case, as
 * loading does), so that every command can name it and no file is replaced.
 */
async function checkNewId(storage: Storage, id: string): Promise<void> {
  if (!ID_PATTERN.test(id) || id.length > MAX_ID_LENGTH) {
    const fixed = slugify(id, { fallback: "option", maxLength: MAX_ID_LENGTH }).replace(
      /^[-_]+/,
      "",
    );
    throw BearingError.input({
      code: "invalid_value",
      path: ["--id"],
      message: `"${id}" is not an option id`,
      hint: `an id is lower-case letters, digits, - and _ (starting with a letter or digit, at most ${MAX_ID_LENGTH} characters), e.g. --id ${fixed}`,
    });
  }
  const file = `${OPTIONS_DIR}/${id}.md`;
  const state = await inspectWorkspace(storage);
  const same = state.options.find((o) => o.id.toLowerCase() === id || o.file === file);
  if (same || (await storage.exists(file))) throw idTaken(id, same?.file ?? file);
}

function idTaken(id: string, file: string): BearingError {
  return BearingError.input({
    code: "already_exists",
    path: ["--id"],
    message: `an option with the id "${id}" exists already (${file}); nothing was written`,
    hint: `choose another id, e.g. --id ${id}-2, or leave out --id for one made from the title`,
  });
}

/** Reads a YAML-ish command-line value: `4`, `[3, 4]`, `null`, `remote`, `"4"` as typed. */
export function parseCliValue(raw: string): unknown {
  try {
    return parseYamlValue(raw, { logLevel: "error" });
  } catch {
    return raw;
  }
}

const SETTABLE_ROOTS = new Set([
  "title",
  "organisation",
  "path",
  "status",
  "dates",
  "nextStep",
  "contacts",
  "company",
  "facts",
  "compensation",
  "ratings",
  "tags",
]);

/**
 * Sets one front-matter field of an option, e.g. `ratings.hands_on` to `[3, 4]` or
 * `company.stage` to `growth`; `null` removes the field. Keeps the rest of the file
 * byte for byte where YAML allows. Also stamps `dates.updated`.
 *
 * @throws BearingError (input): unknown option, unknown field, or a value the schema or the
 *   criterion's scale rejects — in which case nothing is written; every issue of the workspace
 *   when bearing.yaml is invalid or it is unclear which file `slug` names (problems in other
 *   option files do not block the edit).
 * @throws WriteConflict (BearingError, input, `conflict`) when other writers kept changing the
 *   file through every retry.
 */
export async function setOptionField(
  storage: Storage,
  slug: string,
  field: string,
  value: unknown,
  date = today(),
): Promise<void> {
  await setOptionFields(storage, slug, [{ field, value }], date);
}

/**
 * Sets several front-matter fields of an option in one write, all or none (the workbench
 * saves a form's next step and contacts together); each change as in {@link setOptionField}.
 * @param expectedHash the {@link contentHash} of the option file as the caller last saw it
 *   (the workbench's page): when the file is no longer that version, nothing is written and
 *   nothing is retried. The option is found by id, so this guards the right file even when
 *   its front matter `id` differs from its file name.
 * @throws as {@link setOptionField}; ConflictError when the file is not `expectedHash`;
 *   nothing is written when any change is refused.
 */
export async function setOptionFields(
  storage: Storage,
  slug: string,
  changes: readonly { field: string; value: unknown }[],
  date = today(),
  expectedHash?: string,
): Promise<void> {
  const paths = changes.map(({ field }) => {
    const path = field.split(".").filter((part) => part !== "");
    if (path.length === 0 || !SETTABLE_ROOTS.has(path[0] as string)) {
      throw BearingError.input({
        code: "unknown_field",
        message: `"${field}" is not a field bearing can set`,
        hint: `use one of: ${[...SETTABLE_ROOTS].join(", ")} (nested with dots, e.g. ratings.pay)`,
      });
    }
    const reserved = path.findIndex(isReservedKey);
    if (reserved >= 0) throw BearingError.input(reservedKeyIssue(path.slice(0, reserved + 1)));
    return path;
  });
  changes.forEach(({ value }, index) => {
    const problem = structureIssue(value);
    if (problem) {
      const path = [...(paths[index] ?? []), ...(problem.path ?? [])];
      throw BearingError.input({ ...problem, path });
    }
  });
  // A write that loses to another writer is redone on what that writer left, so no update
  // is lost (compare-and-swap in updateOptionFile, retries in retryOnConflict).
  await retryOnConflict(async () => {
    const { option, profile } = await findOption(storage, slug);
    // Not a lost race to retry: the user edited a version that is no longer on disk.
    if (expectedHash !== undefined && option.source.hash !== expectedHash) {
      throw new ConflictError(option.file);
    }
    await updateOptionFile(storage, option, profile, (doc) => {
      changes.forEach(({ value }, index) => {
        const path = paths[index] as string[];
        if (value === null || value === undefined) doc.deleteIn(path);
        else if (!updateInPlace(doc, doc.getIn(path, true), value)) {
          doc.setIn(path, newNode(doc, value));
        }
      });
      if (changes.some(({ field }) => field !== "dates.updated")) stampUpdated(doc, date);
    });
  });
}

/**
 * Replaces an option's body (the job description and notes below the front matter), keeping
 * the front matter as it is but for `dates.updated`. Line ends follow the file's.
 * @param expectedHash as in {@link setOptionFields}: the version the caller edited.
 * @throws as {@link setOptionFields}; ConflictError when the file is not `expectedHash`.
 */
export async function setOptionBody(
  storage: Storage,
  slug: string,
  body: string,
  expectedHash?: string,
  date = today(),
): Promise<void> {
  await retryOnConflict(async () => {
    const { option, profile } = await findOption(storage, slug);
    if (expectedHash !== undefined && option.source.hash !== expectedHash) {
      throw new ConflictError(option.file);
    }
    const text = body.replace(/\r\n?/g, "\n");
    const eol = option.source.text.includes("\r\n") ? "\r\n" : "\n";
    const normalised = text.trim() === "" ? "" : `\n${text.trim()}\n`.replaceAll("\n", eol);
    await updateOptionFile(storage, option, profile, (doc) => stampUpdated(doc, date), normalised);
  });
}

/** Lists of plain values read best inline (`[3, 4]`); lists of records (contacts) as blocks. */
function newNode(doc: YamlDoc, value: unknown) {
  const flow = Array.isArray(value) && value.every((v) => v === null || typeof v !== "object");
  return doc.createNode(value, { flow });
}

/**
 * Makes an existing node hold `value` by changing only what differs, so the comments and
 * style of the parts that stay (a contact's comment, a flow list) survive the edit.
 * @returns false when the node cannot take the value in place (absent, or another kind).
 */
function updateInPlace(doc: YamlDoc, node: unknown, value: unknown): boolean {
  if (isMap(node) && value !== null && typeof value === "object" && !Array.isArray(value)) {
    const record = value as Record<string, unknown>;
    for (const item of [...node.items]) {
      const key = isScalar(item.key) ? item.key.value : item.key;
      if (!Object.hasOwn(record, String(key)) || record[String(key)] == null) node.delete(key);
    }
    for (const [key, child] of Object.entries(record)) {
      if (child == null) continue;
      if (!updateInPlace(doc, node.get(key, true), child)) node.set(key, newNode(doc, child));
    }
    return true;
  }
  if (isSeq(node) && Array.isArray(value)) {
    // Each new item takes over the old item that is the same record (equal, else the same
    // first field, e.g. a contact's name), so a removed contact takes its comment with it.
    const old = [...node.items];
    const used = new Set<number>();
    const claim = (test: (item: unknown, index: number) => boolean) => {
      const found = old.findIndex((item, index) => !used.has(index) && test(item, index));
      if (found >= 0) used.add(found);
      return found;
    };
    const plain = (item: unknown) => (isScalar(item) ? item.value : toJson(item));
    const matches = value.map((child) =>
      claim((item) => JSON.stringify(plain(item)) === JSON.stringify(child)),
    );
    value.forEach((child, index) => {
      if (matches[index] !== -1 || child === null || typeof child !== "object") return;
      const [key, first] = Object.entries(child)[0] ?? [];
      if (key !== undefined)
        matches[index] = claim((item) => isMap(item) && item.get(key) === first);
    });
    if (old.length === value.length) {
      value.forEach((_, index) => {
        if (matches[index] === -1) matches[index] = claim((_item, at) => at === index);
      });
    }
    node.items = value.map((child, index) => {
      const item = old[matches[index] ?? -1];
      return item !== undefined && updateInPlace(doc, item, child) ? item : newNode(doc, child);
    }) as typeof node.items;
    return true;
  }
  if (isScalar(node) && (value === null || typeof value !== "object")) {
    if (node.value !== value) node.value = value;
    return true;
  }
  return false;
}

function toJson(item: unknown): unknown {
  return item !== null && typeof item === "object" && "toJSON" in item
    ? (item as { toJSON: () => unknown }).toJSON()
    : item;
}

/** Moves an option to a new status (and stamps `dates.updated`). */
export async function setOptionStatus(
  storage: Storage,
  slug: string,
  status: string,
  date = today(),
  expectedHash?: string,
): Promise<void> {
  if (!(OPTION_STATUSES as readonly string[]).includes(status)) {
    throw BearingError.input({
      code: "invalid_value",
      message: `"${status}" is not a status`,
      hint: `use one of: ${OPTION_STATUSES.join(", ")}`,
    });
  }
  await setOptionFields(storage, slug, [{ field: "status", value: status }], date, expectedHash);
}

type YamlDoc = ReturnType<typeof parseYaml>["parsed"]["doc"];

function stampUpdated(doc: YamlDoc, date: string): void {
  const dates = doc.get("dates", true);
  if (dates === undefined || dates === null || isMap(dates)) {
    if (isMap(dates)) (dates as YAMLMap).set("updated", date);
    else doc.set("dates", doc.createNode({ updated: date }));
  }
}

/**
 * The option `slug` names (its id, or its file's name) and the profile its ratings must fit.
 * Problems in other option files do not block an edit of this one: only an invalid profile,
 * or what leaves unclear which file `slug` names (a file of that name that cannot be read, a
 * second option with the same id). Those of the option's own file do not block it either:
 * the edited file is validated whole before it is written, so an edit may mend them.
 * @throws BearingError (input): not an option id; `not_found`; else every issue of the
 *   workspace (as loading it gives them) when the edit is blocked.
 */
async function findOption(
  storage: Storage,
  slug: string,
): Promise<{ option: LoadedOption; profile: Profile }> {
  if (!ID_PATTERN.test(slug.toLowerCase())) {
    throw BearingError.input({
      code: "invalid_value",
      message: `"${slug}" is not an option id`,
      hint: "option ids are lower-case slugs such as scaleup-cto",
    });
  }
  const state = await inspectWorkspace(storage);
  const file = `${OPTIONS_DIR}/${slug}.md`;
  const option = state.options.find((o) => o.id === slug || o.file === file);
  const errors = errorsOf(state.issues);
  const unclear =
    !option ||
    errors.some((issue) => issue.file === file && issue.file !== option.file) ||
    state.options.some((o) => o !== option && o.id.toLowerCase() === option.id.toLowerCase());
  if (!state.profile || (unclear && errors.length > 0)) throw workspaceError(state.issues);
  if (!option) {
    throw BearingError.input({
      code: "not_found",
      message: `no option "${slug}"`,
      hint: unknownIdHint(
        slug,
        state.options.map((o) => o.id),
        "options",
        "there are no options yet: add one with bearing option add",
      ),
    });
  }
  return { option, profile: state.profile };
}

async function updateOptionFile(
  storage: Storage,
  option: LoadedOption,
  profile: Profile,
  edit: (doc: YamlDoc) => void,
  body?: string,
): Promise<void> {
  const { file, text, hash } = option.source;
  const split = splitFrontMatter(text);
  if (!split) throw new BearingError(`${file}: front matter vanished`, [], "internal");
  const { parsed } = parseYaml(file, split.yaml, split.lineOffset, "frontmatter_syntax");
  edit(parsed.doc);
  const yaml = keepUnchangedLines(split.yaml, parsed.doc.toString(EDIT_PRINT_OPTIONS));
  const edited = joinFrontMatter(yaml, body ?? split.body, split.eol);
  // Validate the edited file as it will be read back, before anything touches the disk.
  const issues: Issue[] = [];
  parseOption(file, edited, profile, issues);
  if (errorsOf(issues).length > 0) {
    throw new BearingError(`the change would make ${file} invalid; nothing was written`, issues);
  }
  await writeIfUnchanged(storage, file, edited, hash);
}

export interface InitOptions {
  question: string;
  criteria?: Profile["criteria"];
}

/** Criteria a new workspace starts with: common ones from our users' own lists. */
export const STARTER_CRITERIA: Profile["criteria"] = [
  {
    id: "impact",
    name: "Impact",
    description: "How much difference the role lets me make",
    direction: "max",
    scale: { kind: "rating", min: 1, max: 5 },
    weight: 3,
    values: ["impact"],
  },
  {
    id: "growth",
    name: "Learning and growth",
    description: "How much I would learn and stretch",
    direction: "max",
    scale: { kind: "rating", min: 1, max: 5 },
    weight: 2,
    values: ["learning"],
  },
  {
    id: "people",
    name: "People I would work with",
    direction: "max",
    scale: { kind: "rating", min: 1, max: 5 },
    weight: 2,
    values: ["colleagues"],
  },
  {
    id: "pay",
    name: "Base pay",
    direction: "max",
    scale: { kind: "number", unit: "USD/year" },
    weight: 1,
    values: ["compensation"],
  },
];

/**
 * Creates a workspace: `bearing.yaml` (with a schema comment for editors), `options/` and
 * `journal/`. Never overwrites: an existing `bearing.yaml` is an error.
 */
export async function initWorkspace(storage: Storage, init: InitOptions): Promise<string[]> {
  if (await storage.exists(PROFILE_FILE)) {
    throw BearingError.input({
      code: "already_exists",
      file: PROFILE_FILE,
      message: "a workspace already exists here; nothing was changed",
      hint: "edit bearing.yaml, or run bearing init in an empty folder",
    });
  }
  const profile = {
    version: 1,
    question: init.question,
    values: [],
    criteria: init.criteria ?? STARTER_CRITERIA,
    weighting: { method: "direct" },
    responsibilities: {},
    mustHaves: [],
  };
  const doc = parseYaml(PROFILE_FILE, "").parsed.doc;
  doc.contents = doc.createNode(profile) as never;
  doc.commentBefore = " yaml-language-server: $schema=.bearing/bearing.schema.json";
  const { profileJsonSchema, optionJsonSchema } = await import("./json-schema.js");
  const written: string[] = [];
  const write = async (file: string, data: string) => {
    if (await storage.exists(file)) return;
    await storage.write(file, data, { expectedHash: null });
    written.push(file);
  };
  await write(".bearing/bearing.schema.json", `${JSON.stringify(profileJsonSchema(), null, 2)}\n`);
  await write(".bearing/option.schema.json", `${JSON.stringify(optionJsonSchema(), null, 2)}\n`);
  await write(`${OPTIONS_DIR}/.gitkeep`, "");
  await write("journal/.gitkeep", "");
  await write(PROFILE_FILE, doc.toString());
  return written;
}
