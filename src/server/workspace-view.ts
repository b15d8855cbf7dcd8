/**
 * What the page receives about a workspace: the validated profile and options (with the hash
 * that guards each file's next edit), every issue, the journal entries, and the decision
 * records with their reviews, verified as the CLI verifies them (`readDecisions`: a record
 * changed after it was written is an issue naming it). The page runs the decision core on
 * this itself, so the server never ranks.
 */
import type { StoredRecord } from "../core/decision/record.js";
import type { StoredReview } from "../core/decision/review.js";
import type { Issue } from "../core/errors.js";
import type { DecisionOption } from "../core/model/option.js";
import type { Profile } from "../core/model/profile.js";
import type { RoleAnalysis } from "../core/roles/types.js";
import { readDecisions } from "../workspace/decisions.js";
import { type JournalEntry, readJournal } from "../workspace/journal.js";
import { inspectWorkspace } from "../workspace/load.js";
import { readOptionRoles } from "../workspace/role-readings.js";
import type { Storage } from "../workspace/storage.js";
import type { WorkspaceWatcher } from "./watch.js";

export interface OptionView extends DecisionOption {
  /** Hash of the option's file as read: send it back as `expectedHash` when editing. */
  hash: string;
  /**
   * The analysis of the body when it reads as a job description (evidence spans index into
   * `body`), else null. The page derives role fit and filled-in facts from it with the core's
   * `readRole`, against the profile it holds.
   */
  roleAnalysis: RoleAnalysis | null;
}

export type { JournalEntry };

export interface WorkspaceView {
  /** Absent when `bearing.yaml` is missing or invalid (see `issues`). */
  profile: Profile | null;
  profileHash: string | null;
  options: OptionView[];
  issues: Issue[];
  journal: JournalEntry[];
  /**
   * The decision records in chain order (as far as the chain holds, then those off it) and
   * their reviews; every problem with them (a broken seal or chain, a review naming no record)
   * is in `issues`.
   */
  decisions: { records: StoredRecord[]; reviews: StoredReview[] };
}

/** No decision records: what a view without them (a shared report) carries. */
export const NO_DECISIONS: WorkspaceView["decisions"] = { records: [], reviews: [] };

/** Reads the workspace for the page; never throws for bad input (issues say what is wrong). */
export async function readWorkspaceView(storage: Storage): Promise<WorkspaceView> {
  const state = await inspectWorkspace(storage);
  const journal = await readJournal(storage);
  const decisions = await readDecisions(storage);
  const roles = state.profile
    ? await readOptionRoles(storage, state.profile, state.options)
    : new Map();
  return {
    profile: state.profile ?? null,
    profileHash: state.profileSource?.hash ?? null,
    options: state.options.map(({ source, ...option }) => ({
      ...option,
      hash: source.hash,
      roleAnalysis: roles.get(option.id)?.analysis ?? null,
    })),
    issues: [...state.issues, ...journal.issues, ...decisions.issues],
    journal: journal.entries,
    decisions: {
      records: [...decisions.records, ...decisions.offChain],
      reviews: decisions.reviews,
    },
  };
}

/** How long a view may be served without a change reported: see {@link cachedWorkspaceView}. */
export const VIEW_MAX_AGE_MS = 1000;

export interface CachedWorkspaceView {
  /** The view, read after the last change reported before the call. */
  read(): Promise<WorkspaceView>;
  /**
   * The storage to write through: a write marks the view stale once it has settled, so every
   * answer after a write is acknowledged reads the workspace again.
   */
  storage: Storage;
  /** Marks the view stale, e.g. when an edit found a file other than the one served. */
  invalidate(): void;
}

interface ViewRead {
  /** The changes reported when the read began (NaN once it failed: never shared again). */
  changes: number;
  /** When the read finished (its age counts from then; a read in flight is never too old). */
  at: number;
  view: Promise<WorkspaceView>;
  done: boolean;
}

/**
 * Reads the view once per change rather than once per request (reading validates every file,
 * and is the server's main cost under load). Requests share the last read while neither the
 * watcher nor a write through {@link CachedWorkspaceView.storage} reported a change since it
 * began, and for at most `maxAgeMs`: a bound for file systems whose changes the watcher never
 * hears of (network and some virtual machines' shared folders), counted from when the read
 * finished, so a read slower than the bound is still shared. One read runs at a time; the
 * requests that find it outdated share the one read that follows it. Without a live watcher,
 * nothing is shared.
 */
export function cachedWorkspaceView(
  storage: Storage,
  watcher: WorkspaceWatcher | undefined,
  { maxAgeMs = VIEW_MAX_AGE_MS, now = () => performance.now() } = {},
): CachedWorkspaceView {
  let writes = 0;
  let last: ViewRead | undefined;
  let queued: Promise<WorkspaceView> | undefined;
  // Both counts only grow, so their sum changes whenever either does.
  const changes = () => {
    const watched = watcher?.changeCount();
    return watched === undefined ? undefined : watched + writes;
  };
  const begin = (): Promise<WorkspaceView> => {
    queued = undefined;
    const read: ViewRead = {
      changes: changes() ?? Number.NaN,
      at: now(),
      view: readWorkspaceView(storage),
      done: false,
    };
    last = read;
    read.view.then(
      () => {
        read.done = true;
        read.at = now();
      },
      () => {
        // A failed read is not shared: the next request tries again.
        read.done = true;
        read.changes = Number.NaN;
      },
    );
    return read.view;
  };
  return {
    read() {
      const current = changes();
      if (current === undefined) return readWorkspaceView(storage);
      // A read in flight is shared; a finished one for maxAgeMs after it finished. (Counting
      // from its start, a read slower than the bound, as at 1,000 options, was never shared.)
      if (last && last.changes === current && (!last.done || now() - last.at < maxAgeMs))
        return last.view;
      if (!last || last.done) return begin();
      queued ??= last.view.then(begin, begin);
      return queued;
    },
    storage: {
      read: (path) => storage.read(path),
      list: (dir) => storage.list(dir),
      exists: (path) => storage.exists(path),
      write: (path, data, options) =>
        storage.write(path, data, options).finally(() => {
          writes += 1;
        }),
    },
    invalidate() {
      writes += 1;
    },
  };
}
