/**
 * Refusals by the user's machine rather than bugs in bearing: a read-only file system, a full
 * disk, a file or folder this user may not change (permissions, an immutable file). Both
 * shells turn them into input errors with what to do (`cli/report.ts`: exit 2;
 * `server/http-errors.ts`: 503), instead of an internal error with a stack trace.
 */
import { basename, dirname, relative } from "node:path";
import { BearingError } from "../core/errors.js";

/** What each error code means to the user, and what to do about it. */
const ENVIRONMENT: Record<string, { message: string; hint: string }> = {
  EROFS: {
    message: "the file system is read-only",
    hint: "remount it writable, or copy the workspace to a folder you can write to, then run the command again",
  },
  ENOSPC: {
    message: "the disk is full",
    hint: "free some space, then run the command again (bearing writes a whole new copy of a file before replacing it)",
  },
  EDQUOT: {
    message: "your disk quota is used up",
    hint: "free some space, then run the command again",
  },
  EACCES: {
    message: "permission denied",
    hint: "check the permissions of the file and its folder (ls -l; chmod u+w), then run the command again",
  },
  EPERM: {
    message: "operation not permitted",
    hint: "the file or its folder may be immutable or locked (lsattr, chattr -i; chflags nouchg on macOS) or owned by someone else; fix that, then run the command again",
  },
};

/**
 * The input error for an operating-system refusal (EROFS, ENOSPC, EDQUOT, EACCES, EPERM),
 * naming the file (relative to `cwd` when inside it; bearing's own temporary and lock files by their folder,
 * a rename by its target), or undefined for any other error. Imports nothing heavy: the CLI
 * loads it at start-up.
 */
export function environmentError(error: unknown, cwd = process.cwd()): BearingError | undefined {
  const errno = error as NodeJS.ErrnoException & { dest?: string };
  const known = typeof errno?.code === "string" ? ENVIRONMENT[errno.code] : undefined;
  if (!known || !(error instanceof Error)) return undefined;
  let path = errno.dest ?? errno.path;
  // `.bearing-tmp-…` and `.bearing-lock-…` (lock.ts) are ours: name the folder they are in.
  if (path && basename(path).startsWith(".bearing-")) path = dirname(path);
  const inside = path ? relative(cwd, path) : undefined;
  const file = inside === undefined ? undefined : inside.startsWith("..") ? path : inside || ".";
  return BearingError.input({
    code: "not_writable",
    file,
    message: `cannot ${errno.syscall === "scandir" || errno.syscall === "read" ? "read" : "write"}: ${known.message} (${errno.code})`,
    hint: known.hint,
  });
}
