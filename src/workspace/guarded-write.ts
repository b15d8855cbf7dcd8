import { BearingError } from "../core/errors.js";
import { ConflictError, type Storage } from "./storage.js";

/**
 * Writes a workspace file atomically, only if it still has the content hash it had when read
 * (compare-and-swap). A lost race becomes a `conflict` input error, and nothing is written.
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
    if (error instanceof ConflictError) {
      throw BearingError.input({
        code: "conflict",
        file,
        message: `${file} changed on disk while bearing was editing it; nothing was written`,
        hint: "reload and try again",
      });
    }
    throw error;
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
