/**
 * Decision records (bearing's contract, "Decision record"): `decisions/<yyyy-mm-dd>-<option>.md`,
 * front matter with `chosen`, `date`, `previous` (the SHA-256 of the previous record's file, or
 * null), `snapshot` (the weights, each option's ratings, the ranking, the verdict and the
 * unknowns with their value of information, as they stood) and `sha256`, and a body for the
 * user's reasons.
 *
 * Tamper evidence is a hash chain, as in Haber & Stornetta's time-stamping of digital documents
 * (1991) and git's commits: each record seals its own content, and the next record holds the
 * hash of the whole previous file, so a change to any record after the fact shows.
 * - `sha256`: SHA-256 (FIPS 180-4), hex, of the RFC 8785 canonical JSON (the `canonicalize`
 *   package) of `{ chosen, date, previous, snapshot }`: the snapshot and the three fields that
 *   say what it records, so that none of them can change unseen, whatever the YAML layout.
 * - `previous`: SHA-256, hex, of the previous record's file bytes: its reasons are free to
 *   edit until the next decision is recorded, and sealed from then on.
 * - `locators` (an added field, not part of the seal): short hashes of the snapshot's parts,
 *   only to say which part changed when the seal breaks.
 *
 * Pure: hashing is passed in (`Sha256`), so the core needs no crypto library.
 */
import canonicalize from "canonicalize";
import { Document, isScalar, visit } from "yaml";
import { z } from "zod";
import type { Issue } from "../errors.js";
import { isoDateSchema, type Rating } from "../model/option.js";
import { idSchema } from "../model/profile.js";
import type { InformationValue } from "./information-value.js";
import type { DecisionModel } from "./model.js";
import type { Ranking } from "./rank.js";
import type { Robustness } from "./robustness.js";
import type { Verdict } from "./verdict.js";

export const DECISIONS_DIR = "decisions";

/** SHA-256 of a UTF-8 string, as 64 lower-case hex digits (FIPS 180-4). */
export type Sha256 = (text: string) => string;

/** What was known when the decision was made (figures rounded to 4 decimals). */
export interface DecisionSnapshot {
  question: string;
  /** Normalised weights (sum to 1), by criterion id. */
  weights: Record<string, number>;
  /** Each ranked option's ratings as the decision read them (null: missing). */
  ratings: Record<string, Record<string, Rating>>;
  /** Best first: rank (1 = best), weighted-sum score in [0, 1], first-rank acceptability. */
  ranking: {
    option: string;
    title: string;
    rank: number;
    score: number;
    firstRankAcceptability: number | null;
    eligible: boolean;
  }[];
  verdict: { kind: string; leaders: string[]; text: string };
  /** Missing and unsure ratings with their expected value of perfect information (0–1). */
  unknowns: { option: string; criterion: string; evpi: number; changeProbability: number }[];
}

export interface DecisionRecord {
  chosen: string;
  date: string;
  previous: string | null;
  sha256: string;
  snapshot: DecisionSnapshot;
  locators: Record<string, string>;
}

const HEX64 = /^[0-9a-f]{64}$/;

/**
 * The front matter as read back: the sealed fields strictly, the snapshot as any object (a
 * changed figure must show as a broken seal, not as a schema error).
 */
export const decisionRecordSchema = z
  .object({
    chosen: idSchema,
    date: isoDateSchema,
    previous: z.string().regex(HEX64, "a SHA-256 in hex (64 digits 0-9a-f)").nullable(),
    sha256: z.string().regex(HEX64, "a SHA-256 in hex (64 digits 0-9a-f)"),
    snapshot: z.record(z.string(), z.unknown()),
    locators: z.record(z.string(), z.string()).default({}),
  })
  .strict();
export type ReadDecisionRecord = z.infer<typeof decisionRecordSchema>;

const round4 = (x: number) => Math.round(x * 1e4) / 1e4;

/**
 * The snapshot of a decision: the model's weights and ratings, the additive ranking with each
 * option's SMAA-2 first-rank acceptability, the verdict, and the value of information of every
 * missing or unsure rating. Figures are rounded to 4 decimals (what a reader needs; the same
 * numbers are sealed).
 * @param input.robustness the SMAA-2 results the verdict and `information` were computed from.
 */
export function buildSnapshot(input: {
  model: DecisionModel;
  ranking: Ranking;
  robustness: Robustness;
  verdict: Verdict;
  information: readonly InformationValue[];
}): DecisionSnapshot {
  const { model, ranking, robustness } = input;
  const acceptability = new Map(
    robustness.alternatives.map((a) => [a.id, a.firstRankAcceptability]),
  );
  const ratings: Record<string, Record<string, Rating>> = {};
  for (const alternative of model.alternatives) {
    const row: Record<string, Rating> = {};
    model.criteria.forEach((criterion, j) => {
      row[criterion.id] = alternative.ratings[j] ?? null;
    });
    ratings[alternative.id] = row;
  }
  return {
    question: model.question,
    weights: Object.fromEntries(model.criteria.map((c) => [c.id, round4(c.weight)])),
    ratings,
    ranking: ranking.alternatives.map((a) => {
      const b = acceptability.get(a.id);
      return {
        option: a.id,
        title: a.title,
        rank: a.rank,
        score: round4(a.score),
        firstRankAcceptability: b === undefined ? null : round4(b),
        eligible: a.eligible,
      };
    }),
    verdict: {
      kind: input.verdict.kind,
      leaders: [...input.verdict.leaders],
      text: input.verdict.text,
    },
    unknowns: input.information.map((info) => ({
      option: info.option,
      criterion: info.criterion,
      evpi: round4(info.evpi),
      changeProbability: round4(info.changeProbability),
    })),
  };
}

/** RFC 8785 canonical JSON of a value (object keys sorted, ECMAScript number form). */
export function canonicalJson(value: unknown): string {
  const text = canonicalize(value);
  if (text === undefined) throw new Error("the value has no JSON form");
  return text;
}

/** The seal of a record: SHA-256 of the canonical JSON of chosen, date, previous, snapshot. */
export function recordSeal(
  fields: { chosen: string; date: string; previous: string | null; snapshot: unknown },
  sha256: Sha256,
): string {
  const { chosen, date, previous, snapshot } = fields;
  return sha256(canonicalJson({ chosen, date, previous, snapshot }));
}

/**
 * Locator hashes (12 hex digits each) of the snapshot's parts: every top-level key, and each
 * object or array under a key of a top-level object (`ratings.seed-cto`, `verdict.leaders`).
 * Only used to say where a broken seal changed.
 */
export function snapshotLocators(snapshot: unknown, sha256: Sha256): Record<string, string> {
  const out: Record<string, string> = {};
  if (!isObject(snapshot)) return out;
  const short = (value: unknown) => sha256(canonicalJson(value ?? null)).slice(0, 12);
  for (const [key, value] of Object.entries(snapshot)) {
    out[key] = short(value);
    if (!isObject(value)) continue;
    for (const [child, inner] of Object.entries(value)) {
      if (isObject(inner) || Array.isArray(inner)) out[`${key}.${child}`] = short(inner);
    }
  }
  return out;
}

/** Seals a new record: its `sha256` and `locators`. */
export function sealRecord(
  fields: { chosen: string; date: string; previous: string | null; snapshot: DecisionSnapshot },
  sha256: Sha256,
): DecisionRecord {
  return {
    chosen: fields.chosen,
    date: fields.date,
    previous: fields.previous,
    sha256: recordSeal(fields, sha256),
    snapshot: fields.snapshot,
    locators: snapshotLocators(fields.snapshot, sha256),
  };
}

/**
 * The record's file text: front matter (the contract's fields, `locators` last) and a body with
 * the reasons and what would change the user's mind (placeholders when not given).
 */
export function recordText(
  record: DecisionRecord,
  reasons: { title: string; why?: string; wouldChange?: string },
): string {
  const doc = new Document({
    chosen: record.chosen,
    date: record.date,
    previous: record.previous,
    sha256: record.sha256,
    snapshot: record.snapshot,
    locators: record.locators,
  });
  // Intervals and lists of ids on one line: `pay: [303824, 394491]`.
  visit(doc, {
    Seq(_, node) {
      if (node.items.every((item) => isScalar(item))) node.flow = true;
    },
  });
  const front = doc.toString({ lineWidth: 0, flowCollectionPadding: false });
  const why = reasons.why?.trim() || "(Why this option, in your own words.)";
  const change =
    reasons.wouldChange?.trim() || "(What you would need to see to think this was the wrong call.)";
  return `---\n${front}---\n\n# I chose ${reasons.title}\n\n## Why\n\n${why}\n\n## What would change my mind\n\n${change}\n`;
}

/** `decisions/<date>-<option>.md`, or `-2`, `-3`, … when the name is taken. */
export function recordFileName(date: string, option: string, taken: ReadonlySet<string>): string {
  for (let n = 1; ; n++) {
    const name = `${date}-${option}${n === 1 ? "" : `-${n}`}.md`;
    if (!taken.has(name)) return `${DECISIONS_DIR}/${name}`;
  }
}

/** A record as read from its file. */
export interface StoredRecord {
  /** Workspace-relative file, e.g. `decisions/2026-12-02-director-platform.md`. */
  file: string;
  /** SHA-256, hex, of the file's bytes. */
  fileHash: string;
  record: ReadDecisionRecord;
}

/**
 * Verifies every record's seal and the chain: exactly one record starts it (`previous: null`),
 * each other record's `previous` is the file hash of another, and no two follow the same one.
 * Issues carry the file and the field path (`snapshot.ratings.seed-cto` when the locators say
 * which part changed); the caller adds lines.
 * @returns the issues, and the records in chain order (as far as the chain holds).
 */
export function verifyRecords(
  records: readonly StoredRecord[],
  sha256: Sha256,
): { issues: Issue[]; chain: StoredRecord[] } {
  const issues: Issue[] = [];
  const sealBroken = new Set<string>();
  const undo = (file: string) =>
    `records are never rewritten: undo the change (e.g. \`git checkout -- ${file}\`); to decide anew, run \`bearing decide\``;
  for (const stored of records) {
    const { record, file } = stored;
    if (recordSeal(record, sha256) === record.sha256) continue;
    sealBroken.add(file);
    const now = snapshotLocators(record.snapshot, sha256);
    const changed = Object.keys({ ...record.locators, ...now }).filter(
      (key) => record.locators[key] !== now[key],
    );
    // The deepest changed parts name where; the seal's own fields when no part of the snapshot changed.
    const deepest = changed.filter((key) => !changed.some((k) => k.startsWith(`${key}.`)));
    const where: (string | number)[][] =
      Object.keys(record.locators).length > 0 && deepest.length > 0
        ? deepest.map((key) => ["snapshot", ...key.split(".").map(pathPart)])
        : Object.keys(record.locators).length > 0
          ? [["sha256"]]
          : [["snapshot"]];
    for (const path of where) {
      issues.push({
        code: "inconsistent",
        file,
        path,
        message:
          "this decision record was changed after it was written: its content no longer matches its sha256",
        hint: undo(file),
      });
    }
  }
  const byHash = new Map(records.map((r) => [r.fileHash, r]));
  const followers = new Map<string, StoredRecord[]>();
  for (const stored of records) {
    const previous = stored.record.previous;
    if (previous === null) continue;
    followers.set(previous, [...(followers.get(previous) ?? []), stored]);
  }
  const starts = records.filter((r) => r.record.previous === null);
  for (const extra of starts.slice(1)) {
    issues.push({
      code: "inconsistent",
      file: extra.file,
      path: ["previous"],
      message: `a second record starts the chain (previous: null), beside ${starts[0]?.file}`,
      hint: "decision records form one chain: keep the record that was written later out of decisions/, or restore its previous",
    });
  }
  const chain: StoredRecord[] = [];
  const seen = new Set<string>();
  let current = starts[0];
  while (current && !seen.has(current.file)) {
    chain.push(current);
    seen.add(current.file);
    const next: StoredRecord[] = followers.get(current.fileHash) ?? [];
    for (const fork of next.slice(1)) {
      issues.push({
        code: "inconsistent",
        file: fork.file,
        path: ["previous"],
        message: `follows the same record as ${next[0]?.file} (${current.file}): the chain forks`,
        hint: "decision records form one chain: keep one of them out of decisions/",
      });
    }
    current = next[0];
  }
  const last = chain.at(-1);
  let blamed = false;
  for (const stored of records) {
    const previous = stored.record.previous;
    if (seen.has(stored.file) || previous === null || byHash.has(previous)) continue;
    // Its predecessor's file no longer hashes to what it holds: most likely the end of the
    // intact chain was edited (its seal may say so already), else this record's previous.
    if (last) {
      if (!sealBroken.has(last.file) && !blamed) {
        blamed = true;
        issues.push({
          code: "inconsistent",
          file: last.file,
          message: `this decision record was changed after ${stored.file} was written (that record holds, as previous, the SHA-256 of this file as it was)`,
          hint: `${undo(last.file)}; if instead previous in ${stored.file} was edited, restore it`,
        });
      }
      continue;
    }
    issues.push({
      code: "inconsistent",
      file: stored.file,
      path: ["previous"],
      message:
        "previous matches no record in decisions/: the record before this one was changed or removed",
      hint: "restore the earlier record as it was (e.g. from git)",
    });
  }
  return { issues, chain };
}

function pathPart(part: string): string | number {
  return /^\d+$/.test(part) ? Number(part) : part;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
