/**
 * Tells listeners when workspace files change on disk (by the user's editor, git, or the
 * server's own writes), debounced so that one save is one notification.
 */
import { type FSWatcher, readdirSync, statSync, watch } from "node:fs";
import { join } from "node:path";

export type ChangeListener = (files: string[]) => void;

export interface WorkspaceWatcher {
  /** Calls `listener` with the changed files, once per burst of changes (debounced). */
  subscribe(listener: ChangeListener): () => void;
  /**
   * How many changes the platform has reported so far, counted the moment each arrives (before
   * the debounce); `undefined` while not watching (the platform refused, watching failed, or
   * `close` was called), when changes on disk go unreported.
   */
  changeCount(): number | undefined;
  close(): void;
}

/**
 * Watches `root` recursively. Temporary and lock files of atomic writes and the analysis cache
 * are ignored. When the platform cannot watch (e.g. too many watchers), the page still works;
 * it just does not live-update.
 *
 * On Linux, Node 20's recursive `fs.watch` watches each file's inode, so a file replaced by an
 * atomic rename (every save bearing makes, and many editors') is never heard of again. There,
 * each folder is watched on its own instead (inotify on a folder reports every change to the
 * names in it, whatever replaces them), and folders that appear later are added.
 */
export function watchWorkspace(root: string, debounceMs = 120): WorkspaceWatcher {
  const listeners = new Set<ChangeListener>();
  const pending = new Set<string>();
  let timer: NodeJS.Timeout | undefined;
  const watchers = new Map<string, FSWatcher>();
  let failed = false;
  let changes = 0;
  const flush = () => {
    timer = undefined;
    const files = [...pending].sort();
    pending.clear();
    for (const listener of listeners) listener(files);
  };
  const ignored = (file: string) =>
    // bearing's own bookkeeping (temp and lock files, the analysis cache) is not a change
    // the page needs to see; reloading on it could even loop.
    /(^|\/)\.bearing-(tmp|lock)-/.test(file) ||
    /^(\.git|\.bearing\/cache|node_modules)(\/|$)/.test(file);
  const report = (file: string) => {
    if (ignored(file)) return;
    changes += 1;
    pending.add(file);
    if (timer) clearTimeout(timer);
    timer = setTimeout(flush, debounceMs);
  };
  const stopAll = () => {
    for (const w of watchers.values()) w.close();
    watchers.clear();
  };
  const onError = () => {
    failed = true;
    stopAll();
  };
  /** Watches the folder `dir` (relative to root, "" for root) and, on Linux, its subfolders. */
  const watchFolder = (dir: string) => {
    if (failed || watchers.has(dir) || (dir !== "" && ignored(`${dir}/`))) return;
    const full = dir === "" ? root : join(root, dir);
    const w = watch(full, (_event, name) => {
      const file = name ? (dir === "" ? "" : `${dir}/`) + String(name).replaceAll("\\", "/") : dir;
      report(file);
      // A folder created (or moved in) later is watched too.
      if (name && !watchers.has(file) && isFolder(file)) watchFolder(file);
    });
    w.on("error", () => {
      w.close();
      watchers.delete(dir);
      if (dir === "") onError();
    });
    watchers.set(dir, w);
    addFolders(dir);
  };
  const isFolder = (file: string) => {
    try {
      return statSync(join(root, file)).isDirectory();
    } catch {
      return false; // gone already
    }
  };
  const addFolders = (dir: string) => {
    let entries: import("node:fs").Dirent[];
    try {
      entries = readdirSync(dir === "" ? root : join(root, dir), { withFileTypes: true });
    } catch {
      return; // not a folder (a file), or gone already
    }
    for (const entry of entries) {
      if (entry.isDirectory()) watchFolder(dir === "" ? entry.name : `${dir}/${entry.name}`);
    }
  };
  try {
    if (process.platform === "linux") watchFolder("");
    else {
      const w = watch(root, { recursive: true }, (_event, name) =>
        report(name ? String(name).replaceAll("\\", "/") : ""),
      );
      w.on("error", onError);
      watchers.set("", w);
    }
  } catch (error) {
    failed = true;
    stopAll();
    console.error(`bearing serve: not watching ${root} for changes:`, (error as Error).message);
  }
  return {
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    changeCount: () => (!failed && watchers.has("") ? changes : undefined),
    close() {
      if (timer) clearTimeout(timer);
      failed = true;
      stopAll();
      listeners.clear();
    },
  };
}
