import type { DatasetRow } from '@dibao/datasets';
import { integer, text } from '../release/cells.ts';
import { datasetRows } from '../release/release.ts';
import { ancestorsOf, isWithin, regionByCode, type Region } from './regions.ts';

/*
 * Published bulletins (通报) and their items, the commendations and criticisms. A bulletin is known by its
 * document number (青民发〔2025〕3号); its page lives at /bulletins/<slug>/ where the slug is the number's year
 * and serial (2025-3), with a short hash of the prefix added only when two issuers share a year and serial.
 */

export type ItemKind = 'COMMENDATION' | 'CRITICISM';
export const ITEM_KINDS: readonly ItemKind[] = ['COMMENDATION', 'CRITICISM'];

export interface BulletinItem {
  documentNumber: string;
  sequence: number;
  kind: ItemKind;
  category: string;
  regionCode: string | null;
  publicText: string;
  issuedAt: string | null;
  publishedAt: string | null;
  row: DatasetRow;
}

export interface Bulletin {
  documentNumber: string;
  slug: string;
  title: string;
  /** The English title and summary the issuer gave; null where it published in Chinese only. */
  titleEn: string | null;
  summaryEn: string | null;
  issuer: string | null;
  /** The issuer's English name, when the release gives one. */
  issuerEn: string | null;
  issuedAt: string | null;
  publishedAt: string | null;
  items: BulletinItem[];
  row: DatasetRow | null;
}

const DOCUMENT_NUMBER = /^(.*)〔(\d{4})〕(\d+)号$/u;

function shortHash(value: string): string {
  let hash = 0x811c9dc5;
  for (const character of value) hash = Math.imul(hash ^ (character.codePointAt(0) ?? 0), 0x01000193) >>> 0;
  return hash.toString(36).slice(0, 4);
}

/** Year of a document number (〔2025〕), else of the issue date, else null. */
export function documentYear(documentNumber: string, issuedAt: string | null): number | null {
  const year = DOCUMENT_NUMBER.exec(documentNumber)?.[2] ?? issuedAt?.slice(0, 4);
  return year && /^\d{4}$/.test(year) ? Number(year) : null;
}

function slugsFor(numbers: string[]): Map<string, string> {
  const base = (number: string) => {
    const match = DOCUMENT_NUMBER.exec(number);
    return match ? `${match[2]}-${match[3]}` : `doc-${shortHash(number)}`;
  };
  const counts = new Map<string, number>();
  for (const number of numbers) counts.set(base(number), (counts.get(base(number)) ?? 0) + 1);
  return new Map(
    numbers.map((number) => {
      const slug = base(number);
      return [number, (counts.get(slug) ?? 0) > 1 ? `${slug}-${shortHash(number)}` : slug];
    }),
  );
}

function itemOf(row: DatasetRow): BulletinItem | null {
  const documentNumber = text(row, 'document_number');
  const kind = text(row, 'kind') as ItemKind | null;
  if (!documentNumber || !kind || !ITEM_KINDS.includes(kind)) return null;
  return {
    documentNumber,
    sequence: integer(row, 'sequence') ?? integer(row, 'item_number') ?? 0,
    kind,
    category: text(row, 'category') ?? '',
    regionCode: text(row, 'region_code'),
    publicText: text(row, 'public_text') ?? '',
    issuedAt: text(row, 'issued_at'),
    publishedAt: text(row, 'published_at'),
    row,
  };
}

const byDateDescending = (a: string | null, b: string | null) => (b ?? '').localeCompare(a ?? '');

let cache: Bulletin[] | undefined;

/** Every published bulletin, newest first, with its items in document order. */
export function allBulletins(): Bulletin[] {
  if (cache) return cache;
  const items = datasetRows('bulletin-items')
    .map(itemOf)
    .filter((item): item is BulletinItem => item !== null);
  const rows = datasetRows('bulletins');
  const numbers = [
    ...new Set([
      ...rows.map((row) => text(row, 'document_number')).filter((n): n is string => n !== null),
      ...items.map((item) => item.documentNumber),
    ]),
  ];
  const slugs = slugsFor(numbers);
  cache = numbers
    .map((documentNumber) => {
      const row = rows.find((candidate) => text(candidate, 'document_number') === documentNumber) ?? null;
      const own = items
        .filter((item) => item.documentNumber === documentNumber)
        .sort((a, b) => a.sequence - b.sequence);
      const first = own[0];
      return {
        documentNumber,
        slug: slugs.get(documentNumber) ?? documentNumber,
        // Items repeat the bulletin's title and dates, so a bulletin is complete even from items alone.
        title: text(row ?? undefined, 'title') ?? (first ? text(first.row, 'bulletin_title') : null) ?? documentNumber,
        titleEn: text(row ?? undefined, 'title_en'),
        summaryEn: text(row ?? undefined, 'summary_en'),
        issuer: text(row ?? undefined, 'issuer'),
        issuerEn: text(row ?? undefined, 'issuer_en'),
        issuedAt: text(row ?? undefined, 'issued_at') ?? first?.issuedAt ?? null,
        publishedAt: text(row ?? undefined, 'published_at') ?? first?.publishedAt ?? null,
        items: own,
        row,
      };
    })
    .sort((a, b) => byDateDescending(a.issuedAt, b.issuedAt) || b.documentNumber.localeCompare(a.documentNumber));
  return cache;
}

export const bulletinBySlug = (slug: string) => allBulletins().find((bulletin) => bulletin.slug === slug);
export const bulletinOf = (item: BulletinItem) =>
  allBulletins().find((bulletin) => bulletin.documentNumber === item.documentNumber);

/** Every item, newest bulletin first. */
export const allItems = (): BulletinItem[] => allBulletins().flatMap((bulletin) => bulletin.items);

export const itemYear = (item: BulletinItem) => documentYear(item.documentNumber, item.issuedAt);

/** Items that name the region itself. */
export const itemsNaming = (code: string) => allItems().filter((item) => item.regionCode === code);

/** Items that name a region below this one. */
export const itemsBelow = (code: string) =>
  allItems().filter((item) => item.regionCode !== null && item.regionCode !== code && isWithin(item.regionCode, code));

// ---------------------------------------------------------------------------------------------------------------
// Filters of the commendations-and-criticisms pages, as static pages: /bulletins/items/<year>/<kind>/<region>/

export interface ItemFilter {
  year: number | null;
  kind: ItemKind | null;
  region: string | null;
}

export const NO_FILTER: ItemFilter = { year: null, kind: null, region: null };

/** The page path of a filter, with trailing "all" segments left out: /bulletins/items/2025/criticism/. */
export function itemFilterPath(filter: ItemFilter): string {
  const segments = [
    filter.year === null ? 'all' : String(filter.year),
    filter.kind === null ? 'all' : filter.kind.toLowerCase(),
    filter.region ?? 'all',
  ];
  while (segments.at(-1) === 'all') segments.pop();
  return ['bulletins', 'items', ...segments].join('/') + '/';
}

export function matchesFilter(item: BulletinItem, filter: ItemFilter): boolean {
  if (filter.year !== null && itemYear(item) !== filter.year) return false;
  if (filter.kind !== null && item.kind !== filter.kind) return false;
  if (filter.region !== null && !(item.regionCode && isWithin(item.regionCode, filter.region))) return false;
  return true;
}

/** The choices each filter offers: years with items, and the regions items name together with their ancestors. */
export function filterChoices(): { years: number[]; regions: Region[] } {
  const items = allItems();
  const years = [...new Set(items.map(itemYear).filter((year): year is number => year !== null))].sort((a, b) => b - a);
  const codes = new Set<string>();
  for (const item of items) {
    if (!item.regionCode || !regionByCode(item.regionCode)) continue;
    codes.add(item.regionCode);
    for (const ancestor of ancestorsOf(item.regionCode)) codes.add(ancestor.code);
  }
  // The top of the tree is the same as "all regions".
  const regions = [...codes]
    .map((code) => regionByCode(code))
    .filter((region): region is Region => region !== undefined && region.parentCode !== null)
    .sort((a, b) => a.code.localeCompare(b.code));
  return { years, regions };
}

/** Every combination of the filters, one static page each (the cross product is small: years × 3 × regions). */
export function allItemFilters(): ItemFilter[] {
  const { years, regions } = filterChoices();
  const filters: ItemFilter[] = [];
  for (const year of [null, ...years])
    for (const kind of [null, ...ITEM_KINDS])
      for (const region of [null, ...regions.map((candidate) => candidate.code)]) filters.push({ year, kind, region });
  return filters;
}

/** The rest parameter of /bulletins/items/[...filter] for a filter (undefined for the unfiltered page). */
export function itemFilterParam(filter: ItemFilter): string | undefined {
  const page = itemFilterPath(filter)
    .replace(/^bulletins\/items\/?/, '')
    .replace(/\/$/, '');
  return page.length > 0 ? page : undefined;
}
