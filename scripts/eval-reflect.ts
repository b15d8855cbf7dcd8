/**
 * `npm run eval:reflect -- DIR [--json]`: scores the reflection analyser on a folder of
 * labelled posts in the format of `shared/dev/posts/` (`<id>.md` texts and a `labels.json`
 * list of `{id, values, considered, chosen}`), printing per-value precision, recall and F1,
 * values micro- and macro-F1, chosen-path accuracy and considered-path micro-F1.
 * Scoring is `src/core/reflect/score.ts`; this script only reads files.
 */
import { existsSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { analyseReflection, type Reflection } from "../src/core/reflect/analyse.js";
import {
  formatScores,
  type ReflectionLabel,
  type ReflectionScores,
  scoreReflections,
} from "../src/core/reflect/score.js";

export interface Evaluation {
  scores: ReflectionScores;
  rows: Array<{ label: ReflectionLabel; reflection: Reflection }>;
}

const EXTENSIONS = [".md", ".markdown", ".txt", ""];

/** Analyses every labelled text of `dir` and scores the results. */
export function evaluateDir(dir: string): Evaluation {
  const labelsPath = join(dir, "labels.json");
  if (!existsSync(labelsPath)) throw new Error(`${labelsPath}: no labels.json in this folder`);
  const labels = JSON.parse(readFileSync(labelsPath, "utf8")) as ReflectionLabel[];
  const rows = labels.map((label) => {
    const file = EXTENSIONS.map((ext) => join(dir, `${label.id}${ext}`)).find((p) => existsSync(p));
    if (!file) throw new Error(`${join(dir, label.id)}.md: labelled text not found`);
    const reflection = analyseReflection(readFileSync(file, "utf8"), { fileName: file });
    return { label, reflection };
  });
  const scores = scoreReflections(
    labels,
    rows.map(({ label, reflection }) => ({
      id: label.id,
      values: reflection.values.map((v) => v.id),
      considered: reflection.paths.considered,
      chosen: reflection.paths.chosen,
    })),
  );
  return { scores, rows };
}

function main(argv: readonly string[]): number {
  const dir = argv.find((a) => !a.startsWith("-"));
  if (!dir) {
    process.stderr.write("usage: npm run eval:reflect -- DIR [--json]\n");
    return 2;
  }
  try {
    const { scores } = evaluateDir(resolve(dir));
    process.stdout.write(
      argv.includes("--json") ? `${JSON.stringify(scores, null, 2)}\n` : formatScores(scores),
    );
    return 0;
  } catch (error) {
    process.stderr.write(
      `eval-reflect: ${error instanceof Error ? error.message : String(error)}\n`,
    );
    return 2;
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  process.exitCode = main(process.argv.slice(2));
}
