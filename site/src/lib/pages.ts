import { allBulletins, allItemFilters, itemFilterParam } from './data/bulletins.ts';
import { allRegions } from './data/regions.ts';
import { latestRelease } from './release/release.ts';

/*
 * The dynamic routes' getStaticPaths, shared by the Chinese pages (src/pages/...) and their English twins
 * (src/pages/en/...), so that both languages always have exactly the same pages.
 */

export function bulletinPaths() {
  return allBulletins().map((bulletin) => ({ params: { slug: bulletin.slug }, props: { bulletin } }));
}

export function itemFilterPaths() {
  return allItemFilters().map((filter) => ({ params: { filter: itemFilterParam(filter) }, props: { filter } }));
}

export function regionPaths() {
  return allRegions().map((region) => ({ params: { code: region.code }, props: { region } }));
}

export function datasetPaths() {
  return latestRelease().datasets.map((dataset) => ({ params: { dataset: dataset.name }, props: { dataset } }));
}
