import { useMemo } from "react";
import type { JudgementsReport } from "../../core/decision/judgement-effects.js";
import type { DecisionModel } from "../../core/decision/model.js";
import { optionLabels } from "../../core/decision/option-list.js";
import type { Ranking } from "../../core/decision/rank.js";
import type { AlternativeRobustness } from "../../core/decision/robustness.js";
import { type OffScaleRating, offScaleRatings } from "../../core/decision/scale-fit.js";
import { GLOSSARY, gloss } from "../../core/glossary.js";
import { Chart, ChartLegend, stackedBars, useNarrow } from "../chart.js";
import { capitalise, percent, score } from "../format.js";
import { judgementsReport } from "../judgements-report.js";
import type { RobustnessState } from "../smaa/dispatch.js";
import { share } from "../smaa/share.js";
import { robustnessStatusText, useRobustness } from "../smaa/use-robustness.js";
import type { StoreState } from "../store.js";
import { Answer } from "./Answer.js";
import { payRange } from "./Money.js";

/**
 * The answer first (verdict, what to find out first, deadlines: `Answer.tsx`), then the
 * options ranked with, beside each, its SMAA-2 first-rank acceptability and confidence factor
 * in plain words (computed in the worker, "computing…" until the first answer) and the flags,
 * then the contributions stacked per criterion.
 */
export function Overview({ state }: { state: StoreState }) {
  const ranking = state.derived?.ranking;
  const smaa = useRobustness();
  const narrow = useNarrow();
  const chart = useMemo(
    () => (ranking ? contributionChart(ranking, narrow) : null),
    [ranking, narrow],
  );
  const figures = useMemo(
    () => new Map(smaa.result?.alternatives.map((alt) => [alt.id, alt])),
    [smaa.result],
  );
  const model = state.derived?.model;
  const viewOptions = state.view?.options;
  const labels = useMemo(() => optionLabels(viewOptions ?? []), [viewOptions]);
  const offScale = useMemo(() => {
    const byOption = new Map<string, OffScaleRating[]>();
    for (const found of model ? offScaleRatings(model) : [])
      byOption.set(found.option, [...(byOption.get(found.option) ?? []), found]);
    return byOption;
  }, [model]);
  if (!ranking || !chart) return <p>{state.derivedError ?? "No ranking yet."}</p>;
  return (
    <section
      aria-labelledby="overview-title"
      data-testid="overview"
      data-smaa-status={smaa.status}
      data-smaa-job={smaa.job}
    >
      <h1 id="overview-title">{ranking.question}</h1>
      <Answer state={state} smaa={smaa} />
      <h2>The ranking</h2>
      <p className="muted small">
        Overall score: each rating turned into a 0–1 value, times its criterion's weight, added up.
        Beside each option, the{" "}
        <span title={gloss("firstRankAcceptability")}>{GLOSSARY.firstRankAcceptability.label}</span>{" "}
        when the weights and the unsure or missing ratings vary
        {smaa.result ? ` (${smaa.result.samples.toLocaleString("en")} simulations)` : ""}.{" "}
        <a href="#/robustness">More on robustness</a>.
      </p>
      <p className="smaa-status" aria-live="polite">
        {robustnessStatusText(smaa)}
      </p>
      <ol className="ranking" aria-label="Ranking">
        {ranking.alternatives.map((alt) => (
          <li key={alt.id} data-testid="ranked-option" data-id={alt.id}>
            <span className="rank">{alt.rank}.</span> <a href={`#/option/${alt.id}`}>{alt.title}</a>{" "}
            <span className="score">{score(alt.score)}</span>
            {alt.scoreRange[1] - alt.scoreRange[0] > 1e-9 && (
              <span className="muted">
                {" "}
                (could be {score(alt.scoreRange[0])}–{score(alt.scoreRange[1])})
              </span>
            )}{" "}
            <PayRange state={state} id={alt.id} />
            <span className="badge">{alt.status}</span>{" "}
            <Acceptability
              figure={figures.get(alt.id)}
              status={smaa.status}
              eligible={alt.eligible}
              assumes={alt.missing.map(
                (id) => ranking.criteria.find((c) => c.id === id)?.name.toLowerCase() ?? id,
              )}
            />
            <ul className="flags">
              {offScale.get(alt.id)?.map((found) => (
                <li key={found.criterion} className="flag warn" data-testid="off-scale">
                  {capitalise(found.message)}. To fix it: {found.hint}.
                </li>
              ))}
              {alt.missing.length > 0 && (
                <li className="flag warn">
                  Not rated yet:{" "}
                  {alt.missing
                    .map((id) => ranking.criteria.find((c) => c.id === id)?.name ?? id)
                    .join(", ")}
                </li>
              )}
              {alt.uncertain.length > 0 && (
                <li className="flag">
                  Unsure about:{" "}
                  {alt.uncertain
                    .map((id) => ranking.criteria.find((c) => c.id === id)?.name ?? id)
                    .join(", ")}
                </li>
              )}
              {alt.mustHaves
                .filter((check) => check.outcome !== "pass")
                .map((check) => (
                  <li
                    key={check.label}
                    className={`flag ${check.outcome === "fail" ? "bad" : "warn"}`}
                  >
                    {check.outcome === "fail" ? "Fails must-have" : "Must-have not known"}:{" "}
                    {check.label} ({check.reason})
                  </li>
                ))}
            </ul>
          </li>
        ))}
      </ol>
      {model && state.profile && <ChoicesShort model={model} profile={state.profile} />}
      <h2>What makes up each score</h2>
      <Chart
        option={chart.option}
        height={chart.height}
        label="Score of each option, stacked by the contribution of each criterion"
        testId="contributions"
      />
      <ChartLegend series={ranking.criteria.map((criterion) => criterion.name)} />
      {ranking.excluded.length > 0 && (
        <p className="muted" data-testid="excluded">
          Not ranked (declined or withdrawn):{" "}
          {ranking.excluded.map((id) => labels.get(id) ?? id).join(", ")}
        </p>
      )}
    </section>
  );
}

/** The option's yearly pay, p10–p90, when it has a compensation block (or a posted base). */
function PayRange({ state, id }: { state: StoreState; id: string }) {
  const money = state.derived?.money;
  const reading = money?.options.find((o) => o.id === id);
  if (!money || !reading) return null;
  return (
    <span className="muted pay" data-testid="pay-range" title="low (p10) to high (p90)">
      pay {payRange(reading.annual, money.currency)}{" "}
    </span>
  );
}

/** One option's SMAA figures; "computing…" before the first answer, marked while stale. */
function Acceptability(props: {
  figure: AlternativeRobustness | undefined;
  status: RobustnessState["status"];
  /** False when it fails a must-have: SMAA screens it out like the ranking does. */
  eligible: boolean;
  /** Names of the criteria it leaves unrated: the figures assume anything on their scales. */
  assumes: string[];
}) {
  const { figure, status, eligible, assumes } = props;
  if (!figure)
    return (
      <span className="smaa muted" data-testid="acceptability">
        {status === "running" || status === "idle" ? "computing…" : ""}
      </span>
    );
  return (
    <span
      className={status === "done" ? "smaa" : "smaa stale"}
      data-testid="acceptability"
      data-first={figure.firstRankAcceptability}
    >
      <span title={gloss("firstRankAcceptability")}>{GLOSSARY.firstRankAcceptability.label}</span>{" "}
      <strong>{share(figure.firstRankAcceptability)}</strong>
      {figure.confidence !== null && (
        <>
          {" "}
          · <span title={gloss("confidenceFactor")}>{GLOSSARY.confidenceFactor.label}</span>{" "}
          <strong>{share(figure.confidence)}</strong>
        </>
      )}
      {assumes.length > 0 && (
        <span className="muted" data-testid="assumes">
          {" "}
          (counting its unrated {assumes.join(", ")} as anywhere on the scale)
        </span>
      )}
      {!eligible && " (fails a must-have: ranked after the others in every simulation)"}
    </span>
  );
}

function contributionChart(ranking: Ranking, narrow: boolean) {
  return stackedBars({
    rows: ranking.alternatives.map((alt) => ({
      name: alt.title,
      values: alt.contributions.map((c) => c.contribution),
    })),
    series: ranking.criteria.map((criterion) => criterion.name),
    narrow,
    format: (v) => v.toFixed(3),
  });
}

/**
 * What the judgements and trade-off answers do, in short, beside the ranking (issue 16): for
 * each that changes the leader, who would lead without it; the ones that rule out the most
 * weightings; whether the stated weights disagree with them. The full form (relations table,
 * every statement, the agreeing weights) is in the Trade-off questions view, linked.
 */
function ChoicesShort({
  model,
  profile,
}: {
  model: DecisionModel;
  profile: NonNullable<StoreState["profile"]>;
}) {
  const report = useMemo(() => judgementsReport(profile, model), [profile, model]);
  if (!report || (report.effects.length === 0 && !report.agreeingWeights)) return null;
  const lines = shortLines(report, model);
  const count = report.effects.length;
  return (
    <aside
      className="choices-short"
      aria-labelledby="choices-short-title"
      data-testid="choices-short"
    >
      <h3 id="choices-short-title">
        What your {count === 1 ? "judgement does" : `${count} judgements and answers do`}
      </h3>
      <ul>
        {lines.map((line) => (
          <li key={line.key} data-kind={line.kind}>
            {line.text}
          </li>
        ))}
      </ul>
      <a href="#/weigh" data-testid="choices-full">
        What each judgement rules out, and which options beat which under all of them
      </a>
    </aside>
  );
}

interface ShortLine {
  key: string;
  kind: "leader" | "rules-out" | "nothing" | "weights";
  text: string;
}

/** The short form's sentences, options by their titles (at most five). */
export function shortLines(report: JudgementsReport, model: DecisionModel): ShortLine[] {
  const titles = new Map(model.alternatives.map((a) => [a.id, a.title]));
  const title = (id: string | null) => (id === null ? "none" : (titles.get(id) ?? id));
  const named = (e: JudgementsReport["effects"][number]) =>
    e.prefer !== null && e.over !== null
      ? `“${title(e.prefer)} over ${title(e.over)}”`
      : `your answer “${e.label}”`;
  const lines: ShortLine[] = [];
  for (const e of report.effects.filter((x) => x.changesLeader)) {
    lines.push({
      key: `leader-${e.path.join(".")}`,
      kind: "leader",
      text: `Without ${named(e)}, ${title(e.leaderWithout)} would lead instead of ${title(e.leader)}.`,
    });
  }
  const cutting = report.effects
    .filter((e) => e.cuts && !e.changesLeader)
    .sort((a, b) => b.ruledOut - a.ruledOut);
  for (const e of cutting.slice(0, Math.max(0, 3 - lines.length))) {
    lines.push({
      key: `cut-${e.path.join(".")}`,
      kind: "rules-out",
      text: `${capitalise(named(e))} rules out ${percent(e.ruledOut)} of the weightings ${report.effects.length === 1 ? "there are" : "your other choices allow"}.`,
    });
  }
  const idle = report.effects.filter((e) => !e.cuts).length;
  if (idle > 0) {
    lines.push({
      key: "idle",
      kind: "nothing",
      text:
        idle === report.effects.length
          ? `${idle === 1 ? "It rules" : "They rule"} out no weighting the others would allow.`
          : `${idle} of them ${idle === 1 ? "rules" : "rule"} out nothing the others do not already.`,
    });
  }
  const agreeing = report.agreeingWeights;
  if (agreeing) {
    const moved = agreeing.distance / 2;
    lines.push({
      key: "weights",
      kind: "weights",
      text: `Your stated weights disagree with ${agreeing.broken.length === 1 ? "one of them" : `${agreeing.broken.length} of them`}; moving ${percent(moved)} of the weight would agree with all.`,
    });
  }
  return lines;
}
