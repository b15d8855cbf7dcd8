/**
 * The group view in `rank` and `next`: with reviewers' feedback in `feedback/`, each
 * stakeholder's ranking, the group weights, the group's chance of first place for each option,
 * where they disagree most, and the comments (`core/share/group.ts`).
 */
import type { DecisionModel } from "../core/decision/model.js";
import type { DecisionOption } from "../core/model/option.js";
import type { Profile } from "../core/model/profile.js";
import { type GroupView, groupView } from "../core/share/group.js";
import { loadFeedback } from "../workspace/feedback.js";
import type { Storage } from "../workspace/storage.js";

/** The group view, or null without feedback. @throws BearingError on a bad feedback file. */
export async function readGroup(
  storage: Storage,
  profile: Profile,
  options: readonly DecisionOption[],
  model: DecisionModel,
): Promise<GroupView | null> {
  const feedback = await loadFeedback(storage, profile, options);
  return feedback.length > 0 ? groupView(profile, model, feedback) : null;
}

/** The contract's `stakeholders` and `group` for `rank --json` (plus where they disagree). */
export function groupJson(view: GroupView) {
  return {
    stakeholders: view.stakeholders.map(({ name, ranking, weights }) => ({
      name,
      ranking,
      weights,
    })),
    group: {
      weights: view.group.weights,
      firstRankAcceptability: view.group.firstRankAcceptability,
      ranking: view.group.ranking,
      criteriaDisagreement: view.criteriaDisagreement,
      optionsDisagreement: view.optionsDisagreement,
      comments: view.comments,
    },
  };
}

export function renderGroup(view: GroupView, model: DecisionModel): string {
  const title = (id: string) => model.alternatives.find((a) => a.id === id)?.title ?? id;
  const name = (id: string) => model.criteria.find((c) => c.id === id)?.name ?? id;
  const pct = (x: number) => `${Math.round(x * 100)}%`;
  const lines = ["", `With your reviewers (${view.stakeholders.length - 1} feedback file(s))`];
  for (const s of view.stakeholders)
    lines.push(`  ${s.name}: ${s.ranking.map((id, k) => `${k + 1}. ${title(id)}`).join("  ")}`);
  lines.push(
    `  Group weights (mean of everyone's): ${Object.entries(view.group.weights)
      .map(([id, w]) => `${name(id)} ${pct(w)}`)
      .join(", ")}`,
    `  Group ranking: ${view.group.ranking.map((id, k) => `${k + 1}. ${title(id)}`).join("  ")}`,
    `  First with any weights between yours and theirs: ${view.group.ranking
      .map((id) => `${title(id)} ${pct(view.group.firstRankAcceptability[id] ?? 0)}`)
      .join(", ")}`,
  );
  const criterion = view.criteriaDisagreement[0];
  if (criterion && criterion.spread > 0)
    lines.push(
      `  You disagree most on ${name(criterion.criterion)}: weights from ${pct(criterion.low)} to ${pct(criterion.high)}.`,
    );
  const option = view.optionsDisagreement[0];
  if (option && option.spread > 0)
    lines.push(`  And on ${title(option.option)}: ranked from ${option.best} to ${option.worst}.`);
  for (const alternative of model.alternatives) {
    for (const c of view.comments[alternative.id] ?? [])
      lines.push(`  ${alternative.title} — ${c.name}: ${c.text}`);
  }
  return `${lines.join("\n")}\n`;
}
