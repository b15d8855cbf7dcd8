import { analyseReflection, type Reflection } from "../core/reflect/analyse.js";
import { valueQuote } from "../core/reflect/value-quote.js";
import { PATHS, type PathId, VALUES } from "../core/taxonomy.js";
import { readTextInput } from "./read-input.js";
import { printJson } from "./report.js";
import { vectorsForShippedModel } from "./word-vectors.js";

export interface ReflectOutput extends Reflection {
  file: string;
}

/** Reads a file as UTF-8 text, or throws a `BearingError` of kind input naming it. */
export function readTextFile(file: string): string {
  return readTextInput(file, { what: "a post", hint: "give a Markdown post or a plain-text file" });
}

export async function runReflect(
  files: readonly string[],
  options: { json?: boolean; write?: string; dryRun?: boolean },
): Promise<void> {
  const texts = files.map((file) => readTextFile(file));
  const vectors = vectorsForShippedModel();
  const results: ReflectOutput[] = files.map((file, i) => ({
    file,
    ...analyseReflection(texts[i] ?? "", { fileName: file, vectors }),
  }));
  if (options.write !== undefined) {
    await writeDraft(results, options.write, options);
    return;
  }
  if (options.json) {
    printJson(results);
    return;
  }
  process.stdout.write(results.map(renderReflection).join("\n"));
}

/** A readable summary of one analysis for the terminal. */
export function renderReflection(r: ReflectOutput): string {
  const lines: string[] = [];
  const heading = [r.title ?? "(untitled)", r.date].filter(Boolean).join(" · ");
  lines.push(`${r.file}: ${heading}`, "");
  lines.push("Values");
  if (r.values.length === 0) {
    // Say what the post came nearest to, and how a value is read more surely.
    const near = (r.nearestValues ?? [])
      .map((v) => `${VALUES[v.id].label} ${v.score.toFixed(2)}`)
      .join(", ");
    if (near === "") lines.push("  (none found)");
    else
      lines.push(
        `  (none read surely; nearest: ${near})`,
        `  Reasons said as reasons ("I left because ...", "what I want next is ...") are read more surely.`,
      );
  }
  for (const v of r.values) {
    lines.push(
      `  ${VALUES[v.id].label.padEnd(18)} ${v.score.toFixed(2)}  “${valueQuote(v.evidence[0] ?? "", v.id)}”`,
    );
  }
  lines.push("", "Criteria, in the order stated");
  // Say how a list is read, so that a user who has criteria knows how to state them.
  if (r.criteria.length === 0)
    lines.push("  (none: a list after “my criteria:” or under “What I look for” is read as one)");
  r.criteria.forEach((c, i) => {
    lines.push(`  ${i + 1}. ${c.name}${c.values.length > 0 ? ` → ${c.values.join(", ")}` : ""}`);
  });
  lines.push("", "Paths");
  // Paths by their label ("Individual contributor", not "ic"); --json keeps the ids.
  const path = (id: string) => PATHS[id as PathId]?.label ?? id;
  lines.push(`  considered: ${r.paths.considered.map(path).join(", ") || "(none named)"}`);
  lines.push(`  chosen:     ${path(r.paths.chosen)}`);
  if (r.paths.evidence) lines.push(`              “${oneLine(r.paths.evidence)}”`);
  if (r.goals.length > 0) {
    lines.push("", "Goals");
    for (const g of r.goals) lines.push(`  “${oneLine(g)}”`);
  }
  return `${lines.join("\n")}\n`;
}

/** `text` on one line, cut to `max` characters with "…". */
function oneLine(text: string, max = 100): string {
  const flat = text.replace(/\s+/g, " ").trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}

/** `--write DIR`: shows what the draft adds to the workspace's bearing.yaml, then writes it. */
async function writeDraft(
  results: readonly ReflectOutput[],
  dir: string,
  options: { json?: boolean; dryRun?: boolean },
): Promise<void> {
  const [{ draftProfile }, { mergeDraft }, { FsStorage }] = await Promise.all([
    import("../core/reflect/profile.js"),
    import("../workspace/draft-merge.js"),
    import("../workspace/fs-storage.js"),
  ]);
  const draft = draftProfile(results);
  const plan = await mergeDraft(new FsStorage(dir), draft, { dryRun: options.dryRun });
  if (options.json) {
    printJson({
      workspace: dir,
      written: !options.dryRun,
      addedValues: plan.addedValues,
      addedCriteria: plan.addedCriteria,
      merged: plan.merged,
      kept: plan.kept,
    });
    return;
  }
  const lines = [`${options.dryRun ? "Would add" : "Added"} to ${dir}/bearing.yaml:`];
  // A value's note is its evidence, each sentence already in quotes.
  for (const v of plan.addedValues) lines.push(`  + value ${v.id}: ${oneLine(v.note)}`);
  for (const c of plan.addedCriteria) {
    const input = c.input ? `${c.input.field} ${c.input.value}, ` : "";
    lines.push(
      `  + criterion ${c.id} "${c.name}": ${input}${Math.round(c.weight * 100)}% of the weight (${c.values.join(", ") || "no value ids"})`,
    );
  }
  for (const m of plan.merged) {
    lines.push(`  = "${m.name}" is already criterion ${m.into} (${m.reason}): not added`);
  }
  if (plan.addedValues.length === 0 && plan.addedCriteria.length === 0) lines.push("  nothing new");
  if (plan.kept.length > 0) lines.push(`Left as you set them: ${plan.kept.join(", ")}`);
  process.stdout.write(`${lines.join("\n")}\n`);
}
