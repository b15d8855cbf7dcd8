/**
 * Scores the probe sets of data/probes, every round (texts of our own in the wordings new users
 * paste; round 1 at the top, round 2 in data/probes/round-2), with the shipped analysers:
 *
 *   npm run eval:probes [-- --dir DIR] [--errors]
 *
 * `--dir` scores another folder laid out the same way (a fresh probe set, written blind, is an
 * estimate of what a new user sees; data/probes itself is not). `--errors` lists each text read
 * otherwise than expected: set, id, field, expected → read.
 *
 * A regression check for wordings the labelled corpus lacks, not a held-out estimate (see
 * data/probes/README.md); the honest estimates are `npm run eval:roles -- --cv` and
 * `npm run eval:reflect -- --cv`.
 */
import { relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import type { Counts } from "../src/core/classification-scores.js";
import { PROBE_ROUNDS, scoreProbes, type Tally } from "./learn/probes.js";

const c = (x: Tally) => `${x.right} of ${x.total}`;
const f = (x: Counts) => `${x.f1.toFixed(3)} (tp ${x.tp}, fp ${x.fp}, fn ${x.fn})`;

export function main(argv: readonly string[] = process.argv.slice(2)): number {
  const at = argv.indexOf("--dir");
  const dir = at >= 0 ? argv[at + 1] : undefined;
  if (at >= 0 && !dir) {
    console.error("eval:probes: --dir needs a folder, e.g. --dir /tmp/fresh-probes");
    return 2;
  }
  const dirs = dir ? [resolve(dir)] : PROBE_ROUNDS;
  const out: string[] = [];
  for (const d of dirs) out.push(...report(d, argv.includes("--errors")));
  console.log(out.join("\n"));
  return 0;
}

function report(dir: string, errors: boolean): string[] {
  const s = scoreProbes(dir);
  const lines = [
    `probe sets (${relative(process.cwd(), dir) || dir}), read by the shipped analysers:`,
    `  hands-on level              ${c(s.handsOn)}`,
    `  company stage               ${c(s.stage)}`,
    `  responsibilities micro-F1   ${f(s.responsibilities)}`,
    `  archetype                   ${c(s.archetype.archetype)}; mismatch recall ${c(s.archetype.mismatchRecall)}, false alarms ${c(s.archetype.falseAlarms)}`,
    ...(["reportsTo", "teamSize", "workMode"] as const).map(
      (k) =>
        `  ${k.padEnd(28)}${c(s.facts[k].stated)} where stated; invented in ${c(s.facts[k].invented)} where not`,
    ),
    `  chosen step                 ${c(s.posts.chosen)}`,
    `  considered steps micro-F1   ${f(s.posts.considered)}`,
    `  values micro-F1             ${f(s.posts.values)}`,
  ];
  if (errors)
    lines.push(
      "",
      "read otherwise than expected (set id field: expected -> read):",
      ...s.errors.map((e) => `  ${e.set} ${e.id} ${e.field}: ${e.expected} -> ${e.read}`),
    );
  return [...lines, ""];
}

if (process.argv[1] && fileURLToPath(import.meta.url) === resolve(process.argv[1])) {
  process.exitCode = main();
}
