/**
 * Plain-text views of rankings and explanations for the terminal. No colour codes, so the
 * output reads the same in a pipe, a log or a screen reader.
 */

import type { Explanation } from "../core/decision/explain.js";
import type { DecisionModel } from "../core/decision/model.js";
import type { Ranking } from "../core/decision/rank.js";
import type { Robustness } from "../core/decision/robustness.js";
import { shareText } from "../core/decision/share-text.js";
import { GLOSSARY } from "../core/glossary.js";
import { ties } from "../core/mcda/rank.js";
import type { Rating } from "../core/model/option.js";

const BAR_WIDTH = 30;

export function bar(fraction: number, width = BAR_WIDTH): string {
  const cells = Math.max(0, Math.min(1, fraction)) * width;
  const full = Math.floor(cells);
  const half = cells - full >= 0.5 ? "▌" : "";
  return "█".repeat(full) + half;
}

export function formatRating(rating: Rating): string {
  if (rating === null) return "?";
  if (typeof rating === "number") return formatNumber(rating);
  return `${formatNumber(rating[0])}–${formatNumber(rating[1])}`;
}

export function formatNumber(x: number): string {
  if (Number.isInteger(x)) return x.toLocaleString("en-US");
  return Math.abs(x) >= 100 ? Math.round(x).toLocaleString("en-US") : x.toFixed(2);
}

const METHOD_NAMES: Record<string, string> = {
  wsm: "Weighted sum",
  topsis: "TOPSIS (vector normalisation)",
  promethee2: "PROMETHEE II (usual preference functions)",
  vikor: "VIKOR (v = 0.5)",
  smaa2: "SMAA-2 first-rank acceptability",
};

/**
 * The ranking as text.
 * @param labels how to name options by id (`optionLabels`: titles, the id added only where
 *   titles collide); the options left out are named by these, else by id
 */
export function renderRanking(
  ranking: Ranking,
  robust: Robustness | null = null,
  labels: ReadonlyMap<string, string> = new Map(),
): string {
  const lines: string[] = [ranking.question, ""];
  // Criteria by name here and in the weight ranges below; the per-option lines keep the ids,
  // which are the keys of an option's `ratings`.
  const weights = ranking.criteria
    .map((c) => `${c.name} ${(c.weight * 100).toFixed(0)}%`)
    .join(" · ");
  const criterionName = (id: string) => ranking.criteria.find((c) => c.id === id)?.name ?? id;
  lines.push(
    `${METHOD_NAMES[ranking.method] ?? ranking.method} over ${ranking.criteria.length} criteria: ${weights}`,
  );
  if (ranking.method !== "wsm") {
    lines.push(
      `Ranked by ${ranking.scoreName ?? "score"}; the bar and contributions are the weighted sum's.`,
    );
  }
  lines.push("");
  const titleWidth = Math.min(44, Math.max(...ranking.alternatives.map((a) => a.title.length), 10));
  for (const alt of ranking.alternatives) {
    const title =
      alt.title.length > titleWidth ? `${alt.title.slice(0, titleWidth - 1)}…` : alt.title;
    const range =
      alt.scoreRange[1] - alt.scoreRange[0] > 1e-9
        ? `  (could be ${alt.scoreRange[0].toFixed(2)}–${alt.scoreRange[1].toFixed(2)})`
        : "";
    const methodScore = alt.methodScore;
    const shown =
      methodScore !== undefined ? `${methodScore.toFixed(3)} ${ranking.scoreName ?? ""}  ` : "";
    lines.push(
      `${String(alt.rank).padStart(2)}. ${title.padEnd(titleWidth)}  ${shown}${alt.score.toFixed(3)}  ${bar(alt.score)}${range}`,
    );
    const r = robust?.alternatives.find((x) => x.id === alt.id);
    if (r?.screenedOut) {
      lines.push("    fails a must-have: ranked after the others in every simulation");
    } else if (r) {
      const confidence = r.confidence === null ? "—" : shareText(r.confidence);
      lines.push(
        `    ${GLOSSARY.firstRankAcceptability.label} ${shareText(r.firstRankAcceptability)} (of ${robust?.samples.toLocaleString("en-US")} simulations) · ${GLOSSARY.confidenceFactor.label} ${confidence}`,
      );
    }
    const parts = alt.contributions
      .map((c) => `${c.criterion} ${formatRating(c.rating)}→${c.contribution.toFixed(3)}`)
      .join(" · ");
    lines.push(`    ${alt.id} [${alt.status}]: ${parts}`);
    if (alt.missing.length > 0) lines.push(`    ! not rated yet: ${alt.missing.join(", ")}`);
    if (alt.uncertain.length > 0) lines.push(`    ~ unsure about: ${alt.uncertain.join(", ")}`);
    for (const check of alt.mustHaves) {
      if (check.outcome === "fail")
        lines.push(`    ✗ fails must-have: ${check.label} (${check.reason})`);
      if (check.outcome === "unknown")
        lines.push(`    ? must-have not known: ${check.label} (${check.reason})`);
    }
  }
  if (ranking.alternatives.length === 0) {
    lines.push("No options yet: add one with `bearing option add <title>`.");
  }
  if (robust && robust.alternatives.length > 0) {
    lines.push(
      "",
      `Robustness (SMAA-2, ${robust.samples} samples, seed ${robust.seed}): unsure ratings vary within their ranges, missing ones over the whole scale, ${robust.weightModel}.`,
    );
    const fragile = robust.stability
      .filter((s) => s.top.high - s.top.low < 1)
      .map(
        (s) =>
          `${criterionName(s.criterion)} ${pct(s.top.low)}–${pct(s.top.high)} (now ${pct(s.weight)})`,
      );
    if (fragile.length > 0)
      lines.push(
        `The top option stays first while each weight stays within: ${fragile.join(" · ")}`,
      );
  }
  if (ranking.excluded.length > 0) {
    lines.push(
      "",
      `Not ranked (declined or withdrawn): ${ranking.excluded.map((id) => labels.get(id) ?? id).join(", ")}; --all includes them.`,
    );
  }
  return `${lines.join("\n")}\n`;
}

function pct(x: number): string {
  return `${(x * 100).toFixed(0)}%`;
}

/**
 * `bearing explain`'s text. Options are named by `labels` (`optionLabels`: titles, the id added
 * only where titles collide), criteria by name; the one suggested rating change also gives the
 * option's id, since `bearing option set` takes it. Falls back to ids for options `labels`
 * does not know.
 */
export function renderExplanation(
  explanation: Explanation,
  model: DecisionModel,
  labels: ReadonlyMap<string, string> = new Map(),
): string {
  const { scoreA, scoreB } = explanation;
  const name = (id: string) => labels.get(id) ?? id;
  const a = name(explanation.a);
  const b = name(explanation.b);
  const leaderId = explanation.leader;
  const trailerId = leaderId === explanation.a ? explanation.b : explanation.a;
  const leader = name(leaderId);
  const trailer = name(trailerId);
  const gap = Math.abs(scoreA - scoreB);
  const lines: string[] = [];
  if (explanation.decidedBy === "mustHaves") {
    const failing = leaderId === explanation.a ? explanation.screen.b : explanation.screen.a;
    lines.push(
      `${leader} ranks above ${trailer}: ${trailer} fails ${failing.failed.length === 1 ? "a must-have" : `${failing.failed.length} must-haves`}, and an option that fails one ranks after every option that passes them, whatever its score.`,
    );
    for (const check of failing.failed) lines.push(`  ✗ ${check.label}: ${check.reason}`);
    if (leaderId !== explanation.a)
      lines.push(`(You asked why ${a} ranks above ${b}: it does not.)`);
    lines.push(
      "",
      `By score alone, ${scoreA >= scoreB ? a : b} (${Math.max(scoreA, scoreB).toFixed(3)}) would lead ${scoreA >= scoreB ? b : a} (${Math.min(scoreA, scoreB).toFixed(3)}).`,
      "",
      `What would swap them: ${trailer} meeting ${failing.failed.length === 1 ? "that must-have" : "those must-haves"} (a change of weights cannot).`,
    );
    return `${lines.join("\n")}\n`;
  }
  const screened = !explanation.screen.a.passes;
  const tied = ties(scoreA, scoreB);
  lines.push(
    tied
      ? `${a} and ${b} tie at ${scoreA.toFixed(3)}.`
      : `${leader} (${Math.max(scoreA, scoreB).toFixed(3)}) ranks above ${trailer} (${Math.min(scoreA, scoreB).toFixed(3)}) by ${gap.toFixed(3)}.`,
  );
  if (leaderId !== explanation.a && !tied)
    lines.push(`(You asked why ${a} ranks above ${b}: it does not.)`);
  if (screened) {
    lines.push(
      "Both fail a must-have, so both rank after the options that pass; between them the score decides.",
    );
  }
  lines.push("", `Criterion by criterion (weight × value difference, + favours ${a}):`);
  const nameWidth = Math.max(0, ...explanation.criteria.map((c) => c.name.length));
  for (const c of explanation.criteria) {
    const sign = c.difference >= 0 ? "+" : "-";
    lines.push(
      `  ${sign} ${c.name.padEnd(nameWidth)}  ${sign}${Math.abs(c.difference).toFixed(3)}   (values ${c.valueA.toFixed(2)} vs ${c.valueB.toFixed(2)}, weight ${(c.weight * 100).toFixed(0)}%)`,
    );
  }
  if (tied) {
    lines.push(
      "",
      "They tie, so there is no order to swap: any change that favours one puts it ahead.",
    );
    return `${lines.join("\n")}\n`;
  }
  lines.push("", "What would swap them:");
  const weightFlip = explanation.weightFlips[0];
  if (weightFlip) {
    const direction = weightFlip.to > weightFlip.from ? "above" : "below";
    lines.push(
      `  - the weight of "${weightFlip.name}" from ${(weightFlip.from * 100).toFixed(1)}% to ${direction} ${(weightFlip.to * 100).toFixed(1)}% (others rescaled)`,
    );
  } else lines.push("  - no change of a single weight swaps them");
  const ratingFlip = explanation.ratingFlips[0];
  if (ratingFlip) {
    const criterion = model.criteria.find((c) => c.id === ratingFlip.criterion);
    const unit = criterion?.unit ? ` ${criterion.unit}` : "";
    const raise = ratingFlip.alternative === trailerId;
    const better = criterion?.direction === "min" ? !raise : raise;
    lines.push(
      `  - the rating of ${withId(ratingFlip.alternative, labels)} on "${ratingFlip.name}" from ${formatRating(ratingFlip.from)} to ${better ? "above" : "below"} ${formatNumber(ratingFlip.to)}${unit}`,
    );
  } else lines.push("  - no change of a single rating swaps them");
  return `${lines.join("\n")}\n`;
}

/** An option's label with its id in brackets (once: a colliding title's label already has it). */
function withId(id: string, labels: ReadonlyMap<string, string>): string {
  const label = labels.get(id);
  if (label === undefined || label === id) return id;
  return label.endsWith(`[${id}]`) ? label : `${label} [${id}]`;
}
