/**
 * Decision records in the workspace (`decisions/*.md`; the contract's "Decision record"): read,
 * checked and verified (each record's seal and the hash chain, `core/decision/record.ts`) with
 * every problem located by file, line and field; and a new record added atomically, never
 * replacing a file. SHA-256 comes from Node's crypto here, so the core stays pure.
 */
import {
  DECISIONS_DIR,
  type DecisionSnapshot,
  decisionRecordSchema,
  recordFileName,
  recordText,
  type StoredRecord,
  sealRecord,
  verifyRecords,
} from "../core/decision/record.js";
import { BearingError, errorsOf, type Issue } from "../core/errors.js";
import { decodeText, locate, type ParsedYaml, readFrontMatter, validate } from "./parse.js";
import { ConflictError, contentHash, type Storage } from "./storage.js";

/** SHA-256 of a UTF-8 string, hex. */
export const sha256 = (text: string): string => contentHash(text);

/** The decision records, verified, in chain order (first decision first). */
export interface DecisionHistory {
  records: StoredRecord[];
  issues: Issue[];
}

/**
 * Reads every `decisions/*.md` and verifies the chain. Never throws for bad input: problems are
 * issues with file, line and field.
 */
export async function readDecisions(storage: Storage): Promise<DecisionHistory> {
  const issues: Issue[] = [];
  const stored: StoredRecord[] = [];
  const parsedBy = new Map<string, ParsedYaml>();
  for (const name of (await storage.list(DECISIONS_DIR)).sort()) {
    if (name.startsWith(".") || !/\.md$/i.test(name)) continue;
    const file = `${DECISIONS_DIR}/${name}`;
    const bytes = await storage.read(file);
    if (bytes === null) continue;
    const decoded = decodeText(file, bytes);
    if (!decoded.ok) {
      issues.push(decoded.issue);
      continue;
    }
    const front = readFrontMatter(
      file,
      decoded.text,
      {
        message: "no front matter: a decision record starts with --- and its fields",
        hint: "decision records are written by `bearing decide`; move other files out of decisions/",
      },
      issues,
    );
    if (!front) continue;
    const { parsed } = front;
    const { data, issues: invalid } = validate(decisionRecordSchema, front.value, file, parsed);
    issues.push(...invalid);
    if (!data) continue;
    parsedBy.set(file, parsed);
    stored.push({ file, fileHash: contentHash(bytes), record: data });
  }
  const verified = verifyRecords(stored, sha256);
  for (const issue of verified.issues) {
    const parsed = issue.file ? parsedBy.get(issue.file) : undefined;
    issues.push({ ...issue, ...(parsed ? locate(parsed, issue.path ?? [], "key") : {}) });
  }
  return { records: verified.chain, issues };
}

/**
 * The verified records.
 * @throws BearingError (input) naming each record that is unreadable or changed.
 */
export async function loadDecisions(storage: Storage): Promise<StoredRecord[]> {
  const { records, issues } = await readDecisions(storage);
  const errors = errorsOf(issues);
  if (errors.length > 0) {
    throw new BearingError(
      `${errors.length} problem${errors.length === 1 ? "" : "s"} in ${DECISIONS_DIR}/`,
      issues,
    );
  }
  return records;
}

/**
 * Adds a decision record: sealed, chained to the last record, written to
 * `decisions/<date>-<option>.md` (`-2`, … when taken) atomically and only where no file is.
 * @throws BearingError (input) when the existing records do not verify.
 */
export async function writeDecision(
  storage: Storage,
  input: {
    chosen: string;
    title: string;
    date: string;
    snapshot: DecisionSnapshot;
    why?: string;
    wouldChange?: string;
  },
): Promise<{ file: string; sha256: string; previous: string | null }> {
  for (let attempt = 0; attempt < 100; attempt++) {
    const records = await loadDecisions(storage);
    const previous = records.at(-1)?.fileHash ?? null;
    const record = sealRecord(
      { chosen: input.chosen, date: input.date, previous, snapshot: input.snapshot },
      sha256,
    );
    const taken = new Set(await storage.list(DECISIONS_DIR));
    const file = recordFileName(input.date, input.chosen, taken);
    try {
      await storage.write(
        file,
        recordText(record, { title: input.title, why: input.why, wouldChange: input.wouldChange }),
        { expectedHash: null },
      );
    } catch (error) {
      if (error instanceof ConflictError) continue; // another decide took the name meanwhile
      throw error;
    }
    return { file, sha256: record.sha256, previous };
  }
  throw BearingError.input({
    code: "conflict",
    file: DECISIONS_DIR,
    message: "decisions/ kept changing while the record was written",
    hint: "run bearing decide again when nothing else writes to decisions/",
  });
}
