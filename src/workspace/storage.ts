/**
 * The storage seam: everything the workspace layer reads and writes goes through one small
 * interface, with a file-system implementation (atomic writes) and an in-memory one for
 * tests and the browser. Both pass the same contract suite (`storage.contract.ts`).
 *
 * Paths are workspace-relative with forward slashes (`options/scaleup-cto.md`).
 */
import { createHash } from "node:crypto";

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
  /** Names of the entries of a folder (not recursive); empty when it does not exist. */
  list(dir: string): Promise<string[]>;
  exists(path: string): Promise<boolean>;
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
