import { randomBytes } from "node:crypto";
import { constants } from "node:fs";
import {
  lstat,
  mkdir,
  open,
  readdir,
  readFile,
  realpath,
  rename,
  stat,
  unlink,
} from "node:fs/promises";
import { dirname, join, relative, resolve, sep } from "node:path";
import { BearingError } from "../core/errors.js";
import {
  acquireLock,
  type HeldLock,
  isInternalName,
  type LockOptions,
  lockPathFor,
  sweepAbandoned,
  TEMP_PREFIX,
  withLock,
} from "./lock.js";
import {
  assertSafeRelativePath,
  ConflictError,
  contentHash,
  type FileWrite,
  PartialWriteError,
  type Storage,
} from "./storage.js";

/**
 * A workspace folder on disk. Writes go to a temporary file in the same folder, are flushed
 * with fsync and renamed over the target (rename is atomic within a file system), then the
 * folder is fsynced so the rename itself survives a crash. The hash check and the rename run
 * under a per-file lock (`lock.ts`), so compare-and-swap holds between processes too.
 *
 * Temporary files are removed on failure; after a crash (SIGKILL, power loss) they may stay,
 * hidden from {@link list}, until the next write in the same folder sweeps them away with any
 * lock the dead process held.
 *
 * Symbolic links never lead out: a read whose file resolves (links followed) outside the
 * workspace's real path, and a write whose folder does, are refused; a write never replaces a
 * link (it would silently turn it into a regular file), so a linked file is refused too.
 */
export class FsStorage implements Storage {
  readonly root: string;
  private readonly lockOptions: LockOptions;
  /** The root's real path, resolved at the first read or write (one call, not one a file). */
  private realRoot: Promise<string> | null = null;

  /** @param lockOptions lock timeout and staleness (defaults: 5 s and 30 s). */
  constructor(root: string, lockOptions: LockOptions = {}) {
    this.root = resolve(root);
    this.lockOptions = lockOptions;
  }

  private abs(path: string): string {
    assertSafeRelativePath(path);
    const full = resolve(this.root, path);
    if (full !== this.root && !full.startsWith(this.root + sep)) {
      throw new Error(`path escapes the workspace: ${path}`);
    }
    return full;
  }

  /**
   * @throws BearingError (input, `unsupported`) when the path is a folder, a symbolic link that
   *   loops, or a file this user may not read: things in the workspace that are not its files.
   */
  async read(path: string): Promise<Uint8Array | null> {
    return this.readChecked(path, null);
  }

  /**
   * A {@link read} for one pass over the workspace (a load), with the same answers and
   * refusals, that resolves each folder's real path once for its whole life instead of each
   * file's: a file that is not a symbolic link (`lstat`), in a folder whose real path is inside
   * the workspace, is inside it. A link, or a path `lstat` cannot answer for, gets the full
   * check. Each call makes a new reader, so a long-running `serve` checks again at every load.
   */
  reader(): (path: string) => Promise<Uint8Array | null> {
    const folders = new Map<string, Promise<string>>();
    return (path) => this.readChecked(path, folders);
  }

  private async readChecked(
    path: string,
    folders: Map<string, Promise<string>> | null,
  ): Promise<Uint8Array | null> {
    try {
      const full = this.abs(path);
      if (folders) await this.assertInsideOnce(path, full, folders);
      else await this.assertInside(path, full, "read");
      return await readFile(full);
    } catch (error) {
      if (isNotFound(error)) return null;
      const why = UNREADABLE[(error as NodeJS.ErrnoException)?.code ?? ""];
      if (why) {
        throw BearingError.input({
          code: "unsupported",
          file: path,
          message: why,
          hint: "bearing reads plain files; move or fix what is there",
        });
      }
      throw error;
    }
  }

  async write(path: string, data: string, options: { expectedHash?: string | null } = {}) {
    const target = this.abs(path);
    const folder = dirname(target);
    // Before mkdir, which would otherwise create folders wherever a linked folder points.
    await this.assertInside(path, folder, "write");
    await refuseLink(path, target);
    await mkdir(folder, { recursive: true });
    // The slow part (writing and flushing the new content) happens before taking the lock,
    // so the lock is held only for the hash check and the rename.
    const temp = join(folder, `${TEMP_PREFIX}${process.pid}-${randomBytes(6).toString("hex")}`);
    // A rewrite keeps the file's permissions: a file the user made private stays private.
    const mode = await existingMode(target);
    const handle = await open(
      temp,
      constants.O_CREAT | constants.O_EXCL | constants.O_WRONLY,
      mode ?? 0o644,
    );
    try {
      try {
        // Set explicitly, since the mode given to open is narrowed by the umask.
        if (mode !== undefined) await handle.chmod(mode);
        await handle.writeFile(data, "utf8");
        await handle.sync();
      } finally {
        await handle.close();
      }
      await withLock(
        lockPathFor(target),
        async (lock) => {
          if (options.expectedHash !== undefined) {
            const current = await this.read(path);
            const currentHash = current ? contentHash(current) : null;
            if (currentHash !== options.expectedHash) throw new ConflictError(path);
          }
          // Our lock may have been broken as stale by now (only if we were stalled for
          // longer than staleMs): then another writer may be mid-swap, so we step back.
          if (!(await lock.stillHeld())) throw new ConflictError(path);
          await rename(temp, target);
        },
        this.lockOptions,
      );
    } catch (error) {
      await unlink(temp).catch(() => {});
      // Errors of a file handle (a full disk while writing) carry no path: name the target.
      const errno = error as NodeJS.ErrnoException & { dest?: string };
      if (typeof errno?.code === "string" && errno.path === undefined) errno.dest ??= target;
      throw error;
    }
    await syncFolder(folder);
    // What crashed writers left here (temp files, locks of dead processes) goes now.
    await sweepAbandoned(folder, this.lockOptions.staleMs);
  }

  /**
   * Writes several files as one change. First every new content goes to a temporary file
   * beside its target (written and fsynced), then every target's lock is taken (in path order,
   * so two such changes never wait on each other), every expected hash checked, and only then
   * are the temporary files renamed over their targets. A failure before the first rename
   * (a conflict, a full disk, a refused link) changes nothing. A rename that fails after
   * others succeeded (rare: a file made immutable meanwhile) is undone by putting the files
   * already replaced back from their old bytes (kept while locked), each by the same
   * temporary-file-and-rename; what cannot be put back is reported file by file.
   * @throws ConflictError naming the first file that changed; BearingError (input) for a path
   *   a link leads outside the workspace or a linked file; PartialWriteError when files were
   *   replaced and could not all be put back; the file system's error otherwise
   */
  async writeAll(writes: readonly FileWrite[]): Promise<void> {
    const planned: { write: FileWrite; target: string; temp?: string }[] = [];
    const held: HeldLock[] = [];
    const folders = new Set<string>();
    try {
      for (const write of writes) {
        const target = this.abs(write.path);
        const folder = dirname(target);
        await this.assertInside(write.path, folder, "write");
        await refuseLink(write.path, target);
        await mkdir(folder, { recursive: true });
        folders.add(folder);
        const entry: { write: FileWrite; target: string; temp?: string } = { write, target };
        planned.push(entry);
        entry.temp = await writeTemp(folder, write.data, await existingMode(target));
      }
      const order = [...planned].sort((a, b) => (a.target < b.target ? -1 : 1));
      for (const entry of order) {
        held.push(await acquireLock(lockPathFor(entry.target), this.lockOptions));
      }
      const originals = new Map<string, Uint8Array | null>();
      for (const { write } of planned) {
        const current = await this.read(write.path);
        originals.set(write.path, current);
        if (write.expectedHash === undefined) continue;
        if ((current ? contentHash(current) : null) !== write.expectedHash) {
          throw new ConflictError(write.path);
        }
      }
      for (const lock of held)
        if (!(await lock.stillHeld())) throw new ConflictError(writes[0]?.path ?? "");
      const replaced: (typeof planned)[number][] = [];
      for (const entry of planned) {
        try {
          await rename(entry.temp as string, entry.target);
          entry.temp = undefined;
          replaced.push(entry);
        } catch (error) {
          await this.undo(replaced, originals, error, writes);
          throw error;
        }
      }
    } finally {
      for (const lock of held) await lock.release();
      for (const { temp } of planned) if (temp) await unlink(temp).catch(() => {});
    }
    for (const folder of folders) {
      await syncFolder(folder);
      await sweepAbandoned(folder, this.lockOptions.staleMs);
    }
  }

  /**
   * Puts back the files of a {@link writeAll} already replaced when a later rename failed.
   * @throws PartialWriteError naming what keeps its new content, when anything does
   */
  private async undo(
    replaced: readonly { write: FileWrite; target: string }[],
    originals: ReadonlyMap<string, Uint8Array | null>,
    cause: unknown,
    writes: readonly FileWrite[],
  ): Promise<void> {
    const stuck: string[] = [];
    for (const { write, target } of [...replaced].reverse()) {
      const old = originals.get(write.path);
      try {
        if (old === null || old === undefined) await unlink(target);
        else {
          const temp = await writeTemp(dirname(target), old, await existingMode(target));
          try {
            await rename(temp, target);
          } catch (error) {
            await unlink(temp).catch(() => {});
            throw error;
          }
        }
      } catch {
        stuck.push(write.path);
      }
    }
    if (stuck.length > 0) {
      throw new PartialWriteError(
        stuck,
        writes.map((w) => w.path).filter((path) => !stuck.includes(path)),
        cause,
      );
    }
  }

  /**
   * Refuses `full` (or, for a path that does not exist yet, its deepest existing ancestor)
   * when its real path, symbolic links followed, is outside the workspace's real path.
   * @throws BearingError (input, `unsupported`) naming the file and where it leads.
   */
  private async assertInside(path: string, full: string, doing: "read" | "write"): Promise<void> {
    this.realRoot ??= realExisting(this.root);
    const [root, real] = await Promise.all([this.realRoot, realExisting(full)]);
    if (real === root || real.startsWith(root + sep)) return;
    throw outsideError(path, real, doing);
  }

  /** {@link assertInside} for a read, the real path of the file's folder taken from `folders`. */
  private async assertInsideOnce(
    path: string,
    full: string,
    folders: Map<string, Promise<string>>,
  ): Promise<void> {
    let link = true;
    try {
      link = (await lstat(full)).isSymbolicLink();
    } catch {
      // Absent, or not ours to look at: the full check and the read itself say what it is.
    }
    if (link) return this.assertInside(path, full, "read");
    const folder = dirname(full);
    let real = folders.get(folder);
    if (!real) {
      real = realExisting(folder);
      folders.set(folder, real);
    }
    this.realRoot ??= realExisting(this.root);
    const [root, folderReal] = await Promise.all([this.realRoot, real]);
    const fileReal = join(folderReal, relative(folder, full));
    if (fileReal === root || fileReal.startsWith(root + sep)) return;
    throw outsideError(path, fileReal, "read");
  }

  async list(dir: string): Promise<string[]> {
    try {
      const entries = await readdir(dir === "" || dir === "." ? this.root : this.abs(dir));
      return entries.filter((name) => !isInternalName(name)).sort();
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

/** The refusal of a path whose real path, `real`, is outside the workspace. */
function outsideError(path: string, real: string, doing: "read" | "write"): BearingError {
  return BearingError.input({
    code: "unsupported",
    file: path,
    message: `${doing === "read" ? "not read" : "nothing was written"}: a symbolic link leads it outside the workspace (to ${real})`,
    hint: "bearing reads and writes only inside the workspace folder: replace the link with the folder or file itself",
  });
}

/**
 * The real path of `path` with links followed; for a path that does not exist (yet), the real
 * path of its deepest existing ancestor with the rest appended.
 */
async function realExisting(path: string): Promise<string> {
  let existing = path;
  for (;;) {
    try {
      const real = await realpath(existing);
      return existing === path ? real : join(real, relative(existing, path));
    } catch (error) {
      const parent = dirname(existing);
      const code = (error as NodeJS.ErrnoException)?.code;
      if (parent === existing) return path;
      // A looping link (ELOOP) cannot be resolved: judge it by the folder it is in.
      if (code !== "ENOENT" && code !== "ENOTDIR") {
        return join(await realExisting(parent), relative(parent, path));
      }
      existing = parent;
    }
  }
}

/**
 * A write must not replace a symbolic link with a regular file behind the user's back.
 * @throws BearingError (input, `unsupported`) when `target` is a link.
 */
async function refuseLink(path: string, target: string): Promise<void> {
  let isLink = false;
  try {
    isLink = (await lstat(target)).isSymbolicLink();
  } catch {
    return; // absent (a new file) or unreadable: the write itself will say
  }
  if (!isLink) return;
  throw BearingError.input({
    code: "unsupported",
    file: path,
    message: "is a symbolic link; bearing does not replace links, so nothing was written",
    hint: "edit the file the link points to, or replace the link with a copy of that file",
  });
}

/** Why a path cannot be read as a workspace file, by error code. */
const UNREADABLE: Record<string, string> = {
  EISDIR: "is a folder, not a file",
  ELOOP: "is a symbolic link that loops",
  EACCES: "cannot be read: permission denied",
  EPERM: "cannot be read: operation not permitted",
  ENAMETOOLONG: "has a name too long for this system",
  ENOTDIR: "is inside something that is not a folder",
};

/**
 * A new temporary file in `folder` holding `data`, flushed to disk, with `mode` (when the
 * target exists) kept.
 * @returns its absolute path
 */
async function writeTemp(
  folder: string,
  data: string | Uint8Array,
  mode: number | undefined,
): Promise<string> {
  const temp = join(folder, `${TEMP_PREFIX}${process.pid}-${randomBytes(6).toString("hex")}`);
  const handle = await open(
    temp,
    constants.O_CREAT | constants.O_EXCL | constants.O_WRONLY,
    mode ?? 0o644,
  );
  try {
    if (mode !== undefined) await handle.chmod(mode);
    await handle.writeFile(data, typeof data === "string" ? "utf8" : undefined);
    await handle.sync();
  } catch (error) {
    await handle.close().catch(() => {});
    await unlink(temp).catch(() => {});
    throw error;
  } finally {
    await handle.close().catch(() => {});
  }
  return temp;
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

/** Permission bits of an existing file, or undefined when there is none (or on Windows). */
async function existingMode(path: string): Promise<number | undefined> {
  if (process.platform === "win32") return undefined;
  try {
    return (await stat(path)).mode & 0o777;
  } catch {
    return undefined;
  }
}
