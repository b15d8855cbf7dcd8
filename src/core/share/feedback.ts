/**
 * A reviewer's feedback (bearing's contract, "Sharing and feedback"): a name, a date, the
 * weights the reviewer would give each criterion (any non-negative numbers, normalised to sum
 * to 1; a criterion left out counts 0), and a comment per option. Kept as
 * `feedback/<slug>.yaml` in the workspace; written by the shared report, checked and added by
 * `bearing feedback import`.
 */
import { stringify } from "yaml";
import { z } from "zod";
import type { Issue } from "../errors.js";
import { isoDateSchema } from "../model/option.js";
import { finite, idSchema, type Profile } from "../model/profile.js";
import { unknownIdHint } from "../suggest.js";

export const FEEDBACK_DIR = "feedback";

export const feedbackSchema = z
  .object({
    name: z.string().trim().min(1, "give the reviewer's name"),
    date: isoDateSchema,
    weights: z.record(idSchema, finite().min(0)),
    comments: z.record(z.string(), z.string()).default({}),
    /**
     * The shared report the feedback answers (its fingerprint), so that comments on "Option A"
     * can be matched to the option it stood for when the report was written.
     */
    report: z.string().optional(),
  })
  .strict();
export type Feedback = z.infer<typeof feedbackSchema>;

/** The feedback file's text (YAML, fields in the contract's order). */
export function feedbackYaml(feedback: Feedback): string {
  const out: Record<string, unknown> = {
    name: feedback.name,
    date: feedback.date,
    weights: feedback.weights,
    comments: feedback.comments,
  };
  if (feedback.report !== undefined) out.report = feedback.report;
  return stringify(out, { lineWidth: 0 });
}

/**
 * Checks a feedback against the profile and the options: every weight names a criterion, the
 * weights do not all vanish, every comment names an option. Issues carry the field path; the
 * caller adds file and line.
 * @param optionIds the ids comments may use (the workspace's, or a shared report's letters).
 */
export function checkFeedback(
  feedback: Feedback,
  profile: Profile,
  optionIds: readonly string[],
): Issue[] {
  const issues: Issue[] = [];
  const criteria = profile.criteria.map((c) => c.id);
  for (const id of Object.keys(feedback.weights)) {
    if (!criteria.includes(id)) {
      issues.push({
        code: "unknown_id",
        message: `no criterion "${id}" in bearing.yaml`,
        path: ["weights", id],
        hint: unknownIdHint(id, criteria, "the criteria's ids"),
      });
    }
  }
  const total = Object.values(feedback.weights).reduce((sum, w) => sum + w, 0);
  if (issues.length === 0 && !(total > 0)) {
    issues.push({
      code: "out_of_range",
      message: "the weights add up to 0, so they say nothing about what matters",
      path: ["weights"],
      hint: "give at least one criterion a weight above 0",
    });
  }
  if (issues.length === 0 && !Number.isFinite(total)) {
    issues.push({
      code: "not_finite",
      message: "the weights add up to more than a number can hold",
      path: ["weights"],
      hint: "use smaller numbers (they are normalised: 30 and 20 mean the same as 3 and 2)",
    });
  }
  for (const id of Object.keys(feedback.comments)) {
    if (!optionIds.includes(id)) {
      issues.push({
        code: "unknown_id",
        message: `no option "${id}" to comment on`,
        path: ["comments", id],
        hint: unknownIdHint(id, optionIds, "comment on"),
      });
    }
  }
  return issues;
}

/**
 * The feedback's weights as a vector over the profile's criteria (in their order), normalised
 * to sum to 1; criteria the reviewer left out count 0.
 * @throws Error when they sum to 0 (checked first by {@link checkFeedback}).
 */
export function normalisedWeights(feedback: Pick<Feedback, "weights">, profile: Profile): number[] {
  const raw = profile.criteria.map((c) => feedback.weights[c.id] ?? 0);
  const total = raw.reduce((sum, w) => sum + w, 0);
  if (!(total > 0) || !Number.isFinite(total)) throw new Error("weights must sum to more than 0");
  return raw.map((w) => w / total);
}
