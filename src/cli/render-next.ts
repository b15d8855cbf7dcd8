/**
 * `bearing next` for people: the verdict, what to find out first with the questions, what the
 * postings leave unstated, and the deadlines, in the glossary's plain words.
 */

import type { DecisionModel } from "../core/decision/model.js";
import type { NextSteps, PostingQuestions } from "../core/decision/next.js";
import { shareText } from "../core/decision/share-text.js";
import { listing, methodsSentence } from "../core/decision/verdict.js";
import { GLOSSARY } from "../core/glossary.js";
import { formatRating } from "./render.js";

/** How many unknowns to list in full before summing up the rest. */
const SHOWN = 8;

export function renderNext(
  steps: NextSteps,
  model: DecisionModel,
  postings: readonly PostingQuestions[],
): string {
  const title = (id: string) => model.alternatives.find((a) => a.id === id)?.title ?? id;
  const lines: string[] = [`The answer so far: ${steps.verdict.kind}`, `  ${steps.verdict.text}`];
  const methods = methodsSentence(steps.methods, title);
  if (methods) lines.push(`  ${methods}`);

  lines.push("", "What to find out first");
  const useful = steps.findOutFirst.filter((f) => f.changeProbability > 0);
  const idle = steps.findOutFirst.filter((f) => f.changeProbability === 0);
  if (model.alternatives.length === 0) {
    lines.push("  Nothing yet: there are no options in play.");
  } else if (steps.findOutFirst.length === 0) {
    lines.push("  Nothing: every option in play has a firm rating on every criterion.");
  } else if (useful.length === 0) {
    lines.push("  None of the unknown or unsure ratings can change which option comes first.");
  }
  useful.slice(0, SHOWN).forEach((f, k) => {
    const alternative = model.alternatives.find((a) => a.id === f.option);
    const j = model.criteria.findIndex((c) => c.id === f.criterion);
    const criterion = model.criteria[j];
    const rating = alternative?.ratings[j] ?? null;
    const state = rating === null ? "not rated" : `unsure: ${formatRating(rating)}`;
    lines.push(
      `  ${k + 1}. ${title(f.option)}: ${criterion?.name ?? f.criterion} (${state})`,
      `     ${GLOSSARY.changeProbability.label} ${shareText(f.changeProbability)} · ${GLOSSARY.evpi.label} ${f.evpi.toFixed(4)} on the 0–1 score`,
      `     ${f.ask ? `Ask ${f.ask}: ` : "Ask: "}${f.question}`,
    );
  });
  if (useful.length > SHOWN) lines.push(`  … and ${useful.length - SHOWN} more that could matter.`);
  if (idle.length > 0) {
    // By option, in the order they first appear: "Seed CTO (Impact and Total pay); …".
    const byOption = new Map<string, string[]>();
    for (const f of idle) {
      const name = model.criteria.find((c) => c.id === f.criterion)?.name ?? f.criterion;
      byOption.set(f.option, [...(byOption.get(f.option) ?? []), name]);
    }
    const names = [...byOption].map(([id, criteria]) => `${title(id)} (${listing(criteria)})`);
    lines.push(`  Cannot change the winner: ${names.join("; ")}.`);
  }

  const shownOptions = new Set(useful.slice(0, SHOWN).map((f) => f.option));
  const other = postings.filter((p) => !shownOptions.has(p.option));
  if (other.length > 0) {
    lines.push("", "What the postings leave unstated");
    for (const p of other) {
      lines.push(
        `  ${title(p.option)}${p.ask ? ` (ask ${p.ask})` : ""}: ${p.gaps.map((g) => g.question).join(" ")}`,
      );
    }
  }

  lines.push("", "Deadlines");
  if (steps.deadlines.length === 0) lines.push("  None set (dates.decideBy in an option's file).");
  for (const d of steps.deadlines) {
    const left =
      d.daysLeft < 0
        ? `${-d.daysLeft} day${d.daysLeft === -1 ? "" : "s"} ago`
        : d.daysLeft === 0
          ? "today"
          : `${d.daysLeft} day${d.daysLeft === 1 ? "" : "s"} left`;
    lines.push(`  ${d.decideBy}  ${title(d.option)}: ${left}`);
  }
  return `${lines.join("\n")}\n`;
}
