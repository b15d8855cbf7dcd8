/**
 * Judgements and trade-off answers in `bearing.yaml`: checking the ids they name (with the line
 * of each), locating the core's judgement issues (which carry only a field path), and the
 * edits `bearing prefer A B` / `bearing prefer --remove A B` / `bearing weigh` make (through
 * {@link updateProfile}: comments and layout kept, validated, written atomically).
 */
import { isMap, isSeq, type YAMLMap } from "yaml";
import { BearingError, isBearingError } from "../core/errors.js";
import type { Tradeoff } from "../core/model/profile.js";
import type { LoadedOption, SourceFile } from "./load.js";
import { PROFILE_FILE } from "./load.js";
import { locate, parseYaml } from "./parse.js";
import { updateProfile } from "./profile-edit.js";
import type { Storage } from "./storage.js";

/**
 * Adds file, line and column to the issues of a BearingError that point into bearing.yaml by
 * field path only (the core's judgement and weighting errors), so every message names its line.
 * @returns the error, located (other errors are returned unchanged)
 */
export function locateProfileIssues(error: unknown, source: SourceFile): unknown {
  if (!isBearingError(error)) return error;
  const unlocated = error.issues.some((i) => i.file === undefined && i.path !== undefined);
  if (!unlocated) return error;
  const { parsed } = parseYaml(PROFILE_FILE, source.text);
  const issues = error.issues.map((issue) =>
    issue.file === undefined && issue.path !== undefined
      ? { ...issue, file: PROFILE_FILE, ...locate(parsed, issue.path) }
      : issue,
  );
  return new BearingError(error.message, issues, error.kind);
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
        hint: `options: ${[...ids].join(", ")}`,
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
      throw BearingError.input({
        code: "not_found",
        file: PROFILE_FILE,
        message: `there is no judgement "${prefer} over ${over}"`,
        path: ["judgements"],
      });
    }
    seq.items = seq.items.filter(keep);
    if (seq.items.length === 0) doc.delete("judgements");
  });
}

/** Appends trade-off answers (from `bearing weigh`). */
export async function addTradeoffs(storage: Storage, answers: readonly Tradeoff[]): Promise<void> {
  if (answers.length === 0) return;
  await updateProfile(storage, (doc) => {
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
  });
}

/**
 * Removes the trade-off answer at `index` (0-based, as `bearing weigh --list` numbers them
 * from 1).
 * @throws BearingError (input) `not_found` when there is none
 */
export async function removeTradeoff(storage: Storage, index: number): Promise<void> {
  await updateProfile(storage, (doc) => {
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
  });
}
