/**
 * Journal entries in the workspace: `journal/<yyyy-mm-dd>-<slug>.md`, never overwriting.
 */
import { BearingError, type Issue } from "../core/errors.js";
import { isoDateSchema } from "../core/model/option.js";
import { slugify } from "../core/slug.js";
import { joinFrontMatter, splitFrontMatter } from "./frontmatter.js";
import { writeNewFile } from "./guarded-write.js";
import { JOURNAL_DIR } from "./load.js";
import { decodeText, documentValue, locate, parseYaml } from "./parse.js";
import { ConflictError, contentHash, type Storage } from "./storage.js";

/** A journal entry as the workbench lists it. */
export interface JournalEntry {
  file: string;
  /** Hash of the entry's file as read: send it back as `expectedHash` when editing. */
  hash: string;
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
        const day = typeof written === "string" ? calendarDay(written) : null;
        if (day) date = day;
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
      hash: contentHash(bytes),
      title: typeof meta.title === "string" ? meta.title : name.replace(/\.(md|markdown)$/i, ""),
      date: date ?? dateFromName(name),
      body: split ? split.body : text,
    });
  }
  entries.sort((a, b) => (b.date ?? "").localeCompare(a.date ?? ""));
  return { entries, issues };
}

/**
 * The calendar day of a front matter `date`: `YYYY-MM-DD` alone, or followed by a time as Jekyll
 * (`2026-12-02 12:05:20 +0000`, what `bearing journal add` writes) and Hugo
 * (`2026-12-02T12:05:20Z`) write it; null when it is neither or the day is not in the calendar.
 */
function calendarDay(written: string): string | null {
  const match =
    /^(\d{4}-\d{2}-\d{2})(?:[ T]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?: ?(?:Z|[+-]\d{2}:?\d{2}))?)?$/.exec(
      written.trim(),
    );
  const day = match?.[1];
  return day && isoDateSchema.safeParse(day).success ? day : null;
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

/**
 * Replaces the text of a journal entry below its front matter (which stays as it is).
 * @param file a workspace-relative path `journal/<name>.md`.
 * @param expectedHash the {@link contentHash} of the entry as the caller read it.
 * @throws BearingError (input) for a path outside `journal/`, an entry that does not exist or
 *   is not UTF-8 text;
 *   ConflictError when the entry is no longer that version (nothing is written).
 */
export async function setJournalBody(
  storage: Storage,
  file: string,
  body: string,
  expectedHash: string,
): Promise<void> {
  if (!/^journal\/[^/\\]+\.(md|markdown)$/i.test(file) || file.includes("..")) {
    throw BearingError.input({
      code: "invalid_value",
      message: `"${file}" is not a journal entry`,
      hint: "journal entries are journal/<name>.md",
    });
  }
  const bytes = await storage.read(file);
  if (bytes === null) {
    throw BearingError.input({ code: "not_found", message: `no journal entry ${file}` });
  }
  if (contentHash(bytes) !== expectedHash) throw new ConflictError(file);
  const decoded = decodeText(file, bytes);
  if (!decoded.ok) throw BearingError.input(decoded.issue);
  const old = decoded.text;
  // A byte-order mark the entry started with stays (decodeText drops it for reading).
  const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? "\ufeff" : "";
  const split = splitFrontMatter(old);
  const eol = old.includes("\r\n") ? "\r\n" : "\n";
  const text = body.replace(/\r\n?/g, "\n").trim();
  const tail = text === "" ? "" : `\n${text}\n`.replaceAll("\n", eol);
  const next = split ? joinFrontMatter(split.yaml, tail, split.eol) : tail.trimStart();
  await storage.write(file, bom + next, { expectedHash });
}
