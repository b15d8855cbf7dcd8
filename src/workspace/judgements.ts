/**
 * Judgements and trade-off answers in `bearing.yaml`: checking the ids they name (with the line
 * of each), locating the core's judgement issues (which carry only a field path), and the
 * edits `bearing prefer A B` / `bearing prefer --remove A B` / `bearing weigh` and the
 * workbench's trade-off screen make (through
 * {@link updateProfile}: comments and layout kept, validated, written atomically).
 */
import { isMap, isSeq, type YAMLMap } from "yaml";
import { buildModel } from "../core/decision/model.js";
import { BearingError, type Issue, isBearingError } from "../core/errors.js";
import { type Tradeoff, tradeoffSchema } from "../core/model/profile.js";
import { withMoney } from "../core/money/derive.js";
import { unknownIdHint } from "../core/suggest.js";
import type { LoadedOption, SourceFile } from "./load.js";
import { inspectWorkspace, loadWorkspace, PROFILE_FILE } from "./load.js";
import { locate, parseYaml } from "./parse.js";
import { updateProfile } from "./profile-edit.js";
import { effectiveOptions, readOptionRoles } from "./role-readings.js";
import { MemoryStorage, type Storage } from "./storage.js";

/**
 * Adds file, line and column to the issues of a BearingError that point into bearing.yaml by
 * field path only (the core's judgement and weighting errors), so every message names its line.
 * @returns the error, located (other errors are returned unchanged)
 */
export function locateProfileIssues(error: unknown, source: SourceFile): unknown {
  if (!isBearingError(error) || !error.issues.some(unlocated)) return error;
  return new BearingError(error.message, locateInProfile(error.issues, source), error.kind);
}

/**
 * The issues with file, line and column added to those that point into bearing.yaml by field
 * path only (the core's warnings and errors); bearing.yaml is parsed only when one does.
 */
export function locateInProfile(issues: readonly Issue[], source: SourceFile): Issue[] {
  if (!issues.some(unlocated)) return [...issues];
  const { parsed } = parseYaml(PROFILE_FILE, source.text);
  return issues.map((issue) =>
    unlocated(issue)
      ? { ...issue, file: PROFILE_FILE, ...locate(parsed, issue.path ?? []) }
      : issue,
  );
}

/** An issue that names a field of bearing.yaml but no file. */
function unlocated(issue: Issue): boolean {
  return issue.file === undefined && issue.path !== undefined;
}

/** Runs `f`, locating in bearing.yaml the issues of what it throws. */
export function withProfileLocations<T>(source: SourceFile, f: () => T): T {
  try {
    return f();
  } catch (error) {
    throw locateProfileIssues(error, source);
  }
}

function judgementsSeq(doc: Parameters<Parameters<typeof updateProfile>[1]>[0]) {
  const node = doc.get("judgements", true);
  return isSeq(node) ? node : null;
}

/**
 * Adds the judgement "prefer `prefer` over `over`" (a no-op when it is already there).
 * @returns whether bearing.yaml changed, and its new text (not written with `dryRun`)
 * @throws BearingError (input): unknown options (checked by the caller against the loaded
 *   workspace), or the errors of {@link updateProfile}
 */
export async function addJudgement(
  storage: Storage,
  prefer: string,
  over: string,
  options: readonly LoadedOption[],
  write: { dryRun?: boolean; expectedHash?: string } = {},
): Promise<{ changed: boolean; text: string }> {
  const ids = new Set(options.map((o) => o.id));
  for (const id of [prefer, over]) {
    if (!ids.has(id)) {
      throw BearingError.input({
        code: "unknown_id",
        message: `no option "${id}"`,
        hint: unknownIdHint(id, [...ids], "options"),
      });
    }
  }
  if (prefer === over) {
    throw BearingError.input({
      code: "invalid_value",
      message: "a judgement compares two different options",
    });
  }
  let changed = false;
  const text = await updateProfile(
    storage,
    (doc) => {
      const seq = judgementsSeq(doc);
      const exists = seq?.items.some(
        (item) => isMap(item) && item.get("prefer") === prefer && item.get("over") === over,
      );
      if (exists) return;
      const node = doc.createNode({ prefer, over }) as YAMLMap;
      node.flow = true;
      if (seq) seq.items.push(node as never);
      else doc.set("judgements", doc.createNode([node]));
      changed = true;
    },
    write,
  );
  return { changed, text };
}

/**
 * Takes back the judgement "prefer `prefer` over `over`" (every copy of it).
 * @throws BearingError (input) `not_found` when there is no such judgement
 */
export async function removeJudgement(
  storage: Storage,
  prefer: string,
  over: string,
): Promise<void> {
  await updateProfile(storage, (doc) => {
    const seq = judgementsSeq(doc);
    const keep = (item: unknown) =>
      !(isMap(item) && item.get("prefer") === prefer && item.get("over") === over);
    if (!seq || seq.items.every(keep)) {
      const noted = (seq?.items ?? []).flatMap((item) =>
        isMap(item) ? [`${item.get("prefer")} over ${item.get("over")}`] : [],
      );
      throw BearingError.input({
        code: "not_found",
        file: PROFILE_FILE,
        message: `there is no judgement "${prefer} over ${over}"`,
        path: ["judgements"],
        hint: noted.length > 0 ? `judgements: ${noted.join("; ")}` : "there are no judgements yet",
      });
    }
    seq.items = seq.items.filter(keep);
    if (seq.items.length === 0) doc.delete("judgements");
  });
}

/**
 * Appends trade-off answers (from `bearing weigh` and the workbench), unchecked against the
 * other statements: {@link answerTradeoff} checks one first.
 * @returns bearing.yaml's new text (not written with `dryRun`)
 */
export async function addTradeoffs(
  storage: Storage,
  answers: readonly Tradeoff[],
  write: { dryRun?: boolean; expectedHash?: string } = {},
): Promise<string | null> {
  if (answers.length === 0) return null;
  return updateProfile(
    storage,
    (doc) => {
      const nodes = answers.map((answer) => {
        const node = doc.createNode(answer) as YAMLMap;
        for (const pair of node.items) {
          if (isMap(pair.value)) pair.value.flow = true;
        }
        return node;
      });
      const node = doc.get("tradeoffs", true);
      if (isSeq(node)) node.items.push(...(nodes as never[]));
      else doc.set("tradeoffs", doc.createNode(nodes));
    },
    write,
  );
}

const sameRole = (x: Record<string, number>, y: Record<string, number>) =>
  Object.keys(x).length === Object.keys(y).length &&
  Object.entries(x).every(([k, v]) => y[k] === v);

/**
 * Keeps one answer to a trade-off question, as `bearing weigh` and the workbench's trade-off
 * screen do: read the workspace, add the answer to a trial copy of bearing.yaml (validated as
 * loading reads it: known criteria, the same ones on both sides), check that some weights
 * still satisfy every judgement and answer with it (the decision model is built from the
 * trial profile and the options as the decision sees them, role readings and pay included),
 * then write it (comments kept, atomic, compare-and-swap on the hash read first). An answer
 * already kept is not added twice.
 * @returns whether bearing.yaml changed
 * @throws BearingError (input): an invalid answer (located in the trial text), or code
 *   `inconsistent` naming the smallest set of statements it conflicts with (lines located,
 *   the new answer's at the end of `tradeoffs`); a conflict when the file changed meanwhile;
 *   nothing is written
 */
export async function answerTradeoff(
  storage: Storage,
  answer: Tradeoff,
): Promise<{ changed: boolean }> {
  const parsed = tradeoffSchema.safeParse(answer);
  if (!parsed.success) {
    throw BearingError.input({
      code: "invalid_value",
      message: "a trade-off answer is { prefer: {criterion: rating, ...}, over: {...} }",
      path: ["tradeoffs"],
      hint: "give the two roles' ratings, by criterion id, on each criterion's scale",
    });
  }
  const workspace = await loadWorkspace(storage);
  const hash = workspace.profileSource.hash;
  const kept = workspace.profile.tradeoffs.some(
    (t) => sameRole(t.prefer, parsed.data.prefer) && sameRole(t.over, parsed.data.over),
  );
  if (kept) return { changed: false };
  const trial = await addTradeoffs(storage, [parsed.data], { dryRun: true, expectedHash: hash });
  const state = await inspectWorkspace(new MemoryStorage({ [PROFILE_FILE]: trial ?? "" }), {
    optionIds: false,
  });
  const { profile, profileSource } = state;
  if (profile && profileSource) {
    // Only consistency matters here: the fewest samples the settings allow.
    const cheap = { ...profile, settings: { ...profile.settings, samples: 100 } };
    const roles = await readOptionRoles(storage, profile, workspace.options);
    const { options } = withMoney(profile, effectiveOptions(workspace.options, roles));
    withProfileLocations(profileSource, () => buildModel(cheap, options));
  }
  await addTradeoffs(storage, [parsed.data], { expectedHash: hash });
  return { changed: true };
}

/**
 * Removes the trade-off answer at `index` (0-based, as `bearing weigh --list` numbers them
 * from 1).
 * @throws BearingError (input) `not_found` when there is none
 */
export async function removeTradeoff(
  storage: Storage,
  index: number,
  write: { expectedHash?: string } = {},
): Promise<void> {
  await updateProfile(
    storage,
    (doc) => {
      const node = doc.get("tradeoffs", true);
      if (!isSeq(node) || index < 0 || index >= node.items.length) {
        throw BearingError.input({
          code: "not_found",
          file: PROFILE_FILE,
          message: `there is no trade-off answer number ${index + 1}`,
          path: ["tradeoffs"],
        });
      }
      node.items.splice(index, 1);
      if (node.items.length === 0) doc.delete("tradeoffs");
    },
    write,
  );
}
