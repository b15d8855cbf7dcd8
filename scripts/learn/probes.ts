/**
 * The probe sets of `data/probes/`: short texts of our own, written the way new users paste
 * postings and posts, each with the labels the taxonomy and data/README.md's guidance give (see
 * data/probes/README.md), scored with the shipped analysers. They are a regression suite for
 * wordings the corpus lacks, not a held-out estimate: the rules were fixed against them.
 *
 * Each set is a folder of `<id>.md` files and an `expected.tsv` (tab-separated, one line per
 * text; "a|b" accepts either value; lists are comma-separated; `null` is "not stated").
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { type Counts, counts } from "../../src/core/classification-scores.js";
import { analyseReflection } from "../../src/core/reflect/analyse.js";
import { analyzeRole } from "../../src/core/roles/analyze.js";
import type { RoleAnalysis } from "../../src/core/roles/types.js";
import { repoRoot } from "../../src/testing/cli.js";
import { trainingVectors } from "./word-vectors.js";

export const PROBES_DIR = join(repoRoot, "data/probes");
/** Every round of probes: round 1 (session 22) at the top, round 2 (session 23) below it. */
export const PROBE_ROUNDS: readonly string[] = [PROBES_DIR, join(PROBES_DIR, "round-2")];

/** A set's texts with their expected columns (after the id). */
export function loadProbeSet(
  set: string,
  dir = PROBES_DIR,
): { id: string; text: string; expected: string[] }[] {
  const file = join(dir, set, "expected.tsv");
  return readFileSync(file, "utf8")
    .split("\n")
    .map((line, i) => ({ line, n: i + 1 }))
    .filter(({ line }) => line.trim() !== "")
    .map(({ line, n }) => {
      const [id, ...expected] = line.split("\t");
      if (!id || expected.length === 0)
        throw new Error(`${file}:${n}: expected an id and at least one column, tab-separated`);
      return {
        id,
        text: readFileSync(join(dir, set, `${id}.md`), "utf8"),
        expected: expected.map((c) => c.trim()),
      };
    });
}

/** Right out of total, and its share. */
export interface Tally {
  right: number;
  total: number;
}

const accepts = (cell: string, value: string) => cell.split("|").includes(value);

function setScore(pairs: { expected: Set<string>; read: Set<string> }[]): Counts {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const { expected, read } of pairs) {
    for (const x of expected) read.has(x) ? tp++ : fn++;
    for (const x of read) if (!expected.has(x)) fp++;
  }
  return counts(tp, fp, fn);
}

/** A list cell of `expected.tsv`: comma-separated ids, "null" or empty for none. */
export function expectedList(cell: string | undefined): string[] {
  return (cell ?? "")
    .split(",")
    .map((x) => x.trim())
    .filter((x) => x !== "" && x !== "null");
}

const list = (cell: string | undefined) => new Set(expectedList(cell));

function factText(field: "reportsTo" | "teamSize" | "workMode", a: RoleAnalysis): string {
  const v = a.facts[field];
  if (v === null) return "null";
  return typeof v === "object" ? `${v.min}-${v.max}` : String(v);
}

/** A text read otherwise than expected: its set, id and field, what was expected, what was read. */
export interface ProbeError {
  set: string;
  id: string;
  field: string;
  expected: string;
  read: string;
}

const sorted = (xs: Iterable<string>) => [...xs].sort().join(",");

/**
 * Every set's score, read by the shipped analysers, and the texts read otherwise than
 * expected (`errors`, in set and text order; a list field counts as an error when the sets
 * differ at all).
 */
export function scoreProbes(dir = PROBES_DIR) {
  const errors: ProbeError[] = [];
  /** Whether `ok`; if not, the reading joins `errors`. */
  const check = (
    ok: boolean,
    set: string,
    id: string,
    field: string,
    expected: string,
    read: string,
  ) => {
    if (!ok) errors.push({ set, id, field, expected, read });
    return ok;
  };
  const role = (set: string) =>
    loadProbeSet(set, dir).map((p) => ({ ...p, set, analysis: analyzeRole(p.text) }));
  const count = (rows: boolean[]): Tally => ({
    right: rows.filter(Boolean).length,
    total: rows.length,
  });
  const one = (
    p: { set: string; id: string; expected: string[] },
    column: number,
    field: string,
    read: string,
  ) => {
    const expected = p.expected[column] ?? "";
    return check(accepts(expected, read), p.set, p.id, field, expected, read);
  };
  const many = (
    p: { set: string; id: string; expected: string[] },
    column: number,
    field: string,
    read: Set<string>,
  ) => {
    const expected = list(p.expected[column]);
    check(sorted(expected) === sorted(read), p.set, p.id, field, sorted(expected), sorted(read));
    return { expected, read };
  };

  const handsOn = count(
    role("hands-on").map((p) => one(p, 0, "handsOn", String(p.analysis.facts.handsOn))),
  );
  const stage = count(role("stage").map((p) => one(p, 0, "stage", String(p.analysis.facts.stage))));
  const responsibilities = setScore(
    role("responsibilities").map((p) =>
      many(p, 0, "responsibilities", new Set(p.analysis.responsibilities.map((r) => r.id))),
    ),
  );
  const arch = role("archetype");
  const mismatched = arch.filter((p) => !accepts(p.expected[0] ?? "", p.expected[1] ?? ""));
  const honest = arch.filter((p) => accepts(p.expected[0] ?? "", p.expected[1] ?? ""));
  const archetype = {
    archetype: count(
      arch.map((p) => {
        const { id, confidence } = p.analysis.archetype;
        const expected = p.expected[0] ?? "";
        const read = `${id} at ${confidence.toFixed(2)}${p.analysis.titleMismatch ? ", title mismatch" : ""}`;
        return check(accepts(expected, id), p.set, p.id, "archetype", expected, read);
      }),
    ),
    mismatchRecall: count(mismatched.map((p) => p.analysis.titleMismatch)),
    falseAlarms: count(honest.map((p) => p.analysis.titleMismatch)),
  };
  const facts = role("facts");
  const fields = ["reportsTo", "teamSize", "workMode"] as const;
  const factScores = Object.fromEntries(
    fields.map((field, i) => {
      const stated = facts.filter((p) => p.expected[i] !== "null");
      const unstated = facts.filter((p) => p.expected[i] === "null");
      return [
        field,
        {
          stated: count(stated.map((p) => one(p, i, field, factText(field, p.analysis)))),
          invented: count(unstated.map((p) => !one(p, i, field, factText(field, p.analysis)))),
        },
      ];
    }),
  ) as Record<(typeof fields)[number], { stated: Tally; invented: Tally }>;

  const vectors = trainingVectors();
  const posts = loadProbeSet("posts", dir).map((p) => ({
    ...p,
    set: "posts",
    reading: analyseReflection(p.text, { fileName: `${p.id}.md`, vectors }),
  }));
  const postScores = {
    chosen: count(posts.map((p) => one(p, 0, "chosen", p.reading.paths.chosen))),
    considered: setScore(
      posts.map((p) => many(p, 1, "considered", new Set<string>(p.reading.paths.considered))),
    ),
    values: setScore(
      posts.map((p) => many(p, 2, "values", new Set<string>(p.reading.values.map((v) => v.id)))),
    ),
  };
  return {
    handsOn,
    stage,
    responsibilities,
    archetype,
    facts: factScores,
    posts: postScores,
    errors,
  };
}
