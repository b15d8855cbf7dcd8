import { randomBytes } from "node:crypto";
import { constants } from "node:fs";
import { mkdir, open, readdir, readFile, rename, stat, unlink } from "node:fs/promises";
import { dirname, join, resolve, sep } from "node:path";
import { assertSafeRelativePath, ConflictError, contentHash, type Storage } from "./storage.js";

/**
 * A workspace folder on disk. Writes go to a temporary file in the same folder, are flushed
 * with fsync and renamed over the target (rename is atomic within a file system), then the
 * folder is fsynced so the rename itself survives a crash. Temporary files are removed on
 * failure.
 */
export class FsStorage implements Storage {
  readonly root: string;

  constructor(root: string) {
    this.root = resolve(root);
  }

  private abs(path: string): string {
    assertSafeRelativePath(path);
    const full = resolve(this.root, path);
    if (full !== this.root && !full.startsWith(this.root + sep)) {
      throw new Error(`path escapes the workspace: ${path}`);
    }
    return full;
  }

  async read(path: string): Promise<Uint8Array | null> {
    try {
      return await readFile(this.abs(path));
    } catch (error) {
      if (isNotFound(error)) return null;
      throw error;
    }
  }

  async write(path: string, data: string, options: { expectedHash?: string | null } = {}) {
    const target = this.abs(path);
    const folder = dirname(target);
    await mkdir(folder, { recursive: true });
    if (options.expectedHash !== undefined) {
      const current = await this.read(path);
      const currentHash = current ? contentHash(current) : null;
      if (currentHash !== options.expectedHash) throw new ConflictError(path);
    }
    const temp = join(folder, `.bearing-tmp-${process.pid}-${randomBytes(6).toString("hex")}`);
    const handle = await open(
      temp,
      constants.O_CREAT | constants.O_EXCL | constants.O_WRONLY,
      0o644,
    );
    try {
      await handle.writeFile(data, "utf8");
      await handle.sync();
    } catch (error) {
      await handle.close();
      await unlink(temp).catch(() => {});
      throw error;
    }
    await handle.close();
    try {
      await rename(temp, target);
    } catch (error) {
      await unlink(temp).catch(() => {});
      throw error;
    }
    await syncFolder(folder);
  }

  async list(dir: string): Promise<string[]> {
    try {
      const entries = await readdir(dir === "" || dir === "." ? this.root : this.abs(dir));
      return entries.filter((name) => !name.startsWith(".bearing-tmp-")).sort();
    } catch (error) {
      if (isNotFound(error) || isNotDirectory(error)) return [];
      throw error;
    }
  }

  async exists(path: string): Promise<boolean> {
    try {
      await stat(this.abs(path));
      return true;
    } catch (error) {
      if (isNotFound(error)) return false;
      throw error;
    }
  }
}

async function syncFolder(folder: string): Promise<void> {
  let handle: Awaited<ReturnType<typeof open>> | undefined;
  try {
    handle = await open(folder, constants.O_RDONLY);
    await handle.sync();
  } catch {
    // Some file systems refuse fsync on a directory; the rename has still happened.
  } finally {
    await handle?.close();
  }
}

function isNotFound(error: unknown): boolean {
  return (error as NodeJS.ErrnoException)?.code === "ENOENT";
}

function isNotDirectory(error: unknown): boolean {
  return (error as NodeJS.ErrnoException)?.code === "ENOTDIR";
}
