/**
 * Tells listeners when workspace files change on disk (by the user's editor, git, or the
 * server's own writes), debounced so that one save is one notification.
 */
import { type FSWatcher, watch } from "node:fs";

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
 */
export function watchWorkspace(root: string, debounceMs = 120): WorkspaceWatcher {
  const listeners = new Set<ChangeListener>();
  const pending = new Set<string>();
  let timer: NodeJS.Timeout | undefined;
  let watcher: FSWatcher | undefined;
  let changes = 0;
  const flush = () => {
    timer = undefined;
    const files = [...pending].sort();
    pending.clear();
    for (const listener of listeners) listener(files);
  };
  try {
    watcher = watch(root, { recursive: true }, (_event, name) => {
      const file = name ? String(name).replaceAll("\\", "/") : "";
      // bearing's own bookkeeping (temp and lock files, the analysis cache) is not a change
      // the page needs to see; reloading on it could even loop.
      if (/(^|\/)\.bearing-(tmp|lock)-/.test(file) || /^(\.git|\.bearing\/cache)\//.test(file)) {
        return;
      }
      changes += 1;
      pending.add(file);
      if (timer) clearTimeout(timer);
      timer = setTimeout(flush, debounceMs);
    });
    watcher.on("error", () => {
      watcher?.close();
      watcher = undefined;
    });
  } catch (error) {
    console.error(`bearing serve: not watching ${root} for changes:`, (error as Error).message);
  }
  return {
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    changeCount: () => (watcher ? changes : undefined),
    close() {
      if (timer) clearTimeout(timer);
      watcher?.close();
      watcher = undefined;
      listeners.clear();
    },
  };
}
