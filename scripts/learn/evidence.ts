/**
 * The evidence labels (`data/labels/evidence/posts.json` and `evidence/dev/posts.json`, see
 * "Evidence" in data/README.md): two independent readings per corpus (and dev) post of which
 * sentences carry each of its labels, as character spans `[start, end)` into
 * `../shared/corpus/posts/<id>.md` (or `dev/posts/<id>.md`; the file as stored).
 * Here they become soft targets per sentence of the post reader (`sentencesOf`): 1 when both
 * readings mark the sentence, 0.5 when one does, 0 when none.
 */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { Sentence } from "../../src/core/reflect/sentences.js";

/** One reading: field (`values`, `chosen`, `considered`) → label → spans `[start, end)`. */
export type EvidenceReading = Record<string, Record<string, Array<[number, number]>>>;

export interface EvidenceEntry {
  id: string;
  readings: EvidenceReading[];
}

/** The fields of a post's evidence. */
export type EvidenceField = "values" | "chosen" | "considered";

/**
 * Soft targets of one post: field → label → one target per sentence (in sentence order).
 * A label whose readings mark no sentence (empty lists: read from the whole text) is absent.
 */
export type SentenceTargets = Record<EvidenceField, Record<string, number[]>>;

/**
 * Reads `<labelsDir>/evidence/<kind>.json` (the corpus) or `evidence/dev/<kind>.json` (the dev
 * set, spans into `../shared/dev/<kind>`), by id; an empty map when the file is absent.
 */
export function loadEvidence(
  labelsDir: string,
  kind: "jds" | "posts",
  set: "corpus" | "dev" = "corpus",
): Map<string, EvidenceEntry> {
  return loadEvidenceFile(
    join(labelsDir, "evidence", set === "dev" ? `dev/${kind}.json` : `${kind}.json`),
  );
}

/** One evidence file (a list of {@link EvidenceEntry}), by id; an empty map when it is absent. */
export function loadEvidenceFile(path: string): Map<string, EvidenceEntry> {
  if (!existsSync(path)) return new Map();
  const entries = JSON.parse(readFileSync(path, "utf8")) as EvidenceEntry[];
  return new Map(entries.map((e) => [e.id, e]));
}

/** The posts' evidence ({@link loadEvidence} of `posts`). */
export function loadPostEvidence(
  labelsDir: string,
  set: "corpus" | "dev" = "corpus",
): Map<string, EvidenceEntry> {
  return loadEvidence(labelsDir, "posts", set);
}

/**
 * Where each sentence stands in the file: its `quote` (verbatim input) searched from the end of
 * the previous one found, then from the start; `null` when the quote is not in the file.
 */
export function sentenceSpans(
  file: string,
  sentences: readonly Pick<Sentence, "quote">[],
): Array<[number, number] | null> {
  let cursor = 0;
  return sentences.map((s) => {
    let at = file.indexOf(s.quote, cursor);
    if (at < 0) at = file.indexOf(s.quote);
    if (at < 0 || s.quote === "") return null;
    cursor = at + s.quote.length;
    return [at, at + s.quote.length];
  });
}

/**
 * Whether a span marks a sentence: they overlap by at least half of the shorter of the two
 * (the spans were cut from the same sentences, so a marked sentence overlaps all of its span;
 * a character or two of a neighbour does not count).
 */
export function marks(span: readonly [number, number], sentence: readonly [number, number]) {
  const overlap = Math.min(span[1], sentence[1]) - Math.max(span[0], sentence[0]);
  const shorter = Math.min(span[1] - span[0], sentence[1] - sentence[0]);
  return overlap > 0 && overlap * 2 >= shorter;
}

/**
 * The soft targets of a post's sentences: for each field and label, per sentence the share of
 * the readings that mark it (two readings: 0, 0.5 or 1).
 *
 * @param file the post's file as stored (the spans' offsets are into it)
 * @param sentences the post reader's sentences of that file
 */
export function sentenceTargets(
  file: string,
  sentences: readonly Pick<Sentence, "quote">[],
  entry: EvidenceEntry,
): SentenceTargets {
  const where = sentenceSpans(file, sentences);
  const out: SentenceTargets = { values: {}, chosen: {}, considered: {} };
  const n = Math.max(1, entry.readings.length);
  for (const field of ["values", "chosen", "considered"] as const) {
    const labels = new Set(entry.readings.flatMap((r) => Object.keys(r[field] ?? {})));
    for (const label of [...labels].sort()) {
      const targets = where.map((at) => {
        if (!at) return 0;
        const marked = entry.readings.filter((r) =>
          (r[field]?.[label] ?? []).some((span) => marks(span, at)),
        ).length;
        return marked / n;
      });
      if (targets.some((t) => t > 0)) out[field][label] = targets;
    }
  }
  return out;
}
