/**
 * An echarts chart as a React component (bundled from the npm package, tree-shaken to the
 * chart types the workbench draws). The chart resizes with its container.
 */
import { BarChart, HeatmapChart, RadarChart, ScatterChart } from "echarts/charts";
import {
  GridComponent,
  LegendComponent,
  RadarComponent,
  TooltipComponent,
  VisualMapComponent,
} from "echarts/components";
import * as echarts from "echarts/core";
import { CanvasRenderer } from "echarts/renderers";
import { useEffect, useRef, useSyncExternalStore } from "react";

echarts.use([
  BarChart,
  HeatmapChart,
  RadarChart,
  ScatterChart,
  GridComponent,
  LegendComponent,
  RadarComponent,
  TooltipComponent,
  VisualMapComponent,
  CanvasRenderer,
]);

export type ChartOption = Parameters<echarts.ECharts["setOption"]>[0];

/**
 * Draws `option`; `label` is the chart's accessible name (charts are images to a reader, so
 * views give the figures in a table too); `testId` marks it for end-to-end tests.
 */
export function Chart(props: {
  option: ChartOption;
  height: number;
  label: string;
  testId?: string;
}) {
  const ref = useRef<HTMLDivElement>(null);
  const chart = useRef<echarts.ECharts | null>(null);
  useEffect(() => {
    if (!ref.current) return;
    const instance = echarts.init(ref.current);
    chart.current = instance;
    const observer = new ResizeObserver(() => instance.resize());
    observer.observe(ref.current);
    return () => {
      observer.disconnect();
      instance.dispose();
      chart.current = null;
    };
  }, []);
  useEffect(() => {
    chart.current?.setOption(props.option, { notMerge: true });
  }, [props.option]);
  return (
    <div
      ref={ref}
      className="chart"
      role="img"
      aria-label={props.label}
      data-testid={props.testId}
      style={{ height: props.height }}
    />
  );
}

const NARROW = "(max-width: 640px)";

/**
 * Whether the viewport is phone-width (at most 640 CSS px, the stylesheet's breakpoint), so
 * charts can give their axis labels less room; re-renders when it changes.
 */
export function useNarrow(): boolean {
  return useSyncExternalStore(
    (notify) => {
      const query = window.matchMedia(NARROW);
      query.addEventListener("change", notify);
      return () => query.removeEventListener("change", notify);
    },
    () => window.matchMedia(NARROW).matches,
  );
}

/**
 * Tooltips drawn as canvas text rather than HTML: titles come from the user's files and are
 * never parsed as markup, and no inline styles run into the page's Content-Security-Policy.
 */
export const CANVAS_TOOLTIP = { renderMode: "richText" as const };

/** The font echarts draws axis labels in (its default), to measure names with. */
const LABEL_FONT = "12px sans-serif";
/** The height of one line of a wrapped name, in px. */
const LINE_HEIGHT = 15;
/** On a phone, the room for a name set above its bar: the chart's width less its margins. */
const ABOVE_WIDTH = 330;

let measurer: CanvasRenderingContext2D | null | undefined;

/** The width of `text` in {@link LABEL_FONT}, in px (7 px a character where no canvas is). */
function textWidth(text: string): number {
  if (measurer === undefined)
    measurer =
      typeof document === "undefined" ? null : document.createElement("canvas").getContext("2d");
  if (!measurer) return 7 * text.length;
  measurer.font = LABEL_FONT;
  return measurer.measureText(text).width;
}

/**
 * `text` broken at spaces into lines at most `width` px wide (a single word wider than that
 * keeps a line of its own), measured in the font the chart draws it in.
 */
export function wrapToWidth(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = "";
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const longer = line ? `${line} ${word}` : word;
    if (line && textWidth(longer) > width) {
      lines.push(line);
      line = word;
    } else line = longer;
  }
  if (line) lines.push(line);
  return lines;
}

/**
 * The names of a chart's rows (option titles, criterion names) on its vertical category axis,
 * laid out so that each reads whole: never cut short, wrapped onto more lines instead.
 *
 * - `above` (bar charts on a phone): each name sits on its own line above its bars, across the
 *   chart's width ({@link ABOVE_WIDTH} px), so the bars keep the width too;
 * - otherwise beside its row, in a column {@link labelWidth} px wide.
 *
 * @param spec.bars the height of a row's bars in px (0 for a heat map's cells, which fill the
 *   row), set as their `barWidth` by the caller; `spec.min` the least row height in px
 * @returns the axis' `data` and `axisLabel` (and `axisTick`), the height of one row in px,
 *   and `top`, the room the first name needs above the first row (add it to the grid's top);
 *   the chart's height is rows × rowHeight + top plus its axes
 */
export function rowNames(
  names: readonly string[],
  spec: { narrow: boolean; above: boolean; bars: number; min: number },
): { data: string[]; axis: Record<string, unknown>; rowHeight: number; top: number } {
  const above = spec.above && spec.narrow;
  const width = above ? ABOVE_WIDTH : labelWidth(spec.narrow);
  const wrapped = names.map((name) => wrapToWidth(name, width));
  const lines = Math.max(1, ...wrapped.map((w) => w.length));
  const data = wrapped.map((w) => w.join("\n"));
  if (above) {
    // Bars sit in the middle of their row; a name needs its lines and a 3 px gap above them.
    const rowHeight = Math.max(spec.min, lines * LINE_HEIGHT + spec.bars + 14);
    const top = Math.max(0, lines * LINE_HEIGHT + 3 + spec.bars / 2 - rowHeight / 2);
    return {
      data,
      axis: {
        axisTick: { show: false },
        axisLabel: {
          inside: true,
          align: "left",
          verticalAlign: "bottom",
          margin: 0,
          lineHeight: LINE_HEIGHT,
          color: "#333",
          // From the row's middle, up past the upper half of its bars, plus a gap.
          padding: [0, 0, spec.bars / 2 + 3, 2],
        },
      },
      rowHeight,
      top: Math.ceil(top),
    };
  }
  return {
    data,
    axis: { axisLabel: { lineHeight: LINE_HEIGHT } },
    rowHeight: Math.max(spec.min, lines * LINE_HEIGHT + 8),
    top: 0,
  };
}

/** The height of a stacked bar, in px. */
const BAR = 18;

/**
 * Horizontal bars, one per row (the first on top), each a stack of one segment per series
 * (a criterion: a colour of {@link PALETTE} and a legend entry), values from 0 to 1; row names
 * laid out by {@link rowNames} (above the bars on a phone).
 *
 * @param spec.format a value in the tooltip; `spec.axisFormat` the value axis' labels
 *   (echarts' own numbers when absent); `spec.narrow` whether the viewport is phone-width
 *   ({@link useNarrow})
 * @returns the option, and the chart's height in px for its rows
 */
export function stackedBars(spec: {
  rows: readonly { name: string; values: readonly number[] }[];
  series: readonly string[];
  narrow: boolean;
  format: (value: number) => string;
  axisFormat?: (value: number) => string;
}): { option: ChartOption; height: number } {
  const { rows, format, axisFormat } = spec;
  const names = rowNames(
    rows.map((row) => row.name),
    { narrow: spec.narrow, above: true, bars: BAR, min: 44 },
  );
  const option: ChartOption = {
    color: PALETTE,
    tooltip: {
      ...CANVAS_TOOLTIP,
      trigger: "axis",
      axisPointer: { type: "shadow" },
      valueFormatter: (v: unknown) => format(Number(v)),
    },
    // The legend is HTML ({@link ChartLegend}) so that it wraps instead of paging.
    legend: { show: false },
    grid: { left: 8, right: 16, top: 8 + names.top, bottom: 8, containLabel: true },
    xAxis: { type: "value", max: 1, ...(axisFormat && { axisLabel: { formatter: axisFormat } }) },
    yAxis: { type: "category", inverse: true, data: names.data, ...names.axis },
    series: spec.series.map((name, j) => ({
      name,
      type: "bar",
      stack: "total",
      barWidth: BAR,
      emphasis: { focus: "series" },
      data: rows.map((row) => row.values[j] ?? 0),
    })),
  };
  // The rows, and the value axis' labels below them.
  return { option, height: rows.length * names.rowHeight + names.top + 40 };
}

/**
 * The legend of a chart whose series take {@link PALETTE}'s colours in order, as an HTML list
 * that wraps at any width (an echarts legend pages or overflows on a phone).
 */
export function ChartLegend(props: { series: readonly string[]; label?: string }) {
  return (
    <ul className="chart-legend" aria-label={props.label ?? "Legend"} data-testid="chart-legend">
      {props.series.map((name, j) => (
        <li key={name}>
          <svg className="swatch" width="12" height="12" aria-hidden="true">
            <rect width="12" height="12" rx="2" fill={PALETTE[j % PALETTE.length]} />
          </svg>
          {name}
        </li>
      ))}
    </ul>
  );
}

/** Room for category-axis labels (option titles, criterion names) beside a chart, in px. */
export const labelWidth = (narrow: boolean): number => (narrow ? 110 : 200);

/** A palette with enough contrast on white, one colour per criterion. */
export const PALETTE = [
  "#1f5fa8",
  "#c2410c",
  "#15803d",
  "#7c3aed",
  "#b91c1c",
  "#0e7490",
  "#a16207",
  "#be185d",
  "#4d7c0f",
  "#475569",
  "#9333ea",
  "#0369a1",
  "#b45309",
  "#047857",
  "#6d28d9",
];
