import { useMemo } from "react";
import { nextSteps, postingQuestions } from "../../core/decision/next.js";
import { methodsSentence } from "../../core/decision/verdict.js";
import { GLOSSARY, gloss } from "../../core/glossary.js";
import { showRating } from "../format.js";
import type { RobustnessState } from "../smaa/dispatch.js";
import { share } from "../smaa/share.js";
import type { StoreState } from "../store.js";

/** How many unknowns the Overview lists before summing up the rest. */
const SHOWN = 5;

/** Today in the browser's time zone, YYYY-MM-DD. */
function today(): string {
  const now = new Date();
  const pad = (x: number) => String(x).padStart(2, "0");
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/**
 * The answer first: the verdict sentence, what to find out first (with the question to ask and
 * whom), what the postings leave unstated, and the deadlines. The same core assembly as
 * `bearing next`, from the robustness worker's results (`information` comes from its samples).
 */
export function Answer({ state, smaa }: { state: StoreState; smaa: RobustnessState }) {
  const profile = state.profile;
  const derived = state.derived;
  const options = state.view?.options;
  const steps = useMemo(() => {
    if (!profile || !derived || !options || !smaa.result || !smaa.information) return null;
    // The worker's answer may be for the previous inputs while a new one runs.
    const ids = derived.model.alternatives.map((a) => a.id).join("\n");
    if (smaa.result.alternatives.map((a) => a.id).join("\n") !== ids) return null;
    const postings = new Set(options.filter((o) => o.roleAnalysis).map((o) => o.id));
    return {
      next: nextSteps({
        profile,
        model: derived.model,
        ranking: derived.ranking,
        robustness: smaa.result,
        information: smaa.information,
        postings,
        today: today(),
      }),
      postings: postingQuestions({ profile, model: derived.model, postings }),
    };
  }, [profile, derived, options, smaa.result, smaa.information]);
  if (!derived) return null;
  const model = derived.model;
  const title = (id: string) => model.alternatives.find((a) => a.id === id)?.title ?? id;
  if (!steps) {
    return (
      <section className="answer" data-testid="answer" aria-label="The answer so far">
        <p className="verdict muted" data-testid="verdict">
          {smaa.status === "error"
            ? "The answer could not be worked out."
            : "Working out the answer…"}
        </p>
      </section>
    );
  }
  const { next } = steps;
  const useful = next.findOutFirst.filter((f) => f.changeProbability > 0);
  const idle = next.findOutFirst.length - useful.length;
  const shownOptions = new Set(useful.slice(0, SHOWN).map((f) => f.option));
  return (
    <section
      className="answer"
      data-testid="answer"
      aria-label="The answer so far"
      data-kind={next.verdict.kind}
    >
      <p className={`verdict ${next.verdict.kind}`} data-testid="verdict">
        <span className="kind" title={gloss("verdict")}>
          {KIND_LABELS[next.verdict.kind]}
        </span>{" "}
        {next.verdict.text}
      </p>
      <p className="muted small" title={gloss("methodsAgree")}>
        {methodsSentence(next.methods, title)}
      </p>
      <div className="answer-columns">
        <div>
          <h2>What to find out first</h2>
          {useful.length === 0 ? (
            <p className="muted" data-testid="find-out-first-none">
              {next.findOutFirst.length === 0
                ? "Every option in play has a firm rating on every criterion."
                : "None of the unknown or unsure ratings can change which option comes first."}
            </p>
          ) : (
            <ol className="find-out" data-testid="find-out-first">
              {useful.slice(0, SHOWN).map((f) => {
                const alternative = model.alternatives.find((a) => a.id === f.option);
                const j = model.criteria.findIndex((c) => c.id === f.criterion);
                const criterion = model.criteria[j];
                const rating = alternative?.ratings[j] ?? null;
                const cut = f.question.indexOf(" The posting does not say:");
                const asked = cut < 0 ? f.question : f.question.slice(0, cut);
                const unstated = cut < 0 ? null : f.question.slice(cut + 1);
                return (
                  <li
                    key={`${f.option}/${f.criterion}`}
                    data-option={f.option}
                    data-criterion={f.criterion}
                  >
                    <a href={`#/option/${f.option}`}>{title(f.option)}</a>:{" "}
                    <strong>{criterion?.name ?? f.criterion}</strong>{" "}
                    <span className="muted">
                      ({rating === null ? "not rated" : `unsure: ${showRating(rating)}`})
                    </span>
                    <br />
                    <span title={gloss("changeProbability")}>
                      {GLOSSARY.changeProbability.label}: {share(f.changeProbability)}
                    </span>
                    <p className="question">
                      {f.ask ? <>Ask {f.ask}: </> : "Ask: "}
                      {asked}
                      {unstated && (
                        <>
                          {" "}
                          <span className="muted">{unstated}</span>
                        </>
                      )}
                    </p>
                  </li>
                );
              })}
            </ol>
          )}
          {useful.length > SHOWN && (
            <p className="muted small">…and {useful.length - SHOWN} more that could matter.</p>
          )}
          {idle > 0 && (
            <p className="muted small">
              {idle} other unknown or unsure rating{idle === 1 ? "" : "s"} cannot change which
              option comes first.
            </p>
          )}
          {steps.postings
            .filter((p) => !shownOptions.has(p.option))
            .map((p) => (
              <p key={p.option} className="small">
                <a href={`#/option/${p.option}`}>{title(p.option)}</a>
                {p.ask ? ` (ask ${p.ask})` : ""}: the posting does not say.{" "}
                {p.gaps.map((g) => g.question).join(" ")}
              </p>
            ))}
        </div>
        <div>
          <h2>Deadlines</h2>
          {next.deadlines.length === 0 ? (
            <p className="muted">No decide-by dates set.</p>
          ) : (
            <ul className="deadlines" data-testid="deadlines">
              {next.deadlines.map((d) => (
                <li key={d.option} data-option={d.option} data-days={d.daysLeft}>
                  <a href={`#/option/${d.option}`}>{title(d.option)}</a>: decide by{" "}
                  <time dateTime={d.decideBy}>{d.decideBy}</time>,{" "}
                  <strong>{daysLeft(d.daysLeft)}</strong>
                </li>
              ))}
            </ul>
          )}
        </div>
      </div>
    </section>
  );
}

const KIND_LABELS = {
  clear: "Decided, for now.",
  fragile: "Leaning, not settled.",
  tie: "Too close to call.",
  open: "Wide open.",
} as const;

function daysLeft(days: number): string {
  if (days < 0) return `${-days} day${days === -1 ? "" : "s"} ago`;
  if (days === 0) return "today";
  return `${days} day${days === 1 ? "" : "s"} left`;
}
