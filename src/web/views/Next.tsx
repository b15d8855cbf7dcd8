import { useMemo } from "react";
import { type NextSteps, nextSteps } from "../../core/decision/next.js";
import { robustnessWithDraws } from "../../core/decision/robustness.js";
import { GLOSSARY } from "../../core/glossary.js";
import { percent, showRating } from "../format.js";
import type { StoreState } from "../store.js";

/** How many unknowns to list before summing up the rest (as `bearing next`). */
const SHOWN = 8;

/**
 * The answer so far (`bearing next` on the page): the verdict with why, whether the ranking
 * methods agree, what to find out first (expected value of perfect information and the chance
 * the answer changes) with the question to ask, and the deadlines. Computed with the core's
 * `nextSteps` from the robustness simulation's draws, on this thread, once per model.
 */
export function Next({ state, today }: { state: StoreState; today: string }) {
  const { profile, derived, view } = state;
  const steps = useMemo((): NextSteps | string | null => {
    if (!profile || !derived || !view) return null;
    try {
      const { robustness, draws } = robustnessWithDraws(derived.model, profile);
      const postings = new Set(view.options.filter((o) => o.roleAnalysis).map((o) => o.id));
      return nextSteps({
        profile,
        model: derived.model,
        ranking: derived.ranking,
        robustness,
        draws,
        postings,
        today,
      });
    } catch (error) {
      return (error as Error).message;
    }
  }, [profile, derived, view, today]);
  if (!derived) return null;
  if (typeof steps === "string") return <p className="notice">No answer yet: {steps}</p>;
  if (!steps) return null;
  const model = derived.model;
  const title = (id: string) => model.alternatives.find((a) => a.id === id)?.title ?? id;
  const useful = steps.findOutFirst.filter((f) => f.changeProbability > 0);
  return (
    <section aria-labelledby="next-title" data-testid="next" data-verdict={steps.verdict.kind}>
      <h2 id="next-title">The answer so far: {steps.verdict.kind}</h2>
      <p>{steps.verdict.text}</p>
      <p className="muted">
        {steps.methods.agree && steps.methods.wsm
          ? `The four ranking methods agree: ${title(steps.methods.wsm)} comes first by each.`
          : `First by the weighted sum: ${title(steps.methods.wsm ?? "")}; TOPSIS: ${title(steps.methods.topsis ?? "")}; PROMETHEE II: ${title(steps.methods.promethee2 ?? "")}; VIKOR: ${title(steps.methods.vikor ?? "")}.`}
      </p>
      <h3>What to find out first</h3>
      {steps.findOutFirst.length === 0 ? (
        <p>Nothing: every option in play has a firm rating on every criterion.</p>
      ) : useful.length === 0 ? (
        <p>None of the unknown or unsure ratings can change which option comes first.</p>
      ) : (
        <ol className="find-out" data-testid="find-out-first">
          {useful.slice(0, SHOWN).map((f) => {
            const alternative = model.alternatives.find((a) => a.id === f.option);
            const j = model.criteria.findIndex((c) => c.id === f.criterion);
            const rating = alternative?.ratings[j] ?? null;
            return (
              <li key={`${f.option}-${f.criterion}`}>
                <strong>{title(f.option)}</strong>: {model.criteria[j]?.name ?? f.criterion} (
                {rating === null ? "not rated" : `unsure: ${showRating(rating)}`})
                <div className="muted small">
                  {GLOSSARY.changeProbability.label} {percent(f.changeProbability)} ·{" "}
                  {GLOSSARY.evpi.label} {f.evpi.toFixed(4)} on the 0–1 score
                </div>
                <div>
                  {f.ask ? `Ask ${f.ask}: ` : "Ask: "}
                  {f.question}
                </div>
              </li>
            );
          })}
        </ol>
      )}
      {useful.length > SHOWN && <p>… and {useful.length - SHOWN} more that could matter.</p>}
      {steps.deadlines.length > 0 && (
        <>
          <h3>Deadlines</h3>
          <ul>
            {steps.deadlines.map((d) => (
              <li key={d.option}>
                {d.decideBy} {title(d.option)}:{" "}
                {d.daysLeft < 0
                  ? `${-d.daysLeft} days ago`
                  : d.daysLeft === 0
                    ? "today"
                    : `${d.daysLeft} days left`}
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
