import { describe, expect, it } from "vitest";
import { BearingError } from "../core/errors.js";
import { journalEntry } from "../core/journal/post.js";
import { readJournal, setJournalBody } from "./journal.js";
import { ConflictError, contentHash, MemoryStorage } from "./storage.js";

/** A file's text as stored, a byte-order mark included. */
async function text(storage: MemoryStorage, file: string): Promise<string> {
  const bytes = await storage.read(file);
  if (bytes === null) throw new Error(`no ${file}`);
  return new TextDecoder("utf-8", { ignoreBOM: true }).decode(bytes);
}

describe("readJournal", () => {
  it("reads the day of a Jekyll or Hugo timestamp without a warning", async () => {
    const storage = new MemoryStorage({
      // What `bearing journal add` (and the page's "Add entry") writes.
      "journal/2026-12-02-call.md": journalEntry(
        { title: "Call", date: new Date("2026-12-02T12:05:20Z") },
        [],
        "Notes.",
      ),
      "journal/hugo.md": "---\ntitle: Hugo\ndate: 2026-11-30T08:00:00+01:00\n---\nText\n",
      "journal/plain.md": "---\ntitle: Plain\ndate: 2026-11-16\n---\nText\n",
    });
    const { entries, issues } = await readJournal(storage);
    expect(issues).toEqual([]);
    expect(entries.map((e) => [e.title, e.date])).toEqual([
      ["Call", "2026-12-02"],
      ["Hugo", "2026-11-30"],
      ["Plain", "2026-11-16"],
    ]);
  });

  it("warns about a timestamp on a day the calendar does not have, and uses the file's date", async () => {
    const storage = new MemoryStorage({
      "journal/2026-02-28-x.md": "---\ntitle: X\ndate: 2026-02-30 10:00:00 +0000\n---\n",
    });
    const { entries, issues } = await readJournal(storage);
    expect(entries[0]?.date).toBe("2026-02-28");
    expect(issues).toMatchObject([{ severity: "warning", path: ["date"], line: 3 }]);
  });

  it("gives each entry the hash of its bytes, as writes check it", async () => {
    const raw = "\ufeff---\ntitle: Bom\n---\nText\n";
    const storage = new MemoryStorage({ "journal/bom.md": raw });
    const { entries } = await readJournal(storage);
    expect(entries[0]?.hash).toBe(contentHash(new TextEncoder().encode(raw)));
  });
});

describe("setJournalBody", () => {
  const FILE = "journal/2026-11-16-x.md";
  const FRONT = "---\ntitle: X # mine\ndate: 2026-11-16\ntags: [a, b]\n---\n";

  it("replaces the text below the front matter and leaves the front matter byte for byte", async () => {
    const storage = new MemoryStorage({ [FILE]: `${FRONT}\nOld text.\n` });
    const { entries } = await readJournal(storage);
    await setJournalBody(storage, FILE, "  New\r\ntext.  \n\n", entries[0]?.hash ?? "");
    expect(await text(storage, FILE)).toBe(`${FRONT}\nNew\ntext.\n`);
  });

  it("keeps Windows line ends and a byte-order mark", async () => {
    const crlf = FRONT.replaceAll("\n", "\r\n");
    const raw = `\ufeff${crlf}\r\nOld.\r\n`;
    const storage = new MemoryStorage({ [FILE]: raw });
    await setJournalBody(storage, FILE, "One\ntwo", contentHash(new TextEncoder().encode(raw)));
    expect(await text(storage, FILE)).toBe(`\ufeff${crlf}\r\nOne\r\ntwo\r\n`);
  });

  it("writes nothing and throws ConflictError when the entry changed since it was read", async () => {
    const storage = new MemoryStorage({ [FILE]: `${FRONT}Old.\n` });
    const stale = contentHash("something else");
    await expect(setJournalBody(storage, FILE, "New", stale)).rejects.toBeInstanceOf(ConflictError);
    expect(await text(storage, FILE)).toBe(`${FRONT}Old.\n`);
  });

  it("refuses paths outside journal/ and entries that do not exist", async () => {
    const storage = new MemoryStorage({ "bearing.yaml": "question: x\n" });
    const hash = contentHash("question: x\n");
    for (const file of ["bearing.yaml", "journal/../bearing.yaml", "journal/a/b.md"]) {
      await expect(setJournalBody(storage, file, "x", hash)).rejects.toBeInstanceOf(BearingError);
    }
    await expect(setJournalBody(storage, "journal/none.md", "x", hash)).rejects.toThrow(
      /no journal entry journal\/none\.md/,
    );
    expect(await text(storage, "bearing.yaml")).toBe("question: x\n");
  });
});
