/**
 * Reviewers' feedback in the workspace: `feedback/<slug>.yaml` (bearing's contract, "Sharing
 * and feedback"), read and checked against the profile with every problem located (file, line,
 * field), and imported from a file a shared report saved: comments on "Option A" are matched
 * back to the option the letter stood for, and the file is added atomically, never replacing
 * another.
 */
import { BearingError, errorsOf, type Issue } from "../core/errors.js";
import type { DecisionOption } from "../core/model/option.js";
import type { Profile } from "../core/model/profile.js";
import {
  checkFeedback,
  FEEDBACK_DIR,
  type Feedback,
  feedbackSchema,
  feedbackYaml,
} from "../core/share/feedback.js";
import { redactWorkspace } from "../core/share/redact.js";
import { slugify } from "../core/slug.js";
import { decodeText, documentValue, locate, parseYaml, validate } from "./parse.js";
import { ConflictError, type Storage } from "./storage.js";

/**
 * Reads one feedback file's text: YAML, the contract's fields, and then the profile (criteria
 * that exist, weights that do not all vanish) and the option ids comments may use.
 * @returns the feedback, or the located issues (`file` as given).
 */
export function readFeedback(
  file: string,
  bytes: Uint8Array,
  profile: Profile,
  optionIds: readonly string[],
): { feedback?: Feedback; issues: Issue[] } {
  const decoded = decodeText(file, bytes);
  if (!decoded.ok) return { issues: [decoded.issue] };
  const { parsed, issues: syntax } = parseYaml(file, decoded.text);
  if (syntax.length > 0) return { issues: syntax };
  const read = documentValue(file, parsed);
  if (read.issue) return { issues: [read.issue] };
  const { data, issues } = validate(feedbackSchema, read.value, file, parsed);
  if (!data) return { issues };
  const checked = checkFeedback(data, profile, optionIds).map((issue) => ({
    ...issue,
    file,
    ...locate(parsed, issue.path ?? [], "key"),
  }));
  return checked.length > 0 ? { issues: checked } : { feedback: data, issues: [] };
}

/**
 * Every reviewer's feedback in `feedback/`, checked.
 * @throws BearingError (input) naming each file and line that is wrong.
 */
export async function loadFeedback(
  storage: Storage,
  profile: Profile,
  options: readonly DecisionOption[],
): Promise<Feedback[]> {
  const ids = options.map((o) => o.id);
  const all: Feedback[] = [];
  const issues: Issue[] = [];
  for (const name of (await storage.list(FEEDBACK_DIR)).sort()) {
    if (name.startsWith(".") || !/\.ya?ml$/i.test(name)) continue;
    const file = `${FEEDBACK_DIR}/${name}`;
    const bytes = await storage.read(file);
    if (bytes === null) continue;
    const read = readFeedback(file, bytes, profile, ids);
    if (read.feedback) all.push(read.feedback);
    issues.push(...read.issues);
  }
  if (errorsOf(issues).length > 0) {
    throw new BearingError(`${errorsOf(issues).length} problem(s) in feedback/`, issues);
  }
  return all;
}

export interface ImportedFeedback {
  /** Workspace-relative file written, e.g. `feedback/dana.yaml`. */
  file: string;
  feedback: Feedback;
  warnings: Issue[];
}

/**
 * Checks a reviewer's file and adds it to `feedback/<slug of the name>.yaml` (`-2`, `-3`, … when
 * taken): written atomically and only where no file is. Comments keyed by a shared report's
 * letters (`option-a`) are stored under the option's own id; when the options changed since the
 * report was written (its fingerprint differs), those comments are left out with a warning.
 * @param fingerprint of the current letters, as `bearing report --share` computes it.
 * @throws BearingError (input) naming the file, line and field of every problem.
 */
export async function importFeedback(
  storage: Storage,
  source: { file: string; bytes: Uint8Array },
  profile: Profile,
  options: readonly DecisionOption[],
  fingerprint: (ids: Record<string, string>) => string,
): Promise<ImportedFeedback> {
  const { ids } = redactWorkspace(profile, options);
  const byLetter = new Map(Object.entries(ids).map(([real, letter]) => [letter, real]));
  const allowed = [...options.map((o) => o.id), ...byLetter.keys()];
  const read = readFeedback(source.file, source.bytes, profile, allowed);
  if (!read.feedback) throw new BearingError(`${source.file} is not valid feedback`, read.issues);
  const warnings: Issue[] = [];
  const sameLetters =
    read.feedback.report === undefined || read.feedback.report === fingerprint(ids);
  const comments: Record<string, string> = {};
  for (const [key, text] of Object.entries(read.feedback.comments)) {
    const real = byLetter.get(key);
    if (real === undefined) comments[key] = text;
    else if (sameLetters) comments[real] = text;
    else {
      warnings.push({
        code: "inconsistent",
        severity: "warning",
        file: source.file,
        path: ["comments", key],
        message: `the options changed since the report was written, so "${key}" may now be another option: comment left out`,
        hint: "write a new shared report for the next round of feedback",
      });
    }
  }
  const feedback: Feedback = { ...read.feedback, comments };
  delete feedback.report;
  const base = slugify(feedback.name, { fallback: "reviewer" });
  for (let n = 1; n < 1000; n++) {
    const file = `${FEEDBACK_DIR}/${n === 1 ? base : `${base}-${n}`}.yaml`;
    if (await storage.exists(file)) continue;
    try {
      await storage.write(file, feedbackYaml(feedback), { expectedHash: null });
    } catch (error) {
      if (error instanceof ConflictError) continue; // another import took the name meanwhile
      throw error;
    }
    return { file, feedback, warnings };
  }
  throw BearingError.input({
    code: "already_exists",
    file: `${FEEDBACK_DIR}/${base}.yaml`,
    message: "too many feedback files by this name",
    hint: "rename some in feedback/",
  });
}
