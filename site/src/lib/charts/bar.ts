import { scaleBand, scaleLinear } from 'd3-scale';

/*
 * Geometry of a horizontal bar chart, computed at build time with d3-scale and drawn by BarChart.astro as
 * static SVG. Each category gets a row: its label above the bar, so that long Chinese or English labels never
 * collide with the bars on a narrow screen. A suppressed value draws no bar, only its "<5" label.
 */

export interface BarDatum {
  label: string;
  /** null when suppressed or absent: no bar. */
  value: number | null;
  /** What the value reads as, in the chart and in the table: "1,234", "<5", "87.5%". */
  display: string;
  /** True when the value is withheld for privacy (then it is something, not nothing). */
  withheld?: boolean;
  /** Set when the value is provisional: what it covers ("3 of 5 county reports"); the bar is drawn hatched. */
  provisional?: string | null;
}

export interface BarLayout {
  width: number;
  height: number;
  bars: Array<BarDatum & { y: number; labelY: number; barWidth: number; barHeight: number; valueX: number }>;
  ticks: Array<{ x: number; label: string }>;
  plotLeft: number;
  plotRight: number;
  plotTop: number;
  plotBottom: number;
}

const WIDTH = 640;
const ROW = 46;
const LEFT = 20;
const RIGHT = 120;
const TOP = 8;
const AXIS = 28;

/** Whether the chart has anything to draw: when every value is withheld, the table alone says so better. */
export const hasBars = (data: BarDatum[]) => data.some((datum) => datum.value !== null);

/**
 * Whether there is nothing to show at all: no category, or every value zero or absent and none withheld.
 * Empty axes would look like a chart of something; the page says in words that there is nothing instead.
 */
export const isEmptyChart = (data: BarDatum[]) =>
  data.every((datum) => datum.value === 0 || (datum.value === null && datum.withheld !== true));

export function layoutBars(
  data: BarDatum[],
  tickFormat: (value: number) => string,
  options: { maxValue?: number; integer?: boolean } = {},
): BarLayout {
  const { maxValue, integer = false } = options;
  const plotBottom = TOP + data.length * ROW;
  const max = Math.max(maxValue ?? 0, ...data.map((datum) => datum.value ?? 0), 1);
  const x = scaleLinear()
    .domain([0, max])
    .range([LEFT, WIDTH - RIGHT])
    .nice();
  const y = scaleBand<number>()
    .domain(data.map((_, index) => index))
    .range([TOP, plotBottom])
    .paddingInner(0);
  return {
    width: WIDTH,
    height: plotBottom + AXIS,
    plotLeft: LEFT,
    plotRight: WIDTH - RIGHT,
    plotTop: TOP,
    plotBottom,
    bars: data.map((datum, index) => {
      const top = y(index) ?? TOP;
      const barWidth = datum.value === null ? 0 : Math.max(x(datum.value) - LEFT, datum.value > 0 ? 1 : 0);
      return {
        ...datum,
        labelY: top + 14,
        y: top + 20,
        barWidth,
        barHeight: 18,
        valueX: LEFT + barWidth + 6,
      };
    }),
    // Counts get whole-number ticks only: an axis reading 0, 0, 0, 1 for 0, 0.2, 0.4, 1 would mislead.
    ticks: x
      .ticks(5)
      .filter((value) => !integer || Number.isInteger(value))
      .map((value) => ({ x: x(value), label: tickFormat(value) })),
  };
}
