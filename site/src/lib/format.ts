import type { Locale } from '../i18n/locales.ts';
import type { Figure } from './release/cells.ts';

/*
 * How numbers, money and dates read on the pages. Money is published in fen (1/100 yuan) and shown in yuan:
 * in Chinese in 万元 / 亿元 as officials write it, in English in yuan with "million". Dates are calendar dates of
 * Asia/Shanghai.
 */

const numberFormats = new Map<string, Intl.NumberFormat>();

function numberFormat(locale: Locale, digits = 0): Intl.NumberFormat {
  const key = `${locale}|${digits}`;
  let format = numberFormats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(locale, { minimumFractionDigits: digits, maximumFractionDigits: digits });
    numberFormats.set(key, format);
  }
  return format;
}

export const formatNumber = (value: number, locale: Locale, digits = 0) => numberFormat(locale, digits).format(value);

/** Money for a table cell: 万元 with two decimals in Chinese, whole yuan in English. */
export function formatFen(fen: number, locale: Locale): string {
  const yuan = fen / 100;
  if (locale === 'zh-CN') return `${formatNumber(yuan / 10_000, locale, 2)} 万元`;
  return `¥${formatNumber(yuan, locale, Number.isInteger(yuan) ? 0 : 2)}`;
}

/** Money for a headline: 亿元 / 万元 in Chinese, millions in English. */
export function formatFenShort(fen: number, locale: Locale): string {
  const yuan = fen / 100;
  if (locale === 'zh-CN') {
    if (Math.abs(yuan) >= 100_000_000) return `${formatNumber(yuan / 100_000_000, locale, 2)} 亿元`;
    return `${formatNumber(yuan / 10_000, locale, 1)} 万元`;
  }
  if (Math.abs(yuan) >= 1_000_000) return `¥${formatNumber(yuan / 1_000_000, locale, 1)} million`;
  return `¥${formatNumber(yuan, locale)}`;
}

/** Percent values are published as 0–100. */
export const formatPercent = (value: number, locale: Locale) => `${formatNumber(value, locale, 1)}%`;

const MONTHS_EN = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** The Asia/Shanghai calendar date of an ISO date or date-time, as YYYY-MM-DD; null when unreadable. */
export function shanghaiDate(iso: string | null | undefined): string | null {
  if (!iso) return null;
  if (/^\d{4}-\d{2}-\d{2}$/.test(iso)) return iso;
  const time = Date.parse(iso);
  if (Number.isNaN(time)) return null;
  return new Date(time + 8 * 3_600_000).toISOString().slice(0, 10);
}

export function formatDate(iso: string | null | undefined, locale: Locale): string {
  const date = shanghaiDate(iso);
  if (!date) return locale === 'zh-CN' ? '未注明' : 'not given';
  const [year = '', month = '1', day = '1'] = date.split('-');
  if (locale === 'zh-CN') return `${year}年${Number(month)}月${Number(day)}日`;
  return `${Number(day)} ${MONTHS_EN[Number(month) - 1] ?? month} ${year}`;
}

/** How a count reads in a table: the number, "<5" when suppressed, "—" when there is none. */
export function formatFigure(
  cell: Figure,
  locale: Locale,
  threshold: number,
  format: (value: number, locale: Locale) => string = formatNumber,
): string {
  if (cell.suppressed) return `<${threshold}`;
  if (cell.value === null) return '—';
  return format(cell.value, locale);
}

/** File sizes for download links. */
export function formatBytes(bytes: number, locale: Locale): string {
  if (bytes < 1024) return `${formatNumber(bytes, locale)} B`;
  if (bytes < 1024 * 1024) return `${formatNumber(bytes / 1024, locale, 1)} KB`;
  return `${formatNumber(bytes / 1024 / 1024, locale, 1)} MB`;
}
