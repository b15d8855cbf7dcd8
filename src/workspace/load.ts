/**
 * Loading a workspace: `bearing.yaml` and `options/*.md`, validated, with every problem
 * reported at once (file, line, column, field, hint) rather than one at a time.
 */

import { statedOffScale } from "../core/decision/scale-fit.js";
import { weightIssues } from "../core/decision/weights.js";
import { BearingError, errorsOf, type Issue, isBearingError } from "../core/errors.js";
import {
  type DecisionOption,
  type OptionFrontMatter,
  optionFrontMatterSchema,
} from "../core/model/option.js";
import { ID_PATTERN, type Profile, profileSchema } from "../core/model/profile.js";
import { slugify } from "../core/slug.js";
import { unknownIdHint } from "../core/suggest.js";
import { readDecisions } from "./decisions.js";
import { checkCompensationRates, checkMoneyCriteria, readRatingUnits } from "./money-input.js";
import { checkProfileNumbers, checkRatingSpread } from "./number-limits.js";
import {
  decodeText,
  documentValue,
  locate,
  type ParsedYaml,
  parseYaml,
  readFrontMatter,
  validate,
} from "./parse.js";
import { checkPreferenceIds } from "./preference-ids.js";
import { contentHash, type Storage } from "./storage.js";

export const PROFILE_FILE = "bearing.yaml";
export const OPTIONS_DIR = "options";
export const JOURNAL_DIR = "journal";

/** A file as read: its text and the hash that guards later writes (compare-and-swap). */
export interface SourceFile {
  file: string;
  text: string;
  hash: string;
}

export interface LoadedOption extends DecisionOption {
  source: SourceFile;
}

export interface WorkspaceState {
  profile?: Profile;
  profileSource?: SourceFile;
  options: LoadedOption[];
  /** Errors and warnings, in file order. */
  issues: Issue[];
}

export interface Workspace {
  profile: Profile;
  profileSource: SourceFile;
  options: LoadedOption[];
  warnings: Issue[];
}

/** Option file names: one option per Markdown file; the slug is the name without `.md`. */
export function optionSlug(name: string): string | null {
  const match = /^(.+)\.(md|markdown)$/i.exec(name);
  return match ? (match[1] ?? null) : null;
}

/**
 * Reads and validates everything, collecting all issues; never throws for bad input.
 */
export async function inspectWorkspace(
  storage: Storage,
  check: { optionIds?: boolean } = {},
): Promise<WorkspaceState> {
  const issues: Issue[] = [];
  // One reader for this pass: the storage may check each folder once, not each file.
  const read: Read = storage.reader?.() ?? ((path) => storage.read(path));
  const { profile, source: profileSource, parsed } = await loadProfile(read, issues);
  const options: LoadedOption[] = [];
  for (const name of await storage.list(OPTIONS_DIR)) {
    if (name.startsWith(".") && !hiddenOption(name, issues)) continue;
    const option = await loadOption(read, `${OPTIONS_DIR}/${name}`, name, profile, issues);
    if (option) options.push(option);
  }
  checkDuplicateOptions(options, issues);
  if (profile) issues.push(...checkRatingSpread(profile, options));
  if (profile && parsed && (profile.judgements.length > 0 || profile.tradeoffs.length > 0)) {
    // Judgements name options: not checked when only bearing.yaml is (profile edits).
    const known = check.optionIds === false ? null : options;
    issues.push(...checkPreferenceIds(profile, known, PROFILE_FILE, parsed));
  }
  return { profile, profileSource, options, issues };
}

/**
 * Loads a valid workspace, its decision records verified (`decisions.ts`: a record changed
 * after it was written is an error naming it).
 * @throws BearingError (input) listing every error when anything is invalid.
 */
export async function loadWorkspace(storage: Storage): Promise<Workspace> {
  const state = await inspectWorkspace(storage);
  state.issues.push(...(await readDecisions(storage)).issues);
  if (errorsOf(state.issues).length > 0 || !state.profile || !state.profileSource) {
    throw workspaceError(state.issues);
  }
  return {
    profile: state.profile,
    profileSource: state.profileSource,
    options: state.options,
    warnings: state.issues.filter((issue) => issue.severity === "warning"),
  };
}

/** The error that refuses a workspace with problems: every issue, warnings included. */
export function workspaceError(issues: Issue[]): BearingError {
  const count = errorsOf(issues).length;
  return new BearingError(`the workspace has ${count} problem${count === 1 ? "" : "s"}`, issues);
}

/** A file's bytes, or null when it does not exist (`Storage.read`). */
type Read = (path: string) => Promise<Uint8Array | null>;

async function readSource(
  read: Read,
  file: string,
  issues: Issue[],
): Promise<SourceFile | undefined> {
  let bytes: Uint8Array | null;
  try {
    bytes = await read(file);
  } catch (error) {
    // A folder, a looping link, a file we may not read: the storage says which, located.
    if (!isBearingError(error)) throw error;
    issues.push(...error.issues);
    return undefined;
  }
  if (bytes === null) {
    issues.push({
      code: "not_found",
      file,
      message: "file not found",
      hint:
        file === PROFILE_FILE
          ? "run `bearing init` to create a workspace, or pass the workspace folder"
          : undefined,
    });
    return undefined;
  }
  const decoded = decodeText(file, bytes);
  if (!decoded.ok) {
    issues.push(decoded.issue);
    return undefined;
  }
  return { file, text: decoded.text, hash: contentHash(bytes) };
}

async function loadProfile(
  readFile: Read,
  issues: Issue[],
): Promise<{ profile?: Profile; source?: SourceFile; parsed?: ParsedYaml }> {
  const source = await readSource(readFile, PROFILE_FILE, issues);
  if (!source) return {};
  const { parsed, issues: syntax } = parseYaml(PROFILE_FILE, source.text);
  if (syntax.length > 0) {
    issues.push(...syntax);
    return { source };
  }
  const read = documentValue(PROFILE_FILE, parsed);
  if (read.issue) {
    issues.push(read.issue);
    return { source };
  }
  const { data, issues: invalid } = validate(profileSchema, read.value, PROFILE_FILE, parsed);
  issues.push(...invalid);
  if (!data) return { source };
  const crossIssues = [
    ...checkProfile(data, parsed),
    ...checkProfileNumbers(data, parsed, PROFILE_FILE),
    ...checkMoneyCriteria(data, PROFILE_FILE, parsed),
    // What ranking needs of the weights, checked here so that every command refuses the same
    // profiles `rank` does, located in bearing.yaml.
    ...weightIssues(data).map((issue) => ({
      ...issue,
      file: PROFILE_FILE,
      ...locate(parsed, issue.path ?? []),
    })),
  ];
  issues.push(...crossIssues);
  const valid = errorsOf(crossIssues).length === 0;
  return valid ? { profile: data, source, parsed } : { source };
}

function checkProfile(profile: Profile, parsed: ParsedYaml): Issue[] {
  const issues: Issue[] = [];
  const at = (path: (string | number)[]) => ({ file: PROFILE_FILE, path, ...locate(parsed, path) });
  const ids = new Set<string>();
  profile.criteria.forEach((criterion, index) => {
    if (ids.has(criterion.id)) {
      issues.push({
        code: "duplicate_id",
        message: `criterion id "${criterion.id}" is used twice`,
        hint: "give each criterion its own id",
        ...at(["criteria", index, "id"]),
      });
    }
    ids.add(criterion.id);
    const { scale } = criterion;
    if (scale.min !== undefined && scale.max !== undefined && !(scale.min < scale.max)) {
      issues.push({
        code: "out_of_range",
        message: `scale min ${scale.min} is not below max ${scale.max}`,
        ...at(["criteria", index, "scale"]),
      });
    }
    const interval = criterion.weightInterval;
    if (interval && interval[0] > interval[1]) {
      issues.push({
        code: "out_of_range",
        message: `weightInterval [${interval[0]}, ${interval[1]}] has low above high`,
        ...at(["criteria", index, "weightInterval"]),
      });
    }
  });
  profile.mustHaves.forEach((mustHave, index) => {
    if ("criterion" in mustHave && !ids.has(mustHave.criterion)) {
      issues.push({
        code: "unknown_id",
        message: `must-have names unknown criterion "${mustHave.criterion}"`,
        hint: unknownIdHint(mustHave.criterion, [...ids], "criteria"),
        ...at(["mustHaves", index, "criterion"]),
      });
    }
  });
  profile.weighting.pairwise?.forEach((judgement, index) => {
    judgement.slice(0, 2).forEach((id, side) => {
      if (typeof id === "string" && !ids.has(id)) {
        issues.push({
          code: "unknown_id",
          message: `pairwise judgement names unknown criterion "${id}"`,
          hint: unknownIdHint(id, [...ids], "criteria"),
          ...at(["weighting", "pairwise", index, side]),
        });
      }
    });
  });
  return issues;
}

async function loadOption(
  read: Read,
  file: string,
  name: string,
  profile: Profile | undefined,
  issues: Issue[],
): Promise<LoadedOption | undefined> {
  // Other files (images, PDFs) are skipped unread, so their size or bytes are no error.
  const slug = optionSlug(name);
  if (slug === null) {
    issues.push({
      code: "unsupported",
      severity: "warning",
      file,
      message: "not a Markdown file; ignored",
      hint: "options are options/<slug>.md files",
    });
    return undefined;
  }
  if (name.includes("\uFFFD")) {
    // The name's bytes are not UTF-8: it cannot even be opened by the name we were given.
    issues.push({
      code: "not_text",
      file,
      message: "the file name is not valid UTF-8, so bearing cannot open it",
      hint: `rename it to a plain name such as options/${slugify(slug.replace(/\uFFFD/g, "-"), { fallback: "option" })}.md`,
    });
    return undefined;
  }
  const source = await readSource(read, file, issues);
  if (!source) return undefined;
  const option = parseOption(file, source.text, profile, issues);
  if (!option) return undefined;
  if (option.data.id === undefined && !ID_PATTERN.test(slug.toLowerCase())) {
    const fixed = slugify(slug, { fallback: "option" });
    issues.push({
      code: "invalid_value",
      file,
      line: 1,
      message: `the file name makes the id "${slug}", which is not a slug (commands could not name it)`,
      hint: `rename it to ${OPTIONS_DIR}/${fixed}.md, or add id: ${fixed} to its front matter`,
    });
    return undefined;
  }
  return { ...option.data, id: option.data.id ?? slug, file, body: option.body, source };
}

/**
 * A hidden name in `options/` (`.gitkeep`, an editor's swap file) is skipped silently, unless
 * it is a Markdown file such as `..md` or `.draft.md`, which reads like an option the user
 * meant: then a warning says it is ignored and how to make it count.
 * @returns false (the caller skips it either way)
 */
function hiddenOption(name: string, issues: Issue[]): false {
  const slug = optionSlug(name);
  if (slug !== null) {
    issues.push({
      code: "unsupported",
      severity: "warning",
      file: `${OPTIONS_DIR}/${name}`,
      message: "a hidden file (its name starts with a dot); ignored",
      hint: `to make it an option, rename it to ${OPTIONS_DIR}/${slugify(slug, { fallback: "option" })}.md`,
    });
  }
  return false;
}

/**
 * An option file's text as loading reads it: front matter parsed and validated, ratings
 * checked against the profile (when there is one); problems are added to `issues`.
 * @returns the front matter and the body, or undefined when the front matter is unreadable
 */
export function parseOption(
  file: string,
  text: string,
  profile: Profile | undefined,
  issues: Issue[],
): { data: OptionFrontMatter; body: string } | undefined {
  const front = readFrontMatter(
    file,
    text,
    {
      message: "no front matter: an option starts with a --- line, YAML fields, and a --- line",
      hint: "add front matter with at least a title, e.g. ---\\ntitle: Head of Platform\\n---",
    },
    issues,
  );
  if (!front) return undefined;
  const { value, parsed } = front;
  // Ratings written with a unit (`800 EUR/day`) become numbers in their criterion's unit.
  issues.push(...readRatingUnits(value, profile, file, parsed));
  const { data, issues: invalid } = validate(optionFrontMatterSchema, value, file, parsed);
  issues.push(...invalid);
  if (!data) return undefined;
  if (profile) issues.push(...checkRatings(data, profile, file, parsed));
  if (profile) issues.push(...checkCompensationRates(data, profile, file, parsed));
  return { data, body: front.body };
}

/** Ratings must name known criteria and lie on the criterion's scale. */
function checkRatings(
  option: OptionFrontMatter,
  profile: Profile,
  file: string,
  parsed: ParsedYaml,
): Issue[] {
  const issues: Issue[] = [];
  for (const [criterionId, rating] of Object.entries(option.ratings)) {
    const path = ["ratings", criterionId];
    const criterion = profile.criteria.find((c) => c.id === criterionId);
    if (!criterion) {
      issues.push({
        code: "unknown_id",
        file,
        path,
        ...locate(parsed, path),
        message: `rating for unknown criterion "${criterionId}"`,
        hint: unknownIdHint(
          criterionId,
          profile.criteria.map((c) => c.id),
          "criteria in bearing.yaml",
        ),
      });
      continue;
    }
    if (rating === null) continue;
    const { scale } = criterion;
    const min = scale.min ?? Number.NEGATIVE_INFINITY;
    const max = scale.max ?? Number.POSITIVE_INFINITY;
    const values = typeof rating === "number" ? [rating] : rating;
    const outside = values.find((v) => v < min || v > max);
    if (outside !== undefined) {
      const bounds = `${scale.min ?? "-∞"} to ${scale.max ?? "∞"}`;
      // A number beyond a number scale is accepted, with what it counts as and the fix.
      const words = statedOffScale(criterion, profile.criteria.indexOf(criterion), rating);
      issues.push({
        code: "out_of_range",
        file,
        path,
        ...locate(parsed, path),
        severity: scale.kind === "rating" ? "error" : "warning",
        message:
          words?.message ??
          `rating ${outside} is outside the scale of "${criterionId}" (${bounds})`,
        hint:
          words?.hint ?? `use a number from ${bounds}, an interval [low, high], or null if unknown`,
      });
    }
  }
  return issues;
}

function checkDuplicateOptions(options: readonly LoadedOption[], issues: Issue[]): void {
  const seen = new Map<string, LoadedOption>();
  for (const option of options) {
    const key = option.id.toLowerCase();
    const first = seen.get(key);
    if (first) {
      issues.push({
        code: "duplicate_id",
        file: option.file,
        line: 1,
        path: ["id"],
        message: `option id "${option.id}" is also used by ${first.file}`,
        hint: "give one of them another id (or rename its file)",
      });
    } else seen.set(key, option);
  }
}
