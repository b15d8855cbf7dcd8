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
