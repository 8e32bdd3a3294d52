import { scaleLinear, scalePoint } from 'd3-scale';
import { line } from 'd3-shape';

/*
 * Geometry of a line chart over years (one line per series), computed at build time with d3-scale and
 * d3-shape and drawn by LineChart.astro. Series differ by colour, dash pattern and marker shape, and are named
 * at their last point, so that colour is never the only cue.
 */

export interface LineSeries {
  name: string;
  /** One value per year of `years`; null for a gap (suppressed or missing). */
  values: Array<number | null>;
}

export interface LineLayout {
  width: number;
  height: number;
  /**
   * endY is where the series' name is written (moved apart from the others' names). `d` joins complete years
   * only; `provisionalD` draws, dotted, the segments that reach a provisional year, whose points are marked
   * `provisional` (drawn hollow), so that an incomplete year never reads as a complete one.
   */
  paths: Array<{
    name: string;
    d: string;
    provisionalD: string;
    points: Array<{ x: number; y: number; provisional: boolean }>;
    endX: number;
    endY: number;
  }>;
  xTicks: Array<{ x: number; label: string }>;
  yTicks: Array<{ y: number; label: string }>;
  plotLeft: number;
  plotRight: number;
  plotTop: number;
  plotBottom: number;
}

const WIDTH = 640;
const HEIGHT = 300;
const MARGIN = { top: 16, right: 150, bottom: 32, left: 72 };
const LABEL_GAP = 16;

export function layoutLines(
  years: number[],
  series: LineSeries[],
  tickFormat: (value: number) => string,
  provisional: readonly boolean[] = [],
): LineLayout {
  const x = scalePoint<number>()
    .domain(years)
    .range([MARGIN.left, WIDTH - MARGIN.right])
    .padding(years.length === 1 ? 0.5 : 0.1);
  const max = Math.max(1, ...series.flatMap((entry) => entry.values.map((value) => value ?? 0)));
  const y = scaleLinear()
    .domain([0, max])
    .range([HEIGHT - MARGIN.bottom, MARGIN.top])
    .nice();
  // Gaps stay gaps: a suppressed year is not bridged by a line that would suggest a value.
  const path = line<{ x: number; y: number } | null>()
    .defined((point) => point !== null)
    .x((point) => point?.x ?? 0)
    .y((point) => point?.y ?? 0);
  const paths = series.map((entry) => {
    const slots = entry.values.map((value, index) => {
      const year = years[index];
      if (value === null || year === undefined) return null;
      return { x: x(year) ?? MARGIN.left, y: y(value), provisional: provisional[index] === true };
    });
    const complete = slots.map((slot) => (slot?.provisional ? null : slot));
    // Each segment with a provisional end, on its own, so that the dotted line never bridges a gap.
    const provisionalD = slots
      .slice(1)
      .map((slot, index) => {
        const before = slots[index];
        return slot && before && (slot.provisional || before.provisional) ? (path([before, slot]) ?? '') : '';
      })
      .join('');
    const points = slots.filter((point): point is NonNullable<typeof point> => point !== null);
    const last = points.at(-1) ?? { x: MARGIN.left, y: HEIGHT - MARGIN.bottom };
    return { name: entry.name, d: path(complete) ?? '', provisionalD, points, endX: last.x, endY: last.y };
  });
  // Names at the line ends must not overlap: push them apart, top to bottom.
  const order = [...paths].sort((a, b) => a.endY - b.endY);
  for (let index = 1; index < order.length; index++) {
    const above = order[index - 1];
    const current = order[index];
    if (above && current && current.endY - above.endY < LABEL_GAP) current.endY = above.endY + LABEL_GAP;
  }
  return {
    width: WIDTH,
    height: HEIGHT,
    plotLeft: MARGIN.left,
    plotRight: WIDTH - MARGIN.right,
    plotTop: MARGIN.top,
    plotBottom: HEIGHT - MARGIN.bottom,
    paths,
    xTicks: years.map((year) => ({ x: x(year) ?? MARGIN.left, label: String(year) })),
    yTicks: y
      .ticks(5)
      .filter(Number.isInteger)
      .map((value) => ({ y: y(value), label: tickFormat(value) })),
  };
}
