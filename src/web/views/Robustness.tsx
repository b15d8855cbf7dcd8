import { type ReactNode, useMemo } from "react";
import { explain } from "../../core/decision/explain.js";
import type { DecisionModel } from "../../core/decision/model.js";
import type { Ranking } from "../../core/decision/rank.js";
import type {
  AlternativeRobustness,
  CriterionStability,
  Robustness as RobustnessResult,
} from "../../core/decision/robustness.js";
import { percentPair } from "../../core/decision/verdict.js";
import {
  CANVAS_TOOLTIP,
  Chart,
  ChartLegend,
  type ChartOption,
  rowNames,
  stackedBars,
  useNarrow,
} from "../chart.js";
import { percent, ratingPast } from "../format.js";
import { share } from "../smaa/share.js";
import { robustnessStatusText, useRobustness } from "../smaa/use-robustness.js";
import type { StoreState } from "../store.js";

/**
 * How robust the ranking is: SMAA-2 rank acceptabilities as a heat map, each option's central
 * weights, the weight-stability intervals of every criterion as a tornado chart, and the
 * smallest single change that would make each other option win. SMAA runs in the worker;
 * while it recomputes, the last answer stays on screen and the status line says so. Every
 * chart has a table with the same figures.
 */
export function Robustness({ state }: { state: StoreState }) {
  const model = state.derived?.model;
  const ranking = state.derived?.ranking;
  const smaa = useRobustness();
  const result = smaa.result;
  if (!model || !ranking) return <p>{state.derivedError ?? "No ranking yet."}</p>;
  const leader = ranking.alternatives[0];
  if (!leader) return <p>No options in play.</p>;
  const leaderFigure = result?.alternatives.find((alt) => alt.id === leader.id);
  return (
    <section
      aria-labelledby="robustness-title"
      data-testid="robustness"
      data-smaa-status={smaa.status}
      data-smaa-job={smaa.job}
    >
      <h1 id="robustness-title">Robustness</h1>
      {result ? (
        <p>
          In each of {result.samples.toLocaleString("en")} simulations (seed {result.seed}) the
          weights were drawn at random, {result.weightModel}, and normalised to sum to 1; unsure
          ratings varied within their intervals and missing ratings over the whole scale (SMAA-2,
          Lahdelma &amp; Salminen 2001).
          {leaderFigure && (
            <>
              {" "}
              The leader, <strong>{leader.title}</strong>, comes first in{" "}
              {share(leaderFigure.firstRankAcceptability)} of them.
            </>
          )}
        </p>
      ) : null}
      <p className="smaa-status" aria-live="polite">
        {robustnessStatusText(smaa)}
      </p>
      {result && <Analysis model={model} ranking={ranking} result={result} />}
      <WhatWouldWin model={model} ranking={ranking} />
    </section>
  );
}

/** Titles by option id and names by criterion id, falling back to the id itself. */
function namesOf(model: DecisionModel) {
  const titles = new Map(model.alternatives.map((alt) => [alt.id, alt.title]));
  const names = new Map(model.criteria.map((c) => [c.id, c.name]));
  return {
    title: (id: string) => titles.get(id) ?? id,
    name: (id: string) => names.get(id) ?? id,
  };
}

function Analysis(props: { model: DecisionModel; ranking: Ranking; result: RobustnessResult }) {
  const { model, ranking, result } = props;
  // The answer may be for slightly older inputs (still computing): order what it has by the
  // current ranking, and put options it does not know yet last.
  const ordered = useMemo(() => {
    const position = new Map(ranking.alternatives.map((alt, i) => [alt.id, i]));
    const at = (alt: AlternativeRobustness) => position.get(alt.id) ?? Number.MAX_SAFE_INTEGER;
    return [...result.alternatives].sort((a, b) => at(a) - at(b));
  }, [ranking, result]);
  const names = useMemo(() => namesOf(model), [model]);
  const narrow = useNarrow();
  const heat = useMemo(() => heatMap(ordered, names.title, narrow), [ordered, names, narrow]);
  const winners = useMemo(() => ordered.filter((alt) => alt.centralWeights !== null), [ordered]);
  const stated = useMemo(() => model.criteria.map((c) => c.weight), [model]);
  const central = useMemo(
    () => centralWeightsChart(winners, stated, model, names.title, narrow),
    [winners, stated, model, names, narrow],
  );
  const stability = useMemo(() => bySensitivity(result.stability), [result.stability]);
  const tornado = useMemo(
    () => tornadoChart(stability, names.name, narrow),
    [stability, names, narrow],
  );
  // Ranks counted (the core keeps the first RANKS_KEPT), not the number of options.
  const ranks = ordered[0]?.rankAcceptability.length ?? 0;
  return (
    <>
      <h2 id="heat-title">Rank acceptability</h2>
      <p className="muted">
        The share of simulations in which each option takes each rank; a dark first column means a
        robust leader.
      </p>
      <ChartWithTable
        option={heat.option}
        height={heat.height}
        label="Heat map of the share of simulations in which each option takes each rank"
        testId="heatmap"
        summary="Rank acceptability as a table"
        caption="Share of simulations in which each option takes each rank"
        columns={["Option", ...Array.from({ length: ranks }, (_, r) => ordinal(r + 1))]}
      >
        {ordered.map((alt) => (
          <tr key={alt.id}>
            <th scope="row">{names.title(alt.id)}</th>
            {alt.rankAcceptability.map((b, r) => (
              <td key={String(r)} className="num">
                {share(b)}
              </td>
            ))}
          </tr>
        ))}
      </ChartWithTable>

      <h2>Central weights</h2>
      <p className="muted">
        For each option that ever comes first, the typical weights under which it does (the mean
        weights of the simulations it wins), beside your own; its confidence is how often it wins
        when every simulation uses those weights.
        {winners.length < ordered.length &&
          ` ${ordered.length - winners.length} option${ordered.length - winners.length === 1 ? "" : "s"} never came first and have none.`}
      </p>
      <ChartWithTable
        option={central.option}
        height={central.height}
        label="Central weights of each option that can win, stacked per criterion, beside your weights"
        testId="central-weights"
        summary="Central weights as a table"
        caption="Central weight of each criterion, per option that can come first"
        columns={["Weights", "Confidence", ...model.criteria.map((c) => c.name)]}
        legend={<ChartLegend series={model.criteria.map((c) => c.name)} />}
      >
        <tr>
          <th scope="row">Yours</th>
          <td />
          {stated.map((w, j) => (
            <td key={model.criteria[j]?.id ?? j} className="num">
              {percent(w)}
            </td>
          ))}
        </tr>
        {winners.map((alt) => (
          <tr key={alt.id}>
            <th scope="row">{names.title(alt.id)}</th>
            <td className="num">{alt.confidence === null ? "—" : share(alt.confidence)}</td>
            {(alt.centralWeights ?? []).map((w, j) => (
              <td key={model.criteria[j]?.id ?? j} className="num">
                {percent(w)}
              </td>
            ))}
          </tr>
        ))}
      </ChartWithTable>

      <h2>Weight stability</h2>
      <p className="muted">
        For each criterion, how far its weight can move (the others rescaled in proportion) before
        the leader loses first place (light bar), and before any two options swap places (dark bar).
        The diamond is your weight; the criteria whose weight is closest to changing the leader come
        first.
      </p>
      {stability.length > 0 ? (
        <ChartWithTable
          option={tornado.option}
          height={tornado.height}
          label="Tornado chart of the weight range of each criterion that keeps the leader first, and the range that keeps the whole ranking"
          testId="tornado"
          summary="Weight stability as a table"
          caption="Weight ranges of each criterion that keep the leader and the ranking"
          columns={["Criterion", "Your weight", "Leader stays first", "Whole ranking stays"]}
        >
          {stability.map((s) => (
            <tr key={s.criterion}>
              <th scope="row">{names.name(s.criterion)}</th>
              <td className="num">{percent(s.weight)}</td>
              <td className="num">
                {percent(s.top.low)} to {percent(s.top.high)}
              </td>
              <td className="num">
                {percent(s.ranking.low)} to {percent(s.ranking.high)}
              </td>
            </tr>
          ))}
        </ChartWithTable>
      ) : (
        <p>With a single option there is nothing to overtake.</p>
      )}
    </>
  );
}

/**
 * A chart, and below it, folded away, a table of the same figures (a chart is an image to a
 * screen reader): `columns` heads the table, `children` are its body rows. The table's test
 * id is the chart's with `-table`.
 */
function ChartWithTable(props: {
  option: ChartOption;
  height: number;
  /** What the chart shows; the accessible name adds that the table gives the same figures. */
  label: string;
  testId: string;
  summary: string;
  caption: string;
  columns: string[];
  children: ReactNode;
  /** Shown between the chart and the table (an HTML legend). */
  legend?: ReactNode;
}) {
  return (
    <>
      <Chart
        option={props.option}
        height={props.height}
        label={`${props.label}; the table below gives the same figures`}
        testId={props.testId}
      />
      {props.legend}
      <details>
        <summary>{props.summary}</summary>
        {/* A labelled section that takes focus, so a keyboard can scroll a table wider than the
            screen (WCAG 2.1.1). */}
        {/* biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must take focus */}
        <section className="table-scroll" tabIndex={0} aria-label={props.caption}>
          <table data-testid={`${props.testId}-table`}>
            <caption>{props.caption}</caption>
            <thead>
              <tr>
                {props.columns.map((column, i) => (
                  <th scope="col" key={String(i)}>
                    {column}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>{props.children}</tbody>
          </table>
        </section>
      </details>
    </>
  );
}

/** "What would make X win": the smallest single weight or rating change per option. */
function WhatWouldWin({ model, ranking }: { model: DecisionModel; ranking: Ranking }) {
  const leader = ranking.alternatives[0];
  const items = useMemo(
    () =>
      leader
        ? ranking.alternatives.slice(1).map((alt) => {
            const e = explain(model, alt.id, leader.id);
            return {
              alt,
              weight: e.weightFlips[0],
              rating: e.ratingFlips.find((f) => f.alternative === alt.id),
              failed: e.decidedBy === "mustHaves" ? e.screen.a.failed : [],
            };
          })
        : [],
    [model, ranking, leader],
  );
  if (!leader || items.length === 0) return null;
  return (
    <>
      <h2>What would make another option win</h2>
      <p className="muted">
        The smallest single change that would let each option overtake the leader, {leader.title},
        with everything else as it is.
      </p>
      <ul className="what-if">
        {items.map(({ alt, weight, rating, failed }) => (
          <li key={alt.id}>
            <strong>{alt.title}</strong>{" "}
            {failed.length > 0
              ? `would win if it met its must-haves first (${failed.map((check) => check.reason).join("; ")})`
              : alt.rank === leader.rank
                ? `ties with ${leader.title}: any change in its favour puts it first`
                : `would win if ${
                    weight
                      ? `the weight of ${weight.name} went from ${percentPair(weight.from, weight.to).join(" to ")}`
                      : "no single weight change suffices"
                  }${rating ? `; or if its ${rating.name} rating ${ratingPast(rating.to, model.criteria.find((c) => c.id === rating.criterion)?.direction !== "min")}` : ""}`}
            .
          </li>
        ))}
      </ul>
    </>
  );
}

function ordinal(n: number): string {
  const tens = n % 100;
  const suffix = tens >= 11 && tens <= 13 ? "th" : (["th", "st", "nd", "rd"][n % 10] ?? "th");
  return `${n}${suffix}`;
}

/** Options (rows, leader on top) by ranks (columns), cells in percent; its height in px. */
function heatMap(
  ordered: AlternativeRobustness[],
  title: (id: string) => string,
  narrow: boolean,
): { option: ChartOption; height: number } {
  const n = ordered.length;
  const rows = rowNames(
    ordered.map((alt) => title(alt.id)),
    { narrow, above: false, bars: 0, min: 26 },
  );
  // Printing every cell only pays while the cells are wide enough to read.
  const labelled = n <= 12;
  const data = ordered.flatMap((alt, i) =>
    alt.rankAcceptability.map((b, r) => ({
      value: [r, i, b * 100],
      // White only on the darkest cells, where it keeps a 4.5:1 contrast and black would not.
      label: { color: b > 0.7 ? "#ffffff" : "#1a1a1a" },
    })),
  );
  const option: ChartOption = {
    tooltip: {
      ...CANVAS_TOOLTIP,
      formatter: (params: unknown) => {
        const p = params as { value: [number, number, number] };
        const alt = ordered[p.value[1]];
        return `${alt ? title(alt.id) : ""}\n${ordinal(p.value[0] + 1)}: ${share(p.value[2] / 100)}`;
      },
    },
    grid: { left: 8, right: 16, top: 8, bottom: 56, containLabel: true },
    xAxis: {
      type: "category",
      name: "rank",
      nameLocation: "middle",
      nameGap: 26,
      data: Array.from({ length: ordered[0]?.rankAcceptability.length ?? 0 }, (_, r) =>
        ordinal(r + 1),
      ),
      splitArea: { show: true },
    },
    yAxis: { type: "category", inverse: true, data: rows.data, ...rows.axis },
    visualMap: {
      min: 0,
      max: 100,
      show: false,
      inRange: { color: ["#f4f7fb", "#9cc3e4", "#3b7cc4", "#123a6b"] },
    },
    series: [
      {
        type: "heatmap",
        data,
        label: {
          show: labelled,
          formatter: (p: unknown) => {
            const v = (p as { value: number[] }).value[2] ?? 0;
            return v === 0 ? "" : share(v / 100).replace("%", "");
          },
        },
        emphasis: { itemStyle: { borderColor: "#e8a100", borderWidth: 2 } },
      },
    ],
  };
  // The rows, the rank axis and its name below them.
  return { option, height: Math.max(200, n * rows.rowHeight + 90) };
}

/** One stacked bar per option that can win (its central weights), your weights on top. */
function centralWeightsChart(
  winners: AlternativeRobustness[],
  stated: number[],
  model: DecisionModel,
  title: (id: string) => string,
  narrow: boolean,
): { option: ChartOption; height: number } {
  return stackedBars({
    rows: [
      { name: "Your weights", values: stated },
      ...winners.map((alt) => ({ name: title(alt.id), values: alt.centralWeights ?? [] })),
    ],
    series: model.criteria.map((criterion) => criterion.name),
    narrow,
    format: percent,
    axisFormat: percent,
  });
}

/**
 * Criteria ordered by how little their weight may move before the leader changes. A bound at
 * 0 or 1 is where the weight runs out, not where another option takes over, so it is no edge.
 */
function bySensitivity(stability: CriterionStability[]): CriterionStability[] {
  const margin = (s: CriterionStability) =>
    Math.min(
      s.top.low > 1e-9 ? s.weight - s.top.low : Number.POSITIVE_INFINITY,
      s.top.high < 1 - 1e-9 ? s.top.high - s.weight : Number.POSITIVE_INFINITY,
    );
  return [...stability].sort((a, b) => margin(a) - margin(b));
}

/**
 * The tornado: per criterion, the weight interval keeping the leader (long bar) and the one
 * keeping the whole ranking (short bar), each drawn as a transparent base plus the interval
 * stacked on it, and the current weight as a diamond; its height in px. On a phone the two bars
 * are thinner, to leave room for the criterion's name above them.
 */
function tornadoChart(
  stability: CriterionStability[],
  name: (id: string) => string,
  narrow: boolean,
): { option: ChartOption; height: number } {
  const bar = narrow ? { barWidth: 14 } : { barMaxWidth: 18 };
  const rows = rowNames(
    stability.map((s) => name(s.criterion)),
    // Two bars of 14 px and echarts' gap of 30% between them.
    { narrow, above: true, bars: 33, min: 44 },
  );
  const interval = (pick: (s: CriterionStability) => { low: number; high: number }) =>
    stability.map((s) => {
      const { low, high } = pick(s);
      return { value: high - low, low, high };
    });
  const base = (pick: (s: CriterionStability) => { low: number }) => ({
    type: "bar" as const,
    itemStyle: { color: "transparent" },
    emphasis: { disabled: true },
    tooltip: { show: false },
    silent: true,
    ...bar,
    data: stability.map((s) => pick(s).low),
  });
  const range = (params: unknown) => {
    const p = params as { seriesName: string; name: string; data: { low: number; high: number } };
    return `${p.name}\n${p.seriesName}: ${percent(p.data.low)} to ${percent(p.data.high)}`;
  };
  const option: ChartOption = {
    tooltip: { ...CANVAS_TOOLTIP, trigger: "item" },
    legend: {
      bottom: 0,
      data: ["Leader stays first", "Whole ranking stays", "Your weight"],
    },
    grid: { left: 8, right: 24, top: 8 + rows.top, bottom: 48, containLabel: true },
    xAxis: {
      type: "value",
      min: 0,
      max: 1,
      axisLabel: { formatter: (v: number) => percent(v) },
    },
    yAxis: { type: "category", inverse: true, data: rows.data, ...rows.axis },
    series: [
      { ...base((s) => s.top), name: "leader-base", stack: "top" },
      {
        name: "Leader stays first",
        type: "bar",
        stack: "top",
        ...bar,
        itemStyle: { color: "#9cc3e4" },
        tooltip: { formatter: range },
        data: interval((s) => s.top),
      },
      { ...base((s) => s.ranking), name: "ranking-base", stack: "ranking" },
      {
        name: "Whole ranking stays",
        type: "bar",
        stack: "ranking",
        ...bar,
        itemStyle: { color: "#1f5fa8" },
        tooltip: { formatter: range },
        data: interval((s) => s.ranking),
      },
      {
        name: "Your weight",
        type: "scatter",
        symbol: "diamond",
        symbolSize: 14,
        itemStyle: { color: "#c2410c", borderColor: "#ffffff", borderWidth: 1 },
        tooltip: {
          formatter: (params: unknown) => {
            const p = params as { value: [number, number] };
            const s = stability[p.value[1]];
            return `${s ? name(s.criterion) : ""}\nYour weight: ${percent(p.value[0])}`;
          },
        },
        // [weight, row index]: a category axis reads a number as the index of its row.
        data: stability.map((s, i) => [s.weight, i]),
      },
    ],
  };
  // The rows, the value axis and the legend below them.
  return { option, height: Math.max(200, stability.length * rows.rowHeight + rows.top + 90) };
}
