import { useMemo } from "react";
import type { Ranking } from "../../core/decision/rank.js";
import { Chart, type ChartOption, PALETTE } from "../chart.js";
import { score } from "../format.js";
import type { StoreState } from "../store.js";

/** The question, the options ranked, contributions stacked per criterion, and the flags. */
export function Overview({ state }: { state: StoreState }) {
  const ranking = state.derived?.ranking;
  const option = useMemo(() => (ranking ? contributionChart(ranking) : null), [ranking]);
  if (!ranking || !option) return <p>{state.derivedError ?? "No ranking yet."}</p>;
  return (
    <section aria-labelledby="overview-title">
      <h1 id="overview-title">{ranking.question}</h1>
      <p className="muted">
        Weighted sum over {ranking.criteria.length} criteria. Robustness (SMAA acceptability)
        appears here once the decision engine ships it.
      </p>
      <Chart
        option={option}
        height={Math.max(220, 60 * ranking.alternatives.length + 80)}
        label="Score of each option, stacked by the contribution of each criterion"
      />
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
            <span className="badge">{alt.status}</span>
            <ul className="flags">
              {alt.missing.length > 0 && (
                <li className="flag warn">Not rated yet: {alt.missing.join(", ")}</li>
              )}
              {alt.uncertain.length > 0 && (
                <li className="flag">Unsure about: {alt.uncertain.join(", ")}</li>
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
      {ranking.excluded.length > 0 && (
        <p className="muted">Not ranked (declined or withdrawn): {ranking.excluded.join(", ")}</p>
      )}
    </section>
  );
}

function contributionChart(ranking: Ranking): ChartOption {
  const alternatives = [...ranking.alternatives].reverse();
  return {
    color: PALETTE,
    tooltip: {
      trigger: "axis",
      axisPointer: { type: "shadow" },
      valueFormatter: (v: unknown) => Number(v).toFixed(3),
    },
    legend: { type: "scroll", bottom: 0 },
    grid: { left: 8, right: 24, top: 8, bottom: 48, containLabel: true },
    xAxis: { type: "value", max: 1 },
    yAxis: {
      type: "category",
      data: alternatives.map((alt) => alt.title),
      axisLabel: { width: 180, overflow: "truncate" },
    },
    series: ranking.criteria.map((criterion, j) => ({
      name: criterion.name,
      type: "bar",
      stack: "score",
      emphasis: { focus: "series" },
      data: alternatives.map((alt) => alt.contributions[j]?.contribution ?? 0),
    })),
  };
}
