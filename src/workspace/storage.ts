/**
 * The storage seam: everything the workspace layer reads and writes goes through one small
 * interface, with a file-system implementation (atomic writes) and an in-memory one for
 * tests and the browser. Both pass the same contract suite (`storage.contract.ts`).
 *
 * Paths are workspace-relative with forward slashes (`options/scaleup-cto.md`).
 */
import { createHash } from "node:crypto";
import { BearingError } from "../core/errors.js";

export interface Storage {
  /** The file's bytes, or `null` when it does not exist. */
  read(path: string): Promise<Uint8Array | null>;
  /**
   * Writes the whole file atomically: readers see the old or the new content, never a mix.
   * With `expectedHash` (a {@link contentHash} of what the caller read, or `null` for "must
   * not exist yet"), the write is a compare-and-swap and throws {@link ConflictError} when
   * the file changed in between.
   */
  write(path: string, data: string, options?: { expectedHash?: string | null }): Promise<void>;
  /**
   * Writes several files as one change, each a compare-and-swap as in {@link write}: every
   * expected hash is checked before any file is replaced, so a conflict (or any failure
   * before the first replacement) changes nothing. Optional: {@link writeTogether} falls back
   * to writing one file after another, putting back what it wrote when one fails.
   * @throws ConflictError naming the first file that changed; a {@link PartialWriteError} when
   *   files were replaced and could not all be put back
   */
  writeAll?(writes: readonly FileWrite[]): Promise<void>;
  /**
   * Optional: a {@link read} for one pass over many files (a load), which may keep what it
   * learns about folders for its own life (never longer: make one per pass). The same
   * answers and refusals as {@link read}.
   */
  reader?(): (path: string) => Promise<Uint8Array | null>;
  /** Names of the entries of a folder (not recursive); empty when it does not exist. */
  list(dir: string): Promise<string[]>;
  exists(path: string): Promise<boolean>;
}

/** One file of a {@link Storage.writeAll}: its new text and the hash it must still have. */
export interface FileWrite {
  path: string;
  data: string;
  /** As in {@link Storage.write}: the hash read, or `null` for "must not exist yet". */
  expectedHash?: string | null;
}

/**
 * A change of several files failed part-way and could not be undone: `written` have their
 * new content, `unchanged` their old one. Says so file by file, so the user knows where the
 * workspace stands.
 */
export class PartialWriteError extends BearingError {
  constructor(
    readonly written: readonly string[],
    readonly unchanged: readonly string[],
    cause: unknown,
  ) {
    const why = cause instanceof Error ? cause.message : String(cause);
    super(
      `the change was only partly written (${why}): ${written.join(", ")} ${written.length === 1 ? "has" : "have"} the new content, ${unchanged.join(", ") || "no other file"} the old`,
      written.map((file) => ({
        code: "conflict" as const,
        file,
        message: "has the new content, while other files of the same change do not",
        hint: `the files not written: ${unchanged.join(", ") || "none"}; put this file back from git, or finish the change by hand`,
      })),
      "internal",
    );
  }
}

/**
 * Writes `writes` as one change: through {@link Storage.writeAll} when the storage has it,
 * else one file after another, each a compare-and-swap, putting back (compare-and-swap
 * against what was just written) the files already replaced when a later one fails.
 * @throws ConflictError or the write's own error when nothing was changed;
 *   {@link PartialWriteError} when files were replaced and could not all be put back
 */
export async function writeTogether(storage: Storage, writes: readonly FileWrite[]): Promise<void> {
  if (storage.writeAll) return storage.writeAll(writes);
  const originals = new Map<string, Uint8Array | null>();
  for (const w of writes) originals.set(w.path, await storage.read(w.path));
  const done: FileWrite[] = [];
  for (const w of writes) {
    try {
      await storage.write(w.path, w.data, { expectedHash: w.expectedHash });
      done.push(w);
    } catch (error) {
      const stuck: string[] = [];
      for (const d of done.reverse()) {
        const old = originals.get(d.path);
        try {
          if (old === null || old === undefined) throw new Error("no way to remove a file");
          await storage.write(d.path, new TextDecoder().decode(old), {
            expectedHash: contentHash(d.data),
          });
        } catch {
          stuck.push(d.path);
        }
      }
      if (stuck.length === 0) throw error;
      throw new PartialWriteError(
        stuck,
        writes.map((x) => x.path).filter((path) => !stuck.includes(path)),
        error,
      );
    }
  }
}

/** A write lost a race: the file is no longer what the writer read. */
export class ConflictError extends Error {
  override readonly name = "ConflictError";
  constructor(readonly path: string) {
    super(`${path} changed on disk since it was read`);
  }
}

/** SHA-256 of the content, hex: the version token of compare-and-swap writes. */
export function contentHash(data: Uint8Array | string): string {
  return createHash("sha256").update(data).digest("hex");
}

/** Rejects paths that could leave the workspace (absolute, `..`, backslashes, NUL). */
export function assertSafeRelativePath(path: string): void {
  const bad =
    path === "" ||
    path.startsWith("/") ||
    path.includes("\\") ||
    path.includes("\0") ||
    /^[a-zA-Z]:/.test(path) ||
    path.split("/").some((part) => part === ".." || part === "." || part === "");
  if (bad) throw new Error(`unsafe workspace path: ${JSON.stringify(path)}`);
}

/** In-memory storage: for tests, and for running the core against unsaved edits. */
export class MemoryStorage implements Storage {
  private readonly files = new Map<string, Uint8Array>();

  constructor(initial: Record<string, string | Uint8Array> = {}) {
    for (const [path, data] of Object.entries(initial)) {
      this.files.set(path, typeof data === "string" ? new TextEncoder().encode(data) : data);
    }
  }

  async read(path: string): Promise<Uint8Array | null> {
    assertSafeRelativePath(path);
    return this.files.get(path) ?? null;
  }

  async write(path: string, data: string, options: { expectedHash?: string | null } = {}) {
    assertSafeRelativePath(path);
    if (options.expectedHash !== undefined) {
      const current = this.files.get(path);
      const currentHash = current ? contentHash(current) : null;
      if (currentHash !== options.expectedHash) throw new ConflictError(path);
    }
    this.files.set(path, new TextEncoder().encode(data));
  }

  /** All or nothing: every hash is checked before any file is set. */
  async writeAll(writes: readonly FileWrite[]): Promise<void> {
    for (const w of writes) {
      assertSafeRelativePath(w.path);
      if (w.expectedHash === undefined) continue;
      const current = this.files.get(w.path);
      if ((current ? contentHash(current) : null) !== w.expectedHash) {
        throw new ConflictError(w.path);
      }
    }
    for (const w of writes) this.files.set(w.path, new TextEncoder().encode(w.data));
  }

  async list(dir: string): Promise<string[]> {
    const prefix = dir === "" || dir === "." ? "" : `${dir.replace(/\/$/, "")}/`;
    const names = new Set<string>();
    for (const path of this.files.keys()) {
      if (!path.startsWith(prefix)) continue;
      const rest = path.slice(prefix.length);
      const name = rest.split("/")[0];
      if (name) names.add(name);
    }
    return [...names].sort();
  }

  async exists(path: string): Promise<boolean> {
    if (this.files.has(path)) return true;
    const prefix = `${path.replace(/\/$/, "")}/`;
    for (const key of this.files.keys()) if (key.startsWith(prefix)) return true;
    return false;
  }
}
