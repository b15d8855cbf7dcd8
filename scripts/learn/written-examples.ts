/**
 * Written examples: labelled sentences the project wrote itself from the taxonomy's definitions
 * (`data/written/*.jsonl`, see "Written examples" in data/README.md), to teach the sentence
 * models more ways of saying each label than 161 posts and 274 postings hold. They are data
 * augmentation for the sentence models only: they never enter a stacker, a threshold or an
 * evaluation, so every cross-validated figure is still measured on real texts alone.
 *
 * The writers read only `../shared/spec/taxonomy.md` and data/README.md, never the corpus, the
 * dev set or the seeds, so adding the examples to every training fold leaks nothing of a held-out
 * text. Each record is one sentence (or one posting line); this module checks the files and packs
 * the records into pseudo-documents that the project's own readers read, with one evidence
 * reading whose spans are exactly the records' texts, so the sentence features and soft targets
 * come from the same code paths as the real texts'.
 */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { z } from "zod";
import { type ReflectionReading, readReflectionParts } from "../../src/core/reflect/features.js";
import { readPost } from "../../src/core/reflect/post.js";
import { SCOPE_CLASSES } from "../../src/core/roles/sentence-model.js";
import { PATH_IDS, RESPONSIBILITY_IDS, VALUE_IDS } from "../../src/core/taxonomy.js";
import { repoRoot } from "../../src/testing/cli.js";
import { type EvidenceEntry, type SentenceTargets, sentenceTargets } from "./evidence.js";
import { mulberry32 } from "./lr.js";
import type { LabelSpans } from "./role-sentences.js";

const text = z.string().trim().min(3).max(600);
const id = z.string().regex(/^[a-z]{1,3}[A-Z]?\d{3,5}$/, "an id such as vA0001");

/** A sentence of a career-reflection post and the values it states (possibly none). */
export const valueRecord = z.strictObject({
  id,
  text,
  values: z.array(z.enum(VALUE_IDS)),
});
export type ValueRecord = z.infer<typeof valueRecord>;

/**
 * A sentence of a post and the next step it states: `chosen` the step taken (or `undecided`:
 * none yet), null when it states no choice; `considered` the steps it names as the author's options.
 */
export const pathRecord = z.strictObject({
  id,
  text,
  chosen: z.enum([...PATH_IDS, "undecided"]).nullable(),
  considered: z.array(z.enum(PATH_IDS)),
});
export type PathRecord = z.infer<typeof pathRecord>;

/** Where a posting line stands: the heading it is written under in a pseudo-posting. */
export const POSTING_SECTIONS = ["about", "duties", "requirements", "benefits", "other"] as const;
export type PostingSection = (typeof POSTING_SECTIONS)[number];

/** A line of a job posting, the responsibilities it assigns to the role and the scope it states. */
export const roleRecord = z.strictObject({
  id,
  section: z.enum(POSTING_SECTIONS),
  text,
  responsibilities: z.array(z.enum(RESPONSIBILITY_IDS)),
  scope: z.array(z.enum(SCOPE_CLASSES)),
});
export type RoleRecord = z.infer<typeof roleRecord>;

const SCHEMAS = { values: valueRecord, paths: pathRecord, roles: roleRecord } as const;
export type WrittenKind = keyof typeof SCHEMAS;
type RecordOf<K extends WrittenKind> = z.infer<(typeof SCHEMAS)[K]>;

/** Where the written examples are: `data/written/` unless BEARING_WRITTEN says. */
export function writtenDir(): string {
  return process.env.BEARING_WRITTEN ?? join(repoRoot, "data/written");
}

/**
 * Reads `<dir>/<kind>.jsonl`: one JSON record per line (blank lines skipped).
 *
 * @returns the records in file order; [] when the file is absent
 * @throws Error naming the file, line and field of the first bad record, or a repeated id
 */
export function loadWritten<K extends WrittenKind>(kind: K, dir = writtenDir()): RecordOf<K>[] {
  const path = join(dir, `${kind}.jsonl`);
  if (!existsSync(path)) return [];
  const out: RecordOf<K>[] = [];
  const seen = new Set<string>();
  readFileSync(path, "utf8")
    .split("\n")
    .forEach((line, i) => {
      if (line.trim() === "") return;
      const where = `${path}:${i + 1}`;
      let json: unknown;
      try {
        json = JSON.parse(line);
      } catch (e) {
        throw new Error(`${where}: not JSON (${(e as Error).message}); write one object per line`);
      }
      const parsed = SCHEMAS[kind].safeParse(json);
      if (!parsed.success) {
        const issue = parsed.error.issues[0];
        const field = issue?.path.join(".") || "(record)";
        throw new Error(`${where}: field ${field}: ${issue?.message}`);
      }
      const record = parsed.data as RecordOf<K>;
      if (seen.has(record.id)) throw new Error(`${where}: field id: ${record.id} is used twice`);
      seen.add(record.id);
      out.push(record);
    });
  return out;
}

/** A deterministic shuffle (Fisher–Yates over lr.ts's seeded generator). */
function shuffled<T>(items: readonly T[], seed: number): T[] {
  const rand = mulberry32(seed);
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  return out;
}

function chunks<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

/** A sentence ends with a full stop (or ? !), so the post reader cuts between records. */
function asSentence(s: string): string {
  const t = s.trim();
  return /[.!?…)"”’']$/.test(t) ? t : `${t}.`;
}

/**
 * A pseudo-post: records packed into one Markdown text (paragraphs of three sentences), with
 * its labels (the union of its records') and one evidence reading whose spans are the records.
 */
export interface PseudoPost {
  id: string;
  text: string;
  values: string[];
  chosen: string[];
  considered: string[];
  evidence: EvidenceEntry;
}

/**
 * Packs value and path records into pseudo-posts of `size` records each, shuffled by `seed`.
 * Value records fill `values`; path records `chosen` and `considered`; a post made of one kind
 * says nothing of the other kind's labels (its lists stay empty, and `labelled` says which).
 */
export function pseudoPosts(
  records: readonly (ValueRecord | PathRecord)[],
  options: { size?: number; seed?: number; prefix?: string } = {},
): PseudoPost[] {
  const { size = 12, seed = 11, prefix = "w" } = options;
  return chunks(shuffled(records, seed), size).map((group, n) => {
    let text = "";
    const values: Record<string, [number, number][]> = {};
    const chosen: Record<string, [number, number][]> = {};
    const considered: Record<string, [number, number][]> = {};
    group.forEach((r, i) => {
      if (i > 0) text += i % 3 === 0 ? "\n\n" : " ";
      const sentence = asSentence(r.text);
      const span: [number, number] = [text.length, text.length + sentence.length];
      text += sentence;
      const add = (into: Record<string, [number, number][]>, label: string) => {
        into[label] ??= [];
        into[label].push(span);
      };
      if ("values" in r) for (const v of r.values) add(values, v);
      else {
        if (r.chosen) add(chosen, r.chosen);
        for (const p of r.considered) add(considered, p);
      }
    });
    text += "\n";
    return {
      id: `${prefix}${String(n + 1).padStart(4, "0")}`,
      text,
      values: Object.keys(values).sort(),
      chosen: Object.keys(chosen).sort(),
      considered: Object.keys(considered).sort(),
      evidence: { id: `${prefix}${n + 1}`, readings: [{ values, chosen, considered }] },
    };
  });
}

/** A pseudo-post as the corpus posts are read: its reading and its sentences' soft targets. */
export interface ReadPseudoPost extends PseudoPost {
  reading: ReflectionReading;
  /** Per field and label, one target per sentence of `reading` (1: its record states it). */
  targets: SentenceTargets;
}

/**
 * {@link pseudoPosts}, each read by the post reader (`readPost` → `readReflectionParts`) and its
 * evidence turned into sentence targets (`sentenceTargets`), as the corpus posts are read.
 */
export function readPseudoPosts(
  records: readonly (ValueRecord | PathRecord)[],
  options: { size?: number; seed?: number; prefix?: string } = {},
): ReadPseudoPost[] {
  return pseudoPosts(records, options).map((post) => {
    const reading = readReflectionParts(readPost(post.text));
    return {
      ...post,
      reading,
      targets: sentenceTargets(post.text, reading.sentences, post.evidence),
    };
  });
}

const HEADINGS: Record<PostingSection, string> = {
  about: "About us",
  duties: "What you will do",
  requirements: "What you bring",
  benefits: "What we offer",
  other: "More",
};

/**
 * A pseudo-posting: posting lines packed into one Markdown posting (a heading per section, the
 * lines as bullets), its labels (the union of its lines') and one evidence reading per field
 * whose spans are the lines' texts.
 */
export interface PseudoPosting {
  id: string;
  text: string;
  responsibilities: string[];
  scope: string[];
  evidence: LabelSpans[];
  scopeEvidence: LabelSpans[];
}

/** Packs posting lines into pseudo-postings of `size` lines each, shuffled by `seed`. */
export function pseudoPostings(
  records: readonly RoleRecord[],
  options: { size?: number; seed?: number; prefix?: string } = {},
): PseudoPosting[] {
  const { size = 16, seed = 11, prefix = "w" } = options;
  return chunks(shuffled(records, seed), size).map((group, n) => {
    let text = "# Engineering role\n";
    const responsibilities: LabelSpans = {};
    const scope: LabelSpans = {};
    for (const section of POSTING_SECTIONS) {
      const lines = group.filter((r) => r.section === section);
      if (lines.length === 0) continue;
      text += `\n## ${HEADINGS[section]}\n\n`;
      for (const r of lines) {
        text += "- ";
        const span: [number, number] = [text.length, text.length + r.text.trim().length];
        text += `${r.text.trim()}\n`;
        for (const id of r.responsibilities)
          responsibilities[id] = [...(responsibilities[id] ?? []), span];
        for (const id of r.scope) scope[id] = [...(scope[id] ?? []), span];
      }
    }
    return {
      id: `${prefix}${String(n + 1).padStart(4, "0")}`,
      text,
      responsibilities: Object.keys(responsibilities).sort(),
      scope: Object.keys(scope).sort(),
      evidence: [responsibilities],
      scopeEvidence: [scope],
    };
  });
}
