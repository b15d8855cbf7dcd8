/**
 * Decision records in the workspace (`decisions/*.md`; the contract's "Decision record"): read,
 * checked and verified (each record's seal and the hash chain, `core/decision/record.ts`) with
 * every problem located by file, line and field; and a new record added atomically, never
 * replacing a file, under a lock so that two `decide` runs at once cannot fork the chain.
 * Reviews of records (`decisions/<record>.review-<date>.md`, `core/decision/review.ts`) are
 * read and checked against the record they name, and added the same way. SHA-256 comes from
 * Node's crypto here, so the core stays pure.
 */
import { join } from "node:path";
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
import {
  expectedValue,
  REVIEW_NAME,
  type Review,
  reviewFileName,
  reviewSchema,
  reviewText,
  type StoredReview,
  snapshotRatings,
} from "../core/decision/review.js";
import { BearingError, errorsOf, type Issue } from "../core/errors.js";
import { FsStorage } from "./fs-storage.js";
import { type LockOptions, lockPathFor, withLock } from "./lock.js";
import { decodeText, locate, type ParsedYaml, readFrontMatter, validate } from "./parse.js";
import { ConflictError, contentHash, type Storage } from "./storage.js";

/** SHA-256 of a UTF-8 string, hex. */
export const sha256 = (text: string): string => contentHash(text);

/** The decision records, verified, in chain order (first decision first). */
export interface DecisionHistory {
  records: StoredRecord[];
  /** Records read but off the chain (only when `issues` has errors): a fork, a broken link. */
  offChain: StoredRecord[];
  /** Reviews of the records, by file name. */
  reviews: StoredReview[];
  issues: Issue[];
}

/**
 * Reads every `decisions/*.md` and verifies the chain. Never throws for bad input: problems are
 * issues with file, line and field.
 */
export async function readDecisions(storage: Storage): Promise<DecisionHistory> {
  const issues: Issue[] = [];
  const stored: StoredRecord[] = [];
  const reviews: StoredReview[] = [];
  const parsedBy = new Map<string, ParsedYaml>();
  for (const name of (await storage.list(DECISIONS_DIR)).sort()) {
    if (name.startsWith(".") || !/\.md$/i.test(name)) continue;
    const file = `${DECISIONS_DIR}/${name}`;
    const isReview = REVIEW_NAME.test(name);
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
      isReview
        ? {
            message: "no front matter: a review starts with --- and its fields",
            hint: "reviews are written by `bearing review`; move other files out of decisions/",
          }
        : {
            message: "no front matter: a decision record starts with --- and its fields",
            hint: "decision records are written by `bearing decide`; move other files out of decisions/",
          },
      issues,
    );
    if (!front) continue;
    const { parsed } = front;
    parsedBy.set(file, parsed);
    if (isReview) {
      const { data, issues: invalid } = validate(reviewSchema, front.value, file, parsed);
      issues.push(...invalid);
      if (data) reviews.push({ file, review: data });
      continue;
    }
    const { data, issues: invalid } = validate(decisionRecordSchema, front.value, file, parsed);
    issues.push(...invalid);
    if (!data) continue;
    stored.push({ file, fileHash: contentHash(bytes), record: data });
  }
  const verified = verifyRecords(stored, sha256);
  const located = (issue: Issue): Issue => {
    const parsed = issue.file ? parsedBy.get(issue.file) : undefined;
    return { ...issue, ...(parsed ? locate(parsed, issue.path ?? [], "key") : {}) };
  };
  issues.push(...verified.issues.map(located));
  issues.push(...checkReviews(stored, reviews).map(located));
  const chained = new Set(verified.chain.map((r) => r.file));
  const offChain = stored.filter((r) => !chained.has(r.file));
  return { records: verified.chain, offChain, reviews, issues };
}

/**
 * A review must name a record in decisions/ by file and seal, the option it chose, and only
 * criteria the record rated; a copy of an expected rating that differs from the record is a
 * warning (the record's is the one compared).
 */
function checkReviews(records: readonly StoredRecord[], reviews: readonly StoredReview[]): Issue[] {
  const issues: Issue[] = [];
  const byFile = new Map(records.map((r) => [r.file, r.record]));
  for (const { file, review } of reviews) {
    const record = byFile.get(review.decision);
    if (!record) {
      issues.push({
        code: "not_found",
        file,
        path: ["decision"],
        message: `reviews ${review.decision}, which is not a decision record in ${DECISIONS_DIR}/`,
        hint: "restore that record (e.g. from git), or move this review out of decisions/",
      });
      continue;
    }
    if (record.sha256 !== review.decisionSha256) {
      issues.push({
        code: "inconsistent",
        file,
        path: ["decisionSha256"],
        message: `does not match the sha256 of ${review.decision}: the review names another version of that record`,
        hint: `restore decisionSha256 to ${record.sha256}, or restore the record`,
      });
    }
    if (record.chosen !== review.chosen) {
      issues.push({
        code: "inconsistent",
        file,
        path: ["chosen"],
        message: `${review.decision} chose ${record.chosen}, not ${review.chosen}`,
        hint: `set chosen: ${record.chosen}`,
      });
    }
    const ratings = snapshotRatings(record.snapshot, record.chosen);
    for (const [criterion, outcome] of Object.entries(review.outcomes)) {
      if (!(criterion in ratings)) {
        issues.push({
          code: "unknown_id",
          file,
          path: ["outcomes", criterion],
          message: `${review.decision} has no rating of "${criterion}" for ${record.chosen}`,
          hint: `review only the criteria it rated: ${Object.keys(ratings).join(", ")}`,
        });
      } else if (
        outcome.expected !== undefined &&
        expectedValue(outcome.expected) !== expectedValue(ratings[criterion])
      ) {
        issues.push({
          code: "inconsistent",
          severity: "warning",
          file,
          path: ["outcomes", criterion, "expected"],
          message: `expected differs from the rating in ${review.decision} (${JSON.stringify(ratings[criterion] ?? null)}); that one is compared`,
          hint: `set expected: ${JSON.stringify(ratings[criterion] ?? null)}`,
        });
      }
    }
  }
  return issues;
}

/**
 * The verified records.
 * @throws BearingError (input) naming each record that is unreadable or changed.
 */
export async function loadDecisions(storage: Storage): Promise<StoredRecord[]> {
  return (await loadHistory(storage)).records;
}

/**
 * The verified records and their reviews.
 * @throws BearingError (input) naming each record or review that is unreadable or changed.
 */
export async function loadHistory(storage: Storage): Promise<DecisionHistory> {
  const history = await readDecisions(storage);
  const errors = errorsOf(history.issues);
  if (errors.length > 0) {
    throw new BearingError(
      `${errors.length} problem${errors.length === 1 ? "" : "s"} in ${DECISIONS_DIR}/`,
      history.issues,
    );
  }
  return history;
}

/** How long `decide` waits for another one to finish writing its record (ms). */
export const DECIDE_LOCK_TIMEOUT_MS = 10_000;

/**
 * Runs `action` holding the workspace's decisions lock (`.bearing-lock-decisions` in the
 * workspace folder, created exclusively, removed after; a lock left by a process that no
 * longer runs, or older than `staleMs`, is broken: `lock.ts`). In-memory storage has one
 * process and needs none.
 */
async function withDecisionsLock<T>(
  storage: Storage,
  action: () => Promise<T>,
  options: LockOptions = {},
): Promise<T> {
  if (!(storage instanceof FsStorage)) return action();
  const path = lockPathFor(join(storage.root, DECISIONS_DIR));
  const timeoutMs = options.timeoutMs ?? DECIDE_LOCK_TIMEOUT_MS;
  try {
    return await withLock(path, action, { ...options, timeoutMs });
  } catch (error) {
    if (!(error instanceof BearingError) || !error.issues.some((i) => i.code === "conflict")) {
      throw error;
    }
    throw BearingError.input({
      code: "conflict",
      file: DECISIONS_DIR,
      message: `another bearing decide has been writing a decision record for over ${timeoutMs / 1000} s (it holds ${path}); nothing was written`,
      hint: `run bearing decide again once it has finished; if no other bearing is running, delete ${path}`,
    });
  }
}

/**
 * Adds a decision record: sealed, chained to the last record, written to
 * `decisions/<date>-<option>.md` (`-2`, … when taken) atomically and only where no file is.
 * On a file system the chain's head is read and the record written holding the decisions lock
 * (`lock`: its timeout and staleness, see `lock.ts`).
 * @throws BearingError (input) when the existing records do not verify, or (`conflict`) when
 *   another decide holds the lock past the timeout.
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
  lock: LockOptions = {},
): Promise<{ file: string; sha256: string; previous: string | null }> {
  // The chain's head is read and the record written under one lock: another decide that ran
  // at the same time waits, then chains to this record instead of forking the chain.
  return withDecisionsLock(storage, () => writeUnlocked(storage, input), lock);
}

async function writeUnlocked(
  storage: Storage,
  input: Parameters<typeof writeDecision>[1],
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

/**
 * Adds a review of `record`: `decisions/<record name>.review-<date>.md` (`-2`, … when taken),
 * written atomically and only where no file is; the record itself is never touched.
 */
export async function writeReview(
  storage: Storage,
  record: StoredRecord,
  input: { title: string; date: string; actual: Record<string, number>; note?: string },
): Promise<{ file: string; review: Review }> {
  const expected = snapshotRatings(record.record.snapshot, record.record.chosen);
  const review: Review = {
    decision: record.file,
    decisionSha256: record.record.sha256,
    chosen: record.record.chosen,
    date: input.date,
    outcomes: Object.fromEntries(
      Object.entries(input.actual).map(([id, actual]) => [
        id,
        { expected: expected[id] ?? null, actual },
      ]),
    ),
  };
  for (let attempt = 0; attempt < 100; attempt++) {
    const taken = new Set(await storage.list(DECISIONS_DIR));
    const file = reviewFileName(record.file, input.date, taken);
    try {
      await storage.write(file, reviewText(review, input.title, input.note), {
        expectedHash: null,
      });
      return { file, review };
    } catch (error) {
      if (error instanceof ConflictError) continue;
      throw error;
    }
  }
  throw BearingError.input({
    code: "conflict",
    file: DECISIONS_DIR,
    message: "decisions/ kept changing while the review was written",
    hint: "run bearing review again when nothing else writes to decisions/",
  });
}
