import { BearingError } from "../core/errors.js";
import { ConflictError, type Storage } from "./storage.js";

/**
 * A compare-and-swap write lost its race: the file changed between the read and the write.
 * An input error (`conflict`: exit 2, HTTP 409) that {@link retryOnConflict} knows to retry.
 */
export class WriteConflict extends BearingError {
  constructor(
    readonly file: string,
    message = `${file} changed on disk while bearing was editing it; nothing was written`,
  ) {
    super(message, [{ code: "conflict", file, message, hint: "reload and try again" }]);
  }
}

/**
 * Writes a workspace file atomically, only if it still has the content hash it had when read
 * (compare-and-swap). A lost race becomes a {@link WriteConflict}, and nothing is written.
 */
export async function writeIfUnchanged(
  storage: Storage,
  file: string,
  text: string,
  expectedHash: string,
): Promise<void> {
  try {
    await storage.write(file, text, { expectedHash });
  } catch (error) {
    if (error instanceof ConflictError) throw new WriteConflict(file);
    throw error;
  }
}

/** How many times an edit of a file bearing read itself is tried before a conflict is reported. */
export const EDIT_ATTEMPTS = 8;

/**
 * Runs a whole read → modify → write `edit`, and runs it again from a fresh read when its
 * write loses a compare-and-swap race to another writer (another CLI run, the server, an
 * editor), up to `attempts` times with a short jittered backoff (about 5, 10, 20… ms, capped
 * at 100 ms). Only {@link WriteConflict}s are retried: a conflict against a version the user
 * pinned (the server's `expectedHash`) is raised while reading, and is reported at once.
 * @throws WriteConflict when every attempt lost its race.
 */
export async function retryOnConflict<T>(
  edit: () => Promise<T>,
  attempts = EDIT_ATTEMPTS,
): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await edit();
    } catch (error) {
      if (!(error instanceof WriteConflict)) throw error;
      if (attempt >= attempts) {
        throw new WriteConflict(
          error.file,
          `${error.file} kept changing on disk while bearing was editing it (${attempts} attempts); nothing was written`,
        );
      }
      const wait = Math.min(100, 5 * 2 ** (attempt - 1)) * (0.5 + Math.random());
      await new Promise((resolve) => setTimeout(resolve, wait));
    }
  }
}

/**
 * Creates `<dir>/<base>.md`, or `<base>-2.md`, `<base>-3.md`… when taken, never overwriting
 * (exclusive compare-and-swap against "does not exist", so a file created meanwhile by
 * another process is skipped too).
 * @returns the slug used (`base` or `base-N`) and the workspace-relative path.
 * @throws BearingError (input, `already_exists`) after 999 taken names.
 */
export async function writeNewFile(
  storage: Storage,
  dir: string,
  base: string,
  text: string,
): Promise<{ slug: string; file: string }> {
  for (let n = 1; n < 1000; n++) {
    const slug = n === 1 ? base : `${base}-${n}`;
    const file = `${dir}/${slug}.md`;
    if (await storage.exists(file)) continue;
    try {
      await storage.write(file, text, { expectedHash: null });
      return { slug, file };
    } catch (error) {
      if (error instanceof ConflictError) continue;
      throw error;
    }
  }
  throw BearingError.input({
    code: "already_exists",
    message: `too many files named like ${dir}/${base}.md`,
    hint: "choose a more specific title",
  });
}
