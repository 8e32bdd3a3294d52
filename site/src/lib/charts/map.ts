import { geoMercator, geoPath, type ExtendedFeature, type ExtendedFeatureCollection } from 'd3-geo';
import { scaleQuantize } from 'd3-scale';
import counties from '../../data/boundaries/qinghai-counties.json' with { type: 'json' };

/*
 * A choropleth of a region's parts drawn at build time: the county polygons of data/boundaries (see its
 * README for source and licence), projected with d3-geo to fit the frame, each part filled by the class of its
 * figure (five equal steps between the smallest and largest shown). A part is a county, or for the province's
 * map a prefecture: all counties whose code begins with its four digits, filled alike, its outline drawn over.
 */

export interface MapDatum {
  code: string;
  label: string;
  /** Null when there is no figure (withheld or not reported): drawn hatched. */
  value: number | null;
  /** How the value reads in the table (S, provisional marks …). */
  display: string;
}

export interface MapShape {
  code: string;
  label: string;
  path: string;
  fill: string | null;
  display: string;
}

export interface MapLegendEntry {
  fill: string;
  label: string;
}

export interface MapLayout {
  width: number;
  height: number;
  shapes: MapShape[];
  /** Outlines of the parts (prefectures drawn over their counties). */
  outlines: Array<{ code: string; path: string }>;
  legend: MapLegendEntry[];
}

/** Sequential blues, light to dark; the darkest still leaves the outlines visible. Distinct in greyscale too. */
export const MAP_PALETTE = ['#d6e6f4', '#9ecae1', '#5fa2ce', '#2b75b3', '#0d4a87'] as const;

type County = ExtendedFeature & { id: string };
const COUNTIES = (counties as unknown as ExtendedFeatureCollection<County>).features;

/** Whether boundaries exist for the region's parts (only Qinghai's are shipped). */
export const hasBoundaries = (codes: readonly string[]) =>
  codes.some((code) => COUNTIES.some((county) => county.id.startsWith(code.replace(/(00)+$/, ''))));

const partOf = (countyCode: string, parts: readonly MapDatum[]) =>
  parts.find((part) => countyCode.startsWith(part.code.replace(/(00)+$/, '')));

/**
 * `scope` is the region whose map it is: every county of the boundary data inside it is drawn, and one that
 * matches none of the parts (an area the source knows under a code no region has today) is drawn without a figure.
 */
export function layoutMap(
  scope: string,
  parts: readonly MapDatum[],
  format: (value: number) => string,
  size = { width: 560, height: 420 },
): MapLayout {
  const members = COUNTIES.filter((county) => county.id.startsWith(scope.replace(/(00)+$/, '')));
  const collection: ExtendedFeatureCollection<County> = { type: 'FeatureCollection', features: members };
  const projection = geoMercator().fitExtent(
    [
      [8, 8],
      [size.width - 8, size.height - 8],
    ],
    collection,
  );
  const path = geoPath(projection);
  const values = parts.map((part) => part.value).filter((value): value is number => value !== null);
  const [min, max] = values.length ? [Math.min(...values), Math.max(...values)] : [0, 0];
  const scale = scaleQuantize<string>()
    .domain([min, max === min ? min + 1 : max])
    .range([...MAP_PALETTE]);
  const shapes = members.map((county) => {
    const part = partOf(county.id, parts);
    return {
      code: county.id,
      label: part?.label ?? String((county.properties as { name?: string } | null)?.name ?? county.id),
      path: path(county) ?? '',
      fill: part && part.value !== null ? scale(part.value) : null,
      display: part?.display ?? '—',
    };
  });
  // A prefecture's outline: its counties' shapes merged into one path (inner borders stay faint underneath).
  const outlines = parts
    .filter((part) => part.code.length === 6 && part.code.endsWith('00'))
    .map((part) => ({
      code: part.code,
      path: members
        .filter((county) => county.id.startsWith(part.code.slice(0, 4)))
        .map((county) => path(county) ?? '')
        .join(''),
    }));
  const legend = scale.range().map((fill) => {
    const [from, to] = scale.invertExtent(fill);
    return { fill, label: `${format(Math.round(from!))} – ${format(Math.round(to!))}` };
  });
  return { ...size, shapes, outlines, legend: values.length ? legend : [] };
}
