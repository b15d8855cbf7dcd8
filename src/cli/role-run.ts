/**
 * The `bearing role` shell: reads one posting (a file or standard input), hands its text to
 * the pure analyser and prints JSON (the contract of shared/spec/contracts.md) or a readable
 * report. A missing, empty, binary or non-UTF-8 input is bad input (exit 2) naming the file.
 */
import { BearingError } from "../core/errors.js";
import {
  describeCompensation,
  describeFact,
  describeReadsAs,
  FACT_LABELS,
} from "../core/roles/describe.js";
import { dutyQuote } from "../core/roles/duty-quote.js";
import { analyzeRole, type RoleAnalysis } from "../core/roles/index.js";
import { quoted } from "../core/roles/quote.js";
import { ARCHETYPE_LABELS, RESPONSIBILITY_LABELS, type RoleFacts } from "../core/taxonomy.js";
import { splitFrontMatter } from "../workspace/frontmatter.js";
import { documentValue, parseYaml } from "../workspace/parse.js";
import { readTextInput } from "./read-input.js";
import { bar } from "./render.js";
import { printJson } from "./report.js";

/** Postings are a few kilobytes; anything far larger is not one. */
const MAX_BYTES = 2_000_000;

/** Reads a posting as UTF-8 text, or throws a `BearingError` of kind input naming it. */
export function readPosting(file: string): string {
  const name = file === "-" ? "standard input" : file;
  const text = readTextInput(file, {
    what: "a job description",
    hint: "paste the posting into a .md or .txt file",
    maxBytes: MAX_BYTES,
  });
  if (text.trim() === "") {
    throw BearingError.input({
      code: "invalid_value",
      file: name,
      message: "is empty",
      hint: "give the text of a job posting",
    });
  }
  return text;
}

export async function runRole(file: string, options: { json?: boolean }): Promise<void> {
  const { text, title } = withoutFrontMatter(readPosting(file));
  const analysis = analyzeRole(text, title ? { title } : {});
  if (options.json) printJson(analysis);
  else process.stdout.write(renderRole(analysis));
}

/**
 * A posting kept in an option file (`options/<slug>.md`) read as the workspace reads it: its YAML
 * front matter is no part of the posting, and its `title` names the role when the body's first
 * line names none. The front matter is blanked, newlines kept, so that every offset the analysis
 * gives is still an offset into the file.
 */
export function withoutFrontMatter(file: string): { text: string; title?: string } {
  const split = splitFrontMatter(file);
  if (!split) return { text: file };
  const head = file.length - split.body.length;
  const text = file.slice(0, head).replace(/[^\r\n]/g, " ") + split.body;
  // Read as the workspace reads front matter (its limits on size and aliases); front matter that
  // does not read names no title, and the workspace commands report why.
  const { parsed, issues } = parseYaml("", split.yaml, split.lineOffset, "frontmatter_syntax");
  if (issues.length > 0) return { text };
  const data = documentValue("", parsed).value;
  const title = (data as { title?: unknown } | null | undefined)?.title;
  return typeof title === "string" && title.trim() !== "" ? { text, title } : { text };
}

/**
 * The readable report: archetype and title, responsibilities as bars with evidence, facts each
 * with a short quote of the sentence it was read from.
 */
export function renderRole(a: RoleAnalysis): string {
  const out: string[] = [];
  out.push(a.title || "(untitled posting)", "");
  const runnerUp = a.archetype.ranked[0];
  out.push(
    a.readsAs && a.readsAs.length > 1
      ? `What it is:   reads as ${describeReadsAs(a.archetype, a.readsAs)}`
      : `What it is:   ${ARCHETYPE_LABELS[a.archetype.id]} (${a.archetype.id}), ${pct(a.archetype.confidence)}` +
          (runnerUp ? `; runner-up ${ARCHETYPE_LABELS[runnerUp.id]} ${pct(runnerUp.score)}` : ""),
  );
  const nominal = a.nominalArchetype
    ? `${ARCHETYPE_LABELS[a.nominalArchetype]} (${a.nominalArchetype})`
    : "no known role";
  out.push(`Title says:   ${nominal}`);
  if (a.titleMismatch)
    out.push(`Mismatch:     ${a.mismatchReason ?? "the role is not what its title says"}`);
  out.push("", "Responsibilities");
  if (a.responsibilities.length === 0) out.push("  (none found)");
  for (const r of a.responsibilities) {
    out.push(
      `  ${RESPONSIBILITY_LABELS[r.id].padEnd(24)} ${bar(r.score, 20).padEnd(20)} ${r.score.toFixed(2)}`,
    );
    // A long sentence is cut around the words that state the duty.
    for (const e of r.evidence.slice(0, 2)) out.push(`      "${dutyQuote(e, r.id)}"`);
  }
  // Each stated fact with the words it was read from, on the line below.
  const line = (field: keyof RoleFacts) => {
    const text = `  ${`${FACT_LABELS[field]}:`.padEnd(15)}${describeFact(field, a.facts[field])}`;
    const e = a.factEvidence?.[field];
    return e ? `${text}\n${" ".repeat(17)}${quoted(e)}` : text;
  };
  out.push("", "Facts", line("reportsTo"), line("teamSize"), line("handsOn"), line("compensation"));
  if (a.ote) {
    out.push(`  OTE:           ${describeCompensation(a.ote)} (on-target earnings, not base)`);
  }
  out.push(line("workMode"), line("stage"));
  if (a.warnings.length > 0) out.push("", "Warnings", ...a.warnings.map((w) => `  - ${w}`));
  return `${out.join("\n")}\n`;
}

function pct(x: number): string {
  return `${Math.round(x * 100)}%`;
}
