/**
 * What the judgements and trade-off answers decide, for the page: the core's
 * `judgementRelations` and `judgementEffects` (the CLI's `rank` block) on the model the page
 * holds. Computed once per model and shared by the views that show it (the Overview's short
 * form beside the ranking, the Trade-off questions view's full one): with ten judgements it
 * costs a few hundred milliseconds, and switching views should not pay it again.
 */
import { type JudgementsReport, judgementEffects } from "../core/decision/judgement-effects.js";
import { judgementRelations } from "../core/decision/judgements.js";
import type { DecisionModel } from "../core/decision/model.js";
import type { Profile } from "../core/model/profile.js";

const reports = new WeakMap<DecisionModel, JudgementsReport | null>();

/**
 * The report for `model` (built from `profile`), or null when the profile states no
 * judgements or trade-off answers and does not weigh by them, or when they conflict (the
 * problems banner says which).
 */
export function judgementsReport(profile: Profile, model: DecisionModel): JudgementsReport | null {
  if (reports.has(model)) return reports.get(model) ?? null;
  let report: JudgementsReport | null = null;
  try {
    const relations = judgementRelations(profile, model);
    if (relations) {
      report = judgementEffects(profile, model, relations) ?? {
        ...relations,
        effects: [],
        agreeingWeights: null,
      };
    }
  } catch {
    report = null;
  }
  reports.set(model, report);
  return report;
}
