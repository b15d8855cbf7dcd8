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

const list = (cell: string | undefined) =>
  new Set(
    (cell ?? "")
      .split(",")
      .map((x) => x.trim())
      .filter((x) => x !== "" && x !== "null"),
  );

function factText(field: "reportsTo" | "teamSize" | "workMode", a: RoleAnalysis): string {
  const v = a.facts[field];
  if (v === null) return "null";
  return typeof v === "object" ? `${v.min}-${v.max}` : String(v);
}

/** Every set's score, read by the shipped analysers. */
export function scoreProbes(dir = PROBES_DIR) {
  const role = (set: string) =>
    loadProbeSet(set, dir).map((p) => ({ ...p, analysis: analyzeRole(p.text) }));
  const count = (rows: boolean[]): Tally => ({
    right: rows.filter(Boolean).length,
    total: rows.length,
  });

  const handsOn = count(
    role("hands-on").map((p) => accepts(p.expected[0] ?? "", String(p.analysis.facts.handsOn))),
  );
  const stage = count(
    role("stage").map((p) => accepts(p.expected[0] ?? "", String(p.analysis.facts.stage))),
  );
  const responsibilities = setScore(
    role("responsibilities").map((p) => ({
      expected: list(p.expected[0]),
      read: new Set(p.analysis.responsibilities.map((r) => r.id)),
    })),
  );
  const arch = role("archetype");
  const mismatched = arch.filter((p) => !accepts(p.expected[0] ?? "", p.expected[1] ?? ""));
  const honest = arch.filter((p) => accepts(p.expected[0] ?? "", p.expected[1] ?? ""));
  const archetype = {
    archetype: count(arch.map((p) => accepts(p.expected[0] ?? "", p.analysis.archetype.id))),
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
          stated: count(
            stated.map((p) => accepts(p.expected[i] ?? "", factText(field, p.analysis))),
          ),
          invented: count(unstated.map((p) => factText(field, p.analysis) !== "null")),
        },
      ];
    }),
  ) as Record<(typeof fields)[number], { stated: Tally; invented: Tally }>;

  const vectors = trainingVectors();
  const posts = loadProbeSet("posts", dir).map((p) => ({
    ...p,
    reading: analyseReflection(p.text, { fileName: `${p.id}.md`, vectors }),
  }));
  const postScores = {
    chosen: count(posts.map((p) => accepts(p.expected[0] ?? "", p.reading.paths.chosen))),
    considered: setScore(
      posts.map((p) => ({
        expected: list(p.expected[1]),
        read: new Set<string>(p.reading.paths.considered),
      })),
    ),
    values: setScore(
      posts.map((p) => ({
        expected: list(p.expected[2]),
        read: new Set<string>(p.reading.values.map((v) => v.id)),
      })),
    ),
  };
  return { handsOn, stage, responsibilities, archetype, facts: factScores, posts: postScores };
}
