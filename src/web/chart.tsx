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

/**
 * Horizontal bars, one per row (the first on top), each a stack of one segment per series
 * (a criterion: a colour of {@link PALETTE} and a legend entry), values from 0 to 1.
 *
 * @param spec.format a value in the tooltip; `spec.axisFormat` the value axis' labels
 *   (echarts' own numbers when absent); `spec.labels` the room for row names
 *   ({@link labelWidth})
 */
export function stackedBars(spec: {
  rows: readonly { name: string; values: readonly number[] }[];
  series: readonly string[];
  labels: number;
  format: (value: number) => string;
  axisFormat?: (value: number) => string;
}): ChartOption {
  const { rows, labels, format, axisFormat } = spec;
  return {
    color: PALETTE,
    tooltip: {
      ...CANVAS_TOOLTIP,
      trigger: "axis",
      axisPointer: { type: "shadow" },
      valueFormatter: (v: unknown) => format(Number(v)),
    },
    // The legend is HTML ({@link ChartLegend}) so that it wraps instead of paging.
    legend: { show: false },
    grid: { left: 8, right: 16, top: 8, bottom: 8, containLabel: true },
    xAxis: { type: "value", max: 1, ...(axisFormat && { axisLabel: { formatter: axisFormat } }) },
    yAxis: {
      type: "category",
      inverse: true,
      data: rows.map((row) => row.name),
      axisLabel: { width: labels, overflow: "truncate" },
    },
    series: spec.series.map((name, j) => ({
      name,
      type: "bar",
      stack: "total",
      emphasis: { focus: "series" },
      data: rows.map((row) => row.values[j] ?? 0),
    })),
  };
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

/** Room for category-axis labels (option titles, criterion names), in px. */
export const labelWidth = (narrow: boolean): number => (narrow ? 96 : 180);

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
