/**
 * A cross-process write lock per workspace file, so that compare-and-swap (check the hash,
 * then rename) is atomic between bearing processes: two CLI runs and `bearing serve` writing
 * the same option at once.
 *
 * The lock is a small file `.bearing-lock-<name>` beside the target, holding
 * `{pid, host, time, nonce}` and created complete in one exclusive step (see `tryCreate`). A waiter backs off (1 ms doubling to
 * 25 ms, jittered) up to a deadline. A lock is stale when its owner is a process on this host
 * that no longer exists (a crash, SIGKILL), or when it is older than `staleMs` (a lock from
 * another host, or a reused pid); stale locks are broken by renaming them aside and checking
 * the nonce, so a breaker that lost a race puts a fresh lock back instead of deleting it. The
 * holder checks it still owns the lock right before it commits. A live owner slower than
 * `staleMs` can lose its lock: critical sections here are one hash check and one rename
 * (milliseconds), so the default of 30 s is far beyond them.
 */
import { randomBytes } from "node:crypto";
import { link, open, readdir, readFile, rename, stat, unlink, writeFile } from "node:fs/promises";
import { hostname } from "node:os";
import { basename, dirname, join } from "node:path";
import { BearingError } from "../core/errors.js";

/** Prefix of lock files; storage listings hide these names. */
export const LOCK_PREFIX = ".bearing-lock-";
/** Prefix of the temporary files of atomic writes; storage listings hide these names. */
export const TEMP_PREFIX = ".bearing-tmp-";

export interface LockOptions {
  /** How long to wait for a held lock before giving up, in ms (default 5000). */
  timeoutMs?: number;
  /** Age in ms beyond which any lock counts as abandoned (default 30000). */
  staleMs?: number;
}

export interface HeldLock {
  /** Absolute path of the lock file. */
  readonly path: string;
  /** True while the lock file is still ours (nobody broke it as stale). */
  stillHeld(): Promise<boolean>;
  /** Removes the lock file if it is still ours; never throws. */
  release(): Promise<void>;
}

interface LockInfo {
  pid: number;
  host: string;
  time: number;
  nonce: string;
}

const HOST = hostname();

/** The lock file guarding an absolute target path. */
export function lockPathFor(target: string): string {
  return join(dirname(target), `${LOCK_PREFIX}${basename(target)}`);
}

/** Names of lock and temporary files, which are bearing's own and never workspace content. */
export function isInternalName(name: string): boolean {
  return name.startsWith(LOCK_PREFIX) || name.startsWith(TEMP_PREFIX);
}

/**
 * Takes the lock at `lockPath` (absolute), waiting for another holder and breaking a stale one.
 * @throws BearingError (input, `conflict`) when the lock stays held past `timeoutMs`.
 */
export async function acquireLock(lockPath: string, options: LockOptions = {}): Promise<HeldLock> {
  const timeoutMs = options.timeoutMs ?? 5000;
  const staleMs = options.staleMs ?? 30_000;
  const info: LockInfo = {
    pid: process.pid,
    host: HOST,
    time: Date.now(),
    nonce: randomBytes(9).toString("hex"),
  };
  const deadline = Date.now() + timeoutMs;
  let delay = 1;
  for (;;) {
    if (await tryCreate(lockPath, info)) return heldLock(lockPath, info.nonce);
    const seen = await readLock(lockPath);
    if (seen && isStale(seen, staleMs)) {
      await breakLock(lockPath, seen.info);
      continue;
    }
    if (Date.now() >= deadline) {
      throw BearingError.input({
        code: "conflict",
        file: basename(lockPath).slice(LOCK_PREFIX.length),
        message: `another bearing process has been writing this file for over ${timeoutMs} ms; nothing was written`,
        hint: `try again; if no other bearing is running, delete ${lockPath}`,
      });
    }
    await sleep(delay * (0.5 + Math.random()));
    delay = Math.min(delay * 2, 25);
  }
}

/** Age after which a temporary file of a process that no longer exists counts as abandoned. */
export const ORPHAN_AGE_MS = 2000;

/** Runs `action` holding the lock at `lockPath`, and always releases it. */
export async function withLock<T>(
  lockPath: string,
  action: (lock: HeldLock) => Promise<T>,
  options?: LockOptions,
): Promise<T> {
  const lock = await acquireLock(lockPath, options);
  try {
    return await action(lock);
  } finally {
    await lock.release();
  }
}

/**
 * Removes what crashed writers left in `folder`: locks whose owner is gone (the stale-lock
 * rules) and temporary files whose process (its pid is in the name) is gone and that are older
 * than {@link ORPHAN_AGE_MS}, or older than `staleMs`. Best effort, never throws: a file
 * another process removes first is simply skipped.
 */
export async function sweepAbandoned(folder: string, staleMs = 30_000): Promise<string[]> {
  let names: string[];
  try {
    names = await readdir(folder);
  } catch {
    return [];
  }
  const removed: string[] = [];
  for (const name of names) {
    const full = join(folder, name);
    try {
      if (name.startsWith(TEMP_PREFIX)) {
        const pid = Number(/^\.bearing-tmp-(\d+)-/.exec(name)?.[1]);
        const age = Date.now() - (await stat(full)).mtimeMs;
        // A dead pid alone is not enough: the pid may be another pid namespace's (a container
        // sharing the folder), whose writer needs its temp file for a few milliseconds.
        const orphan = Number.isInteger(pid) && !isAlive(pid) && age > ORPHAN_AGE_MS;
        if (orphan || age > staleMs) {
          await unlink(full);
          removed.push(name);
        }
      } else if (name.startsWith(LOCK_PREFIX)) {
        const seen = await readLock(full);
        if (seen && isStale(seen, staleMs) && (await breakLock(full, seen.info))) {
          removed.push(name);
        }
      }
    } catch {
      // Gone already, or not ours to judge: leave it.
    }
  }
  return removed;
}

/**
 * Creates the lock with its content in one step: the content goes to a temporary file that is
 * then hard-linked to the lock's name (link fails if the name exists, like O_EXCL). A writer
 * killed at any moment thus leaves either no lock or a complete one naming its dead pid, never
 * an empty lock that only age could clear. File systems without hard links get O_EXCL.
 */
async function tryCreate(lockPath: string, info: LockInfo): Promise<boolean> {
  const temp = join(dirname(lockPath), `${TEMP_PREFIX}${process.pid}-${info.nonce}`);
  await writeFile(temp, JSON.stringify(info), { flag: "wx", mode: 0o644 });
  try {
    await link(temp, lockPath);
    return true;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "EEXIST") return false;
    if (code === "EPERM" || code === "ENOTSUP" || code === "ENOSYS") {
      return createExclusive(lockPath, info);
    }
    throw error;
  } finally {
    await unlink(temp).catch(() => {});
  }
}

async function createExclusive(lockPath: string, info: LockInfo): Promise<boolean> {
  let handle: Awaited<ReturnType<typeof open>>;
  try {
    handle = await open(lockPath, "wx", 0o644);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "EEXIST") return false;
    throw error;
  }
  try {
    await handle.writeFile(JSON.stringify(info));
  } finally {
    await handle.close();
  }
  return true;
}

/** The lock's content and age; `info` is undefined while its creator has not written it yet. */
async function readLock(
  lockPath: string,
): Promise<{ info: LockInfo | undefined; ageMs: number } | undefined> {
  try {
    const [text, stats] = await Promise.all([readFile(lockPath, "utf8"), stat(lockPath)]);
    return { info: parseInfo(text), ageMs: Date.now() - stats.mtimeMs };
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return undefined;
    throw error;
  }
}

function parseInfo(text: string): LockInfo | undefined {
  try {
    const value = JSON.parse(text) as Partial<LockInfo>;
    if (
      typeof value.pid === "number" &&
      typeof value.host === "string" &&
      typeof value.time === "number" &&
      typeof value.nonce === "string"
    ) {
      return value as LockInfo;
    }
  } catch {
    // Empty (being written) or damaged: judged by age alone.
  }
  return undefined;
}

/** An unreadable lock (only O_EXCL creation can leave one) is abandoned after this long. */
const EMPTY_STALE_MS = 2000;

function isStale(seen: { info: LockInfo | undefined; ageMs: number }, staleMs: number): boolean {
  const { info } = seen;
  if (info === undefined) return seen.ageMs > Math.min(staleMs, EMPTY_STALE_MS);
  if (seen.ageMs > staleMs) return true;
  return info.host === HOST && !isAlive(info.pid);
}

/** Whether a process with this pid exists on this host (EPERM: it does, under another user). */
function isAlive(pid: number): boolean {
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

/**
 * Breaks the stale lock `seen` at `lockPath`: renames it aside (atomic, so only one breaker
 * gets it), and if what was moved is not the stale lock but a fresh one taken meanwhile, puts
 * it back without overwriting anything. Returns whether the stale lock was removed.
 */
async function breakLock(lockPath: string, seen: LockInfo | undefined): Promise<boolean> {
  const aside = `${lockPath}.stale-${randomBytes(6).toString("hex")}`;
  try {
    await rename(lockPath, aside);
  } catch {
    return false; // another breaker, or the owner, was first
  }
  const moved = parseInfo(await readFile(aside, "utf8").catch(() => ""));
  const same = seen === undefined ? moved === undefined : moved?.nonce === seen.nonce;
  if (!same) {
    // A live lock: give it back. If a third process has locked meanwhile, the owner of the
    // lock we moved finds it gone when it checks before committing, and gives up its write.
    await link(aside, lockPath).catch(() => {});
  }
  await unlink(aside).catch(() => {});
  return same;
}

function heldLock(lockPath: string, nonce: string): HeldLock {
  const ours = async () => {
    const text = await readFile(lockPath, "utf8").catch(() => "");
    return parseInfo(text)?.nonce === nonce;
  };
  return {
    path: lockPath,
    stillHeld: ours,
    async release() {
      try {
        if (await ours()) await unlink(lockPath);
      } catch {
        // Already gone: nothing to release.
      }
    },
  };
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
