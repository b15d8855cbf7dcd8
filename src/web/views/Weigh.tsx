import { useMemo, useRef, useState } from "react";
import { decisionOptions } from "../../core/decision/role-reading.js";
import {
  describeQuestion,
  describeRole,
  SETTLED,
  type TradeoffQuestion,
  type WeighingState,
  weighingState,
} from "../../core/decision/tradeoff-questions.js";
import { GLOSSARY, gloss } from "../../core/glossary.js";
import type { Profile, Tradeoff } from "../../core/model/profile.js";
import type { OptionView } from "../../server/workspace-view.js";
import { capitalise, percent } from "../format.js";
import { judgementsReport } from "../judgements-report.js";
import { type StoreState, store } from "../store.js";
import { Ranking } from "./Criteria.js";

/**
 * Trade-off questions, the workbench's `bearing weigh`: the question the weights still fitting
 * every answer are most divided on (the core's {@link weighingState}, the CLI's own path, run
 * here in the browser on the profile and options the page holds), answered with one click and
 * kept in bearing.yaml by the server as the CLI keeps it; the answers given, each with a way to
 * take it back; and how the weights and the ranking look now.
 */
export function Weigh({ state }: { state: StoreState }) {
  const profile = state.profile;
  const options = useSameList(state.view?.options ?? []);
  // Questions skipped on this page ("I can't say"), not asked again until it reloads.
  const [skipped, setSkipped] = useState<Tradeoff[]>([]);
  const weighing = useMemo(() => {
    if (!profile) return null;
    try {
      return weighingState(profile, decisionOptions(profile, options), skipped);
    } catch (error) {
      return { error: (error as Error).message };
    }
  }, [profile, options, skipped]);
  if (!profile || !weighing) {
    return <p>The profile could not be read; see the problems above.</p>;
  }
  const busy = state.saving;
  return (
    <section aria-labelledby="weigh-title" data-testid="weigh">
      <h1 id="weigh-title">Trade-off questions</h1>
      <p className="muted small">
        Choose between two made-up roles that differ on two things only, everything else about them
        being the same. Each answer rules out the weightings that disagree with it; the next
        question is the one the{" "}
        <span title={gloss("compatibleWeights")}>{GLOSSARY.compatibleWeights.label}</span> are most
        divided on, and the questions stop once one option comes first under {percent(SETTLED)} of
        them. (These are{" "}
        <span title={gloss("tradeoffQuestion")}>{GLOSSARY.tradeoffQuestion.label}s</span>, as in
        PAPRIKA, Hansen &amp; Ombler 2008.) Your answers are kept in bearing.yaml under{" "}
        <code>tradeoffs</code>, as <code>bearing weigh</code> keeps them.
      </p>
      <MethodNote profile={profile} />
      {"error" in weighing ? (
        <p className="notice" role="status" data-testid="weigh-error">
          No question can be asked: {weighing.error}
        </p>
      ) : (
        <>
          {weighing.question ? (
            <Question
              key={JSON.stringify(weighing.question)}
              weighing={weighing}
              question={weighing.question}
              busy={busy}
              onSkip={() =>
                setSkipped((s) => [
                  ...s,
                  {
                    prefer: (weighing.question as TradeoffQuestion).first,
                    over: (weighing.question as TradeoffQuestion).second,
                  },
                ])
              }
            />
          ) : (
            <Done weighing={weighing} profile={profile} onAskAgain={() => setSkipped([])} />
          )}
          <Answers profile={profile} weighing={weighing} busy={busy} />
          <Now state={state} weighing={weighing} />
          <WhatChoicesDecide state={state} />
        </>
      )}
    </section>
  );
}

/** The same array as last render while its elements are the same (the store copies lists). */
function useSameList(list: readonly OptionView[]): readonly OptionView[] {
  const last = useRef(list);
  const previous = last.current;
  if (previous.length !== list.length || previous.some((item, i) => item !== list[i])) {
    last.current = list;
  }
  return last.current;
}

function MethodNote({ profile }: { profile: Profile }) {
  if (profile.weighting.method === "judgements") return null;
  return (
    <p className="notice" data-testid="weigh-method-note">
      Your weights come from <code>weighting.method: {profile.weighting.method}</code>. Your answers
      narrow the weights the robustness simulation tries around them, and are refused when they
      contradict each other, but the weights the ranking uses stay yours.{" "}
      <button type="button" onClick={() => void store.setWeightingMethod("judgements")}>
        Weigh by my answers alone
      </button>
    </p>
  );
}

function Question(props: {
  weighing: WeighingState;
  question: TradeoffQuestion;
  busy: boolean;
  onSkip: () => void;
}) {
  const { weighing, question, busy, onSkip } = props;
  const words = describeQuestion(weighing.model, question);
  const answer = (prefer: Tradeoff["prefer"], over: Tradeoff["over"]) =>
    void store.answerTradeoff({ prefer, over });
  return (
    <fieldset
      className="tradeoff-question"
      data-testid="tradeoff-question"
      data-first={JSON.stringify(question.first)}
      data-second={JSON.stringify(question.second)}
    >
      <legend>{words.message}</legend>
      <div className="tradeoff-choices">
        <button
          type="button"
          data-testid="choose-first"
          disabled={busy}
          onClick={() => answer(question.first, question.second)}
        >
          <strong>Role 1:</strong> {words.first}
        </button>
        <button
          type="button"
          data-testid="choose-second"
          disabled={busy}
          onClick={() => answer(question.second, question.first)}
        >
          <strong>Role 2:</strong> {words.second}
        </button>
      </div>
      <p className="small">
        <button type="button" data-testid="skip-question" disabled={busy} onClick={onSkip}>
          I can't say — ask me something else
        </button>
      </p>
      <p className="muted small" data-testid="question-share">
        Of the weights that fit your answers so far, {percent(question.firstShare)} prefer role 1
        and {percent(1 - question.firstShare)} role 2: either answer rules out about{" "}
        {percent(Math.min(question.firstShare, 1 - question.firstShare))} or more of them.
      </p>
    </fieldset>
  );
}

function Done(props: { weighing: WeighingState; profile: Profile; onAskAgain: () => void }) {
  const { weighing, profile, onAskAgain } = props;
  const leader = weighing.leader;
  const title = weighing.model.alternatives.find((a) => a.id === leader?.id)?.title ?? leader?.id;
  return (
    <p className="notice" data-testid="weigh-done">
      {weighing.stopped === "settled" && leader ? (
        <>
          Settled: <strong>{title}</strong> comes first under {percent(leader.share)} of the weights
          that fit your answers. Take an answer back below to revisit it.
        </>
      ) : (
        <>
          No question left that your answers
          {profile.tradeoffs.length === 0 ? "" : " so far"} do not already decide.{" "}
          <button type="button" onClick={onAskAgain}>
            Ask the skipped questions again
          </button>
        </>
      )}
    </p>
  );
}

function Answers(props: { profile: Profile; weighing: WeighingState; busy: boolean }) {
  const { profile, weighing, busy } = props;
  return (
    <section aria-labelledby="answers-title">
      <h2 id="answers-title">Your answers</h2>
      {profile.tradeoffs.length === 0 ? (
        <p className="muted" data-testid="no-answers">
          No answers yet.
        </p>
      ) : (
        <ol className="tradeoff-answers" data-testid="tradeoff-answers">
          {profile.tradeoffs.map((t, k) => (
            <li key={JSON.stringify(t)} data-testid="tradeoff-answer">
              You would rather have a role {describeRole(weighing.model, t.prefer)}, than one{" "}
              {describeRole(weighing.model, t.over)}.{" "}
              <button
                type="button"
                disabled={busy}
                aria-label={`Take back answer ${k + 1}`}
                onClick={() => void store.removeTradeoff(k + 1)}
              >
                Take back
              </button>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}

/** The 5th and 95th percentiles of each weight over the samples (samples × m, row-major). */
function weightRanges(draws: Float64Array, m: number): [number, number][] {
  const n = Math.floor(draws.length / m);
  return Array.from({ length: m }, (_, j) => {
    const column = Array.from({ length: n }, (_, k) => draws[k * m + j] as number).sort(
      (a, b) => a - b,
    );
    const at = (q: number) => column[Math.min(n - 1, Math.floor(q * n))] ?? 0;
    return [at(0.05), at(0.95)];
  });
}

function Now({ state, weighing }: { state: StoreState; weighing: WeighingState }) {
  const m = weighing.model.criteria.length;
  const ranges = useMemo(() => weightRanges(weighing.draws, m), [weighing.draws, m]);
  const used = new Map(state.derived?.model.criteria.map((c) => [c.id, c.weight]));
  const shares = weighing.model.alternatives
    .map((a, i) => ({ id: a.id, title: a.title, share: weighing.shares[i] ?? 0 }))
    .sort((a, b) => b.share - a.share);
  return (
    <section aria-labelledby="weigh-now-title">
      <h2 id="weigh-now-title">How the weights and the ranking look now</h2>
      <div className="weights-and-ranking">
        <div>
          <table className="criteria" data-testid="weigh-weights">
            <thead>
              <tr>
                <th scope="col">Criterion</th>
                <th scope="col">Weight in the ranking</th>
                <th scope="col" title={gloss("compatibleWeights")}>
                  Range of the weights that fit your answers (90% of them)
                </th>
              </tr>
            </thead>
            <tbody>
              {weighing.model.criteria.map((c, j) => (
                <tr key={c.id} data-id={c.id}>
                  <th scope="row">{c.name}</th>
                  <td>{percent(used.get(c.id) ?? c.weight)}</td>
                  <td>
                    {percent(ranges[j]?.[0] ?? 0)}–{percent(ranges[j]?.[1] ?? 0)}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          <h3>
            <span title={gloss("firstRankAcceptability")}>Chance each option comes first</span>{" "}
            under the weights that fit your answers
          </h3>
          <ul className="compact-ranking" data-testid="weigh-shares">
            {shares.map((s) => (
              <li key={s.id} data-id={s.id}>
                {s.title} <strong>{percent(s.share)}</strong>
              </li>
            ))}
          </ul>
          <p className="muted small">
            From {(weighing.draws.length / Math.max(1, m)).toLocaleString("en")} weightings drawn
            evenly from those that fit every answer and judgement (hit-and-run sampling), the
            ratings at their point values.
          </p>
        </div>
        <Ranking state={state} />
      </div>
    </section>
  );
}

/**
 * What the judgements and trade-off answers decide (the CLI's `rank` block, from the same core
 * functions): the necessary and possible relations between the options as a table, what each
 * statement rules out and changes, and, when the stated weights disagree with the statements,
 * the nearest weights that agree (`core/decision/judgement-effects.ts`).
 */
function WhatChoicesDecide({ state }: { state: StoreState }) {
  const profile = state.profile;
  const model = state.derived?.model ?? null;
  const report = useMemo(
    () => (profile && model ? judgementsReport(profile, model) : null),
    [profile, model],
  );
  if (!report || !model) return null;
  const ids = model.alternatives.map((a) => a.id);
  const necessary = new Set(report.necessary.map(([a, b]) => `${a}\u0000${b}`));
  const possible = new Set(report.possible.map(([a, b]) => `${a}\u0000${b}`));
  const cell = (a: string, b: string) => {
    if (a === b) return { mark: "·", words: "" };
    const key = `${a}\u0000${b}`;
    if (necessary.has(key)) return { mark: "≥", words: "always at least as good" };
    if (possible.has(key)) return { mark: "?", words: "depends on the weights" };
    return { mark: "<", words: "never as good" };
  };
  return (
    <section aria-labelledby="weigh-decide-title" data-testid="judgement-report">
      <h2 id="weigh-decide-title">What your choices decide</h2>
      <p className="muted small">
        Row against column, under every weighting that agrees with your judgements and answers: ≥
        the row is always at least as good, ? it depends on the weights, &lt; never.
      </p>
      <table className="criteria" data-testid="judgement-relations">
        <thead>
          <tr>
            <th scope="col" />
            {ids.map((id) => (
              <th key={id} scope="col">
                {id}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {ids.map((a) => (
            <tr key={a} data-id={a}>
              <th scope="row">{a}</th>
              {ids.map((b) => {
                const c = cell(a, b);
                return (
                  <td key={b} data-id={b} title={c.words ? `${a} vs ${b}: ${c.words}` : undefined}>
                    {c.mark}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
      {report.effects.length > 0 && (
        <ul data-testid="judgement-effects">
          {report.effects.map((e) => (
            <li key={e.path.join(".")} data-path={e.path.join(".")}>
              {capitalise(e.text)}.
            </li>
          ))}
        </ul>
      )}
      {report.agreeingWeights && (
        <div data-testid="agreeing-weights">
          <p>{capitalise(report.agreeingWeights.text)}.</p>
          <table className="criteria">
            <thead>
              <tr>
                <th scope="col">Criterion</th>
                <th scope="col">Your weight</th>
                <th scope="col">Nearest weight that agrees with your choices</th>
              </tr>
            </thead>
            <tbody>
              {report.agreeingWeights.weights.map((w) => (
                <tr key={w.criterion} data-id={w.criterion}>
                  <th scope="row">{w.name}</th>
                  <td>{percent(w.stated)}</td>
                  <td>{percent(w.agreeing)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
