import { useMemo, useState } from "react";
import { WEIGHT_INPUTS } from "../../core/decision/weights.js";
import { type Feedback, feedbackYaml } from "../../core/share/feedback.js";
import { PRIVATE_KIND_LABELS } from "../../core/share/redact.js";
import { slugify } from "../../core/slug.js";
import type { ReportData } from "../../server/report-data.js";
import { percent } from "../format.js";
import { store, useStore } from "../store.js";
import { Ranking, WeightInput } from "../views/Criteria.js";
import { Journal } from "../views/Journal.js";
import { OptionPage } from "../views/OptionPage.js";
import { Overview } from "../views/Overview.js";
import { Robustness } from "../views/Robustness.js";

/** Weighting methods whose inputs are sliders (see the Criteria view). */
export const SLIDER_METHODS: readonly string[] = ["direct", "points", "swing"];

/**
 * The report: the answer so far, the ranking with contributions and robustness, and each
 * option's page, from the workbench's views, one section per printed page. A shared report
 * adds the reader's panel: their own weights (the same sliders), a comment on each option, and
 * their feedback file to save or copy.
 */
export function Report({ data }: { data: ReportData }) {
  const state = useStore();
  const shared = data.kind === "shared";
  const [comments, setComments] = useState<Record<string, string>>({});
  const options = state.view?.options ?? [];
  return (
    <>
      <header className="report-header">
        <span className="brand">bearing</span>
        <span>
          {shared ? "Decision report, shared for feedback" : "Decision report, your own copy"} ·{" "}
          {data.date}
        </span>
      </header>
      <main id="main" className="report">
        <section className="report-page" aria-label="The answer so far and the ranking">
          {shared ? (
            <p className="muted">
              Shared for feedback: what would identify the author or the employers is left out, and
              the options are called Option A, Option B, … with the kind of role each is. Money
              criteria are shown as a value from 0 (worst) to 1 (best).
            </p>
          ) : (
            <p className="muted">Your own full copy: keep it to yourself.</p>
          )}
          <Overview state={state} />
        </section>
        <section className="report-page" aria-label="Robustness">
          <Robustness state={state} />
        </section>
        {shared && <Reviewer data={data} comments={comments} setComments={setComments} />}
        {options.map((option) => (
          <section
            key={option.id}
            id={`option-${option.id}`}
            className="report-page option-page"
            data-testid="report-option"
            data-id={option.id}
          >
            <fieldset disabled className="report-readonly">
              <OptionPage state={state} id={option.id} />
            </fieldset>
            {shared && (
              <label className="comment no-print-empty">
                Your comment on {option.title}
                <textarea
                  data-testid="comment"
                  data-id={option.id}
                  value={comments[option.id] ?? ""}
                  onChange={(e) => setComments({ ...comments, [option.id]: e.target.value })}
                  rows={3}
                />
              </label>
            )}
          </section>
        ))}
        {!shared && (state.view?.journal.length ?? 0) > 0 && (
          <section className="report-page">
            <Journal state={state} />
          </section>
        )}
        {shared && data.leftOut.length > 0 && (
          <section className="report-page left-out" aria-labelledby="left-out-title">
            <h2 id="left-out-title">What this report leaves out</h2>
            <ul>
              {data.leftOut.map((kind) => (
                <li key={kind}>{PRIVATE_KIND_LABELS[kind]}</li>
              ))}
            </ul>
          </section>
        )}
      </main>
    </>
  );
}

function Reviewer(props: {
  data: ReportData;
  comments: Record<string, string>;
  setComments: (comments: Record<string, string>) => void;
}) {
  const { data, comments } = props;
  const state = useStore();
  const [name, setName] = useState("");
  const [copied, setCopied] = useState<string | null>(null);
  const profile = state.profile;
  const model = state.derived?.model;
  const input = profile ? WEIGHT_INPUTS[profile.weighting.method] : undefined;
  const feedback = useMemo((): Feedback | null => {
    if (!model) return null;
    const weights = Object.fromEntries(
      model.criteria.map((c) => [c.id, Math.round(c.weight * 10000) / 100]),
    );
    const kept = Object.fromEntries(Object.entries(comments).filter(([, t]) => t.trim() !== ""));
    return {
      name: name.trim() || "Reviewer",
      date: localDate(),
      weights,
      comments: kept,
      ...(data.fingerprint ? { report: data.fingerprint } : {}),
    };
  }, [model, comments, name, data.fingerprint]);
  if (!profile || !model || !feedback) return null;
  const text = feedbackYaml(feedback);
  const file = `feedback-${slugify(feedback.name, { fallback: "reviewer" })}.yaml`;
  const save = () => {
    const url = URL.createObjectURL(new Blob([text], { type: "application/yaml" }));
    const link = document.createElement("a");
    link.href = url;
    link.download = file;
    document.body.append(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  };
  const copy = () => {
    navigator.clipboard?.writeText(text).then(
      () => setCopied("Copied: paste it into a message to the author."),
      () => setCopied("Your browser would not copy from this file: select the text below."),
    );
  };
  return (
    <section className="report-page reviewer no-print" aria-labelledby="reviewer-title">
      <h2 id="reviewer-title">Your weights and comments</h2>
      <p>
        How much would you weigh each criterion? Move the sliders: the ranking, the chart and the
        robustness above change with them. Comment on each option on its page below, then save your
        feedback and send the file to the author (it holds only your name, weights and comments).
      </p>
      <table className="criteria" data-testid="reviewer-weights">
        <thead>
          <tr>
            <th scope="col">Criterion</th>
            {input && <th scope="col">{input.field}</th>}
            <th scope="col">Weight</th>
          </tr>
        </thead>
        <tbody>
          {profile.criteria.map((criterion, j) => (
            <tr key={criterion.id} data-testid="criterion-row" data-id={criterion.id}>
              <th scope="row">
                {criterion.name}
                {criterion.description && (
                  <div className="muted small">{criterion.description}</div>
                )}
              </th>
              {input && (
                <td>
                  <WeightInput
                    criterion={criterion}
                    input={{ ...input, max: input.max || profile.criteria.length }}
                  />
                </td>
              )}
              <td data-testid="weight">{percent(model.criteria[j]?.weight ?? 0)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <button type="button" onClick={store.resetLocal}>
        Back to the author's weights
      </button>
      <Ranking state={state} />
      <label>
        Your name{" "}
        <input
          data-testid="reviewer-name"
          value={name}
          onChange={(e) => setName(e.target.value)}
          placeholder="as the author knows you"
        />
      </label>{" "}
      <button type="button" data-testid="save-feedback" onClick={save}>
        Save feedback file ({file})
      </button>{" "}
      <button type="button" onClick={copy}>
        Copy as text
      </button>
      {copied && <p role="status">{copied}</p>}
      <textarea
        className="feedback-text"
        data-testid="feedback-text"
        readOnly
        value={text}
        rows={Math.min(20, text.split("\n").length + 1)}
        aria-label="Your feedback as text"
      />
    </section>
  );
}

/** Today in the reader's time zone, YYYY-MM-DD. */
function localDate(): string {
  const now = new Date();
  const pad = (x: number) => String(x).padStart(2, "0");
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
