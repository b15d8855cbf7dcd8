/**
 * Journal entries in the workspace: `journal/<yyyy-mm-dd>-<slug>.md`, never overwriting.
 */
import { slugify } from "../core/slug.js";
import { writeNewFile } from "./guarded-write.js";
import { JOURNAL_DIR } from "./load.js";
import type { Storage } from "./storage.js";

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
  const { file } = await writeNewFile(storage, JOURNAL_DIR, base, text);
  return file;
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
