import { useMemo } from "react";
import type { Ranking } from "../../core/decision/rank.js";
import type { AlternativeRobustness } from "../../core/decision/robustness.js";
import { GLOSSARY, gloss } from "../../core/glossary.js";
import { Chart, ChartLegend, stackedBars, useNarrow } from "../chart.js";
import { score } from "../format.js";
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
          {ranking.excluded
            .map((id) => state.view?.options.find((o) => o.id === id)?.title ?? id)
            .join(", ")}
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
