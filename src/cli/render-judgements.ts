/**
 * The judgements block of `bearing rank` and `bearing explain`: the judgements and trade-off
 * answers in force, the necessary and possible relations (UTA-GMS) between the options as a
 * small table, what each statement does to the result, and the nearest weights that agree with
 * them when the stated ones do not (`core/decision/judgement-effects.ts`).
 */
import type { JudgementsReport } from "../core/decision/judgement-effects.js";
import type { JudgementRelations } from "../core/decision/judgements.js";
import type { DecisionModel } from "../core/decision/model.js";
import type { Profile } from "../core/model/profile.js";

/**
 * Cell (row a, column b): `≥` when a is at least as good as b under every weighting that agrees
 * with the judgements, `?` when under some but not all, `<` when under none.
 * @param labels how the sentences name options by id (`optionLabels`: titles, the id in
 *   brackets only where two titles are the same); the table's rows keep the ids, the names
 *   `bearing prefer` takes.
 */
export function renderJudgements(
  profile: Profile,
  relations: JudgementRelations | JudgementsReport,
  model: DecisionModel,
  labels: ReadonlyMap<string, string>,
): string {
  const name = (id: string) => labels.get(id) ?? id;
  const lines: string[] = ["", "Your choices between options"];
  if (profile.judgements.length === 0 && profile.tradeoffs.length === 0) {
    lines.push("  none yet: `bearing prefer A B` says you would rather have A than B");
  }
  for (const j of profile.judgements)
    lines.push(`  you prefer ${name(j.prefer)} over ${name(j.over)}`);
  if (profile.tradeoffs.length > 0) {
    lines.push(`  and ${profile.tradeoffs.length} trade-off answer(s) from \`bearing weigh\``);
  }
  const ids = model.alternatives.map((a) => a.id);
  if (ids.length >= 2) lines.push(...relationTable(ids, relations));
  if ("effects" in relations) lines.push(...renderEffects(relations));
  return `${lines.join("\n")}\n`;
}

function relationTable(ids: string[], relations: JudgementRelations): string[] {
  const necessary = new Set(relations.necessary.map(([a, b]) => `${a}\u0000${b}`));
  const possible = new Set(relations.possible.map(([a, b]) => `${a}\u0000${b}`));
  const lines = [
    "",
    "Under every weighting that agrees with them (≥ always at least as good, ? depends on the weights, < never):",
  ];
  const width = Math.max(...ids.map((id) => id.length));
  lines.push(`  ${"".padEnd(width)}  ${ids.map((_, k) => String(k + 1).padStart(2)).join(" ")}`);
  ids.forEach((a, i) => {
    const cells = ids.map((b) => {
      if (a === b) return " ·";
      const key = `${a}\u0000${b}`;
      return necessary.has(key) ? " ≥" : possible.has(key) ? " ?" : " <";
    });
    lines.push(`  ${a.padEnd(width)}  ${cells.join(" ")}   (${i + 1})`);
  });
  return lines;
}

function renderEffects(report: JudgementsReport): string[] {
  const lines: string[] = [];
  if (report.effects.length > 0) {
    lines.push("", "What each choice does");
    for (const effect of report.effects) {
      const where = `${effect.path[0]}[${effect.path[1]}]`;
      lines.push(`  ${where}: ${capitalise(effect.text)}.`);
    }
  }
  if (report.agreeingWeights) {
    lines.push("", `Your weights and your choices: ${report.agreeingWeights.text}.`);
  }
  return lines;
}

const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
