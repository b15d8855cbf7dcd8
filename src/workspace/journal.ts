/**
 * Journal entries in the workspace: `journal/<yyyy-mm-dd>-<slug>.md`, never overwriting.
 */
import { BearingError } from "../core/errors.js";
import { slugify } from "../core/slug.js";
import { JOURNAL_DIR } from "./load.js";
import { ConflictError, type Storage } from "./storage.js";

/**
 * Writes `text` to `journal/<date>-<slug>.md`, or `-2`, `-3`… when taken.
 * @returns the workspace-relative path written.
 */
export async function writeJournalFile(
  storage: Storage,
  date: string,
  title: string,
  text: string,
): Promise<string> {
  const base = `${date}-${slugify(title, { fallback: "entry" })}`;
  for (let n = 1; n < 1000; n++) {
    const file = `${JOURNAL_DIR}/${n === 1 ? base : `${base}-${n}`}.md`;
    if (await storage.exists(file)) continue;
    try {
      await storage.write(file, text, { expectedHash: null });
      return file;
    } catch (error) {
      if (error instanceof ConflictError) continue;
      throw error;
    }
  }
  throw BearingError.input({
    code: "already_exists",
    message: `too many journal entries named ${base}`,
    hint: "choose another title",
  });
}

/** Journal entry files, newest first. */
export async function listJournal(storage: Storage): Promise<string[]> {
  const names = await storage.list(JOURNAL_DIR);
  return names
    .filter((name) => /\.(md|markdown)$/i.test(name))
    .sort()
    .reverse()
    .map((name) => `${JOURNAL_DIR}/${name}`);
}
