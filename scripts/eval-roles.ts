/**
 * Evaluates the role analyser on a folder of labelled postings (`<id>.md` + `labels.json`, the
 * format of shared/dev/jds/README.md):
 *
 *   npm run eval:roles -- ../shared/dev/jds [--json] [--details]
 *
 * Prints per-id precision, recall and F1, micro and macro F1, archetype accuracy with a
 * confusion table, title-mismatch recall and false alarms, and per-fact accuracy and
 * invented-value rate. `--details` adds each posting's errors; `--json` prints the report as
 * JSON. Exit 2 when the folder or its labels cannot be read.
 */
import { existsSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { analyzeRole } from "../src/core/roles/index.js";
import {
  FACT_FIELDS,
  formatReport,
  type RoleEvalReport,
  type RoleLabel,
  type RolePrediction,
  sameFact,
  scoreRoles,
} from "../src/core/roles/score.js";

/** Analyses every labelled posting of `dir` and scores the results. */
export function evaluateFolder(dir: string): {
  report: RoleEvalReport;
  pairs: { label: RoleLabel; prediction: RolePrediction; title: string }[];
} {
  const labelsPath = join(dir, "labels.json");
  if (!existsSync(labelsPath))
    throw new Error(`${labelsPath}: not found (expected <id>.md files and labels.json)`);
  const labels = JSON.parse(readFileSync(labelsPath, "utf8")) as RoleLabel[];
  const pairs = labels.map((label) => {
    const text = readFileSync(join(dir, `${label.id}.md`), "utf8");
    const analysis = analyzeRole(text);
    return { label, prediction: analysis, title: analysis.title };
  });
  return { report: scoreRoles(pairs), pairs };
}

function details(pairs: ReturnType<typeof evaluateFolder>["pairs"]): string {
  const lines: string[] = ["", "per posting (- missed, + extra):"];
  for (const { label, prediction, title } of pairs) {
    const truth = new Set<string>(label.responsibilities);
    const got = new Set<string>(prediction.responsibilities.map((r) => r.id));
    const missed = [...truth].filter((id) => !got.has(id)).map((id) => `-${id}`);
    const extra = [...got].filter((id) => !truth.has(id)).map((id) => `+${id}`);
    const facts = FACT_FIELDS.filter(
      ([f, k]) => !sameFact(label.facts[f] ?? null, prediction.facts[k] ?? null),
    ).map(
      ([f, k]) =>
        `${f}: ${JSON.stringify(label.facts[f])} got ${JSON.stringify(prediction.facts[k])}`,
    );
    const arch =
      prediction.archetype.id === label.archetype
        ? ""
        : `archetype ${label.archetype} got ${prediction.archetype.id}`;
    lines.push(`${label.id} ${title.slice(0, 50)}`);
    if (missed.length + extra.length > 0) lines.push(`  ${[...missed, ...extra].join(" ")}`);
    if (arch) lines.push(`  ${arch}`);
    for (const f of facts) lines.push(`  ${f}`);
  }
  return lines.join("\n");
}

function main(argv: string[]): number {
  const dir = argv.find((a) => !a.startsWith("--"));
  if (!dir) {
    process.stderr.write("usage: npm run eval:roles -- DIR [--json] [--details]\n");
    return 2;
  }
  let result: ReturnType<typeof evaluateFolder>;
  try {
    result = evaluateFolder(resolve(dir));
  } catch (error) {
    process.stderr.write(`eval-roles: ${error instanceof Error ? error.message : String(error)}\n`);
    return 2;
  }
  if (argv.includes("--json")) process.stdout.write(`${JSON.stringify(result.report, null, 2)}\n`);
  else {
    process.stdout.write(`${formatReport(result.report)}\n`);
    if (argv.includes("--details")) process.stdout.write(`${details(result.pairs)}\n`);
  }
  return 0;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === resolve(process.argv[1])) {
  process.exitCode = main(process.argv.slice(2));
}
