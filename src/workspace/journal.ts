/**
 * Journal entries in the workspace: `journal/<yyyy-mm-dd>-<slug>.md`, never overwriting.
 */
import type { Issue } from "../core/errors.js";
import { isoDateSchema } from "../core/model/option.js";
import { slugify } from "../core/slug.js";
import { splitFrontMatter } from "./frontmatter.js";
import { writeNewFile } from "./guarded-write.js";
import { JOURNAL_DIR } from "./load.js";
import { decodeText, documentValue, locate, parseYaml } from "./parse.js";
import type { Storage } from "./storage.js";

/** A journal entry as the workbench lists it. */
export interface JournalEntry {
  file: string;
  title: string;
  /** `YYYY-MM-DD`: the front matter's date when it is a calendar date, else the file name's. */
  date: string | null;
  body: string;
}

/**
 * Every journal entry, newest first, and warnings for what cannot be read as written (broken
 * front matter; a `date` that is not a calendar date, such as 2026-02-30, which would
 * otherwise sort and show as written). Journal entries are notes: their problems are
 * warnings, they never block the decision.
 */
export async function readJournal(
  storage: Storage,
): Promise<{ entries: JournalEntry[]; issues: Issue[] }> {
  const entries: JournalEntry[] = [];
  const issues: Issue[] = [];
  for (const name of await storage.list(JOURNAL_DIR)) {
    if (name.startsWith(".") || !/\.(md|markdown)$/i.test(name)) continue;
    const file = `${JOURNAL_DIR}/${name}`;
    let bytes: Uint8Array | null;
    try {
      bytes = await storage.read(file);
    } catch {
      continue; // a folder or a link leading out: nothing to list
    }
    if (bytes === null) continue;
    const decoded = decodeText(file, bytes);
    if (!decoded.ok) {
      issues.push({ ...decoded.issue, severity: "warning" });
      continue;
    }
    const text = decoded.text;
    const split = splitFrontMatter(text);
    let meta: Record<string, unknown> = {};
    let date: string | null = null;
    if (split) {
      const { parsed, issues: syntax } = parseYaml(
        file,
        split.yaml,
        split.lineOffset,
        "frontmatter_syntax",
      );
      const read = syntax.length === 0 ? documentValue(file, parsed) : undefined;
      if (syntax.length > 0 || read?.issue) {
        // Still worth listing, by its file name.
        for (const issue of read?.issue ? [read.issue] : syntax.slice(0, 1)) {
          issues.push({ ...issue, severity: "warning" });
        }
      } else if (read?.value && typeof read.value === "object") {
        meta = read.value as Record<string, unknown>;
      }
      if (meta.date !== undefined) {
        const written =
          meta.date instanceof Date ? meta.date.toISOString().slice(0, 10) : meta.date;
        if (typeof written === "string" && isoDateSchema.safeParse(written).success) date = written;
        else {
          issues.push({
            code: "invalid_value",
            severity: "warning",
            file,
            path: ["date"],
            ...locate(parsed, ["date"]),
            message: `${JSON.stringify(written)} is not a calendar date`,
            hint: "write a real date as YYYY-MM-DD, e.g. 2026-02-28",
          });
        }
      }
    }
    entries.push({
      file,
      title: typeof meta.title === "string" ? meta.title : name.replace(/\.(md|markdown)$/i, ""),
      date: date ?? dateFromName(name),
      body: split ? split.body : text,
    });
  }
  entries.sort((a, b) => (b.date ?? "").localeCompare(a.date ?? ""));
  return { entries, issues };
}

/** The `YYYY-MM-DD-` prefix of an entry's file name, when it is a calendar date. */
function dateFromName(name: string): string | null {
  const prefix = /^\d{4}-\d{2}-\d{2}/.exec(name)?.[0];
  return prefix && isoDateSchema.safeParse(prefix).success ? prefix : null;
}

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
