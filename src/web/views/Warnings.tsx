import { useMemo } from "react";
import type { DecisionModel } from "../../core/decision/model.js";
import { optionLabels } from "../../core/decision/option-list.js";
import { offScaleRatings } from "../../core/decision/scale-fit.js";
import { formatPath, type Issue } from "../../core/errors.js";
import type { WorkspaceView } from "../../server/workspace-view.js";
import { capitalise } from "../format.js";

/** One warning as the banner lists it: the option it is about (linked) or the file, and what to do. */
export interface WarningLine {
  key: string;
  /** The option's id when the warning is about one option; null for other files. */
  option: string | null;
  /** The option's label (title; id in brackets where titles collide), or the file. */
  where: string;
  /** Where in the file, when known: `line 12, ratings.pay`. */
  at: string;
  /** What bearing did, and the fix, in plain words. */
  text: string;
}

/**
 * Everything bearing read and accepted but wants you to look at, in the order the files were
 * read: the workspace's warnings (a rating in another money unit converted, a file skipped,
 * ...) and the ratings outside their criterion's scale (`core/decision/scale-fit.ts`, computed
 * from the model the page holds, as `bearing rank` prints them).
 */
export function warningLines(
  view: Pick<WorkspaceView, "issues" | "options">,
  model: DecisionModel | null | undefined,
): WarningLine[] {
  const byFile = new Map(view.options.map((o) => [o.file, o.id]));
  const labels = optionLabels(view.options);
  const lines: WarningLine[] = [];
  view.issues
    .filter((issue) => issue.severity === "warning")
    .forEach((issue: Issue, k) => {
      const option = issue.file ? (byFile.get(issue.file) ?? null) : null;
      const at = [
        issue.line !== undefined ? `line ${issue.line}` : "",
        issue.path && issue.path.length > 0 ? formatPath(issue.path) : "",
      ].filter((s) => s !== "");
      lines.push({
        key: `issue-${k}`,
        option,
        where: option ? (labels.get(option) ?? option) : (issue.file ?? "the workspace"),
        at: [option ? (issue.file ?? "") : "", ...at].filter((s) => s !== "").join(", "),
        text: sentence(issue.message, issue.hint),
      });
    });
  for (const found of model ? offScaleRatings(model) : []) {
    lines.push({
      key: `scale-${found.option}-${found.criterion}`,
      option: found.option,
      where: labels.get(found.option) ?? found.title,
      at: found.file,
      text: sentence(found.message, found.hint),
    });
  }
  return lines;
}

function sentence(message: string, hint: string | undefined): string {
  const text = capitalise(message);
  return hint ? `${text}. To fix it: ${hint}.` : `${text}.`;
}

/**
 * The banner of warnings, under the errors' one: a count in plain words, closed by default,
 * opening to a line per warning with a link to its option. Nothing when there are none.
 */
export function WarningsBanner({
  view,
  model,
}: {
  view: WorkspaceView | null;
  model: DecisionModel | null | undefined;
}) {
  const lines = useMemo(() => (view ? warningLines(view, model) : []), [view, model]);
  if (lines.length === 0) return null;
  const count = lines.length;
  return (
    <div className="message notice warnings" role="status" data-testid="warnings">
      <details>
        <summary data-testid="warnings-summary">
          {count === 1 ? "One thing to check" : `${count} things to check`}: bearing read{" "}
          {count === 1 ? "it" : "them"} and ranks as usual, but you may want to look.
        </summary>
        <ul className="warnings-list">
          {lines.map((line) => (
            <li key={line.key} data-testid="warning" data-option={line.option ?? undefined}>
              {line.option ? (
                <a href={`#/option/${line.option}`}>{line.where}</a>
              ) : (
                <strong>{line.where}</strong>
              )}
              {line.at && <span className="muted"> ({line.at})</span>}: {line.text}
            </li>
          ))}
        </ul>
      </details>
    </div>
  );
}
