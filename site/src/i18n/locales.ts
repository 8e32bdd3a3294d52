/*
 * The two languages of the site. Chinese is the default and lives at `/`; English mirrors every page under
 * `/en/` (astro.config.ts declares the same routing to Astro).
 */

export type Locale = 'zh-CN' | 'en';

export const LOCALES: readonly Locale[] = ['zh-CN', 'en'];

export const otherLocale = (locale: Locale): Locale => (locale === 'zh-CN' ? 'en' : 'zh-CN');

/** A text in both languages, as the release writes labels. */
export interface Bilingual {
  zh: string;
  en: string;
}

export const pick = (text: Bilingual, locale: Locale) => (locale === 'zh-CN' ? text.zh : text.en);

/**
 * The URL of a page in a language. `page` is the path without language and without leading slash, ending in a
 * slash for a folder (`regions/630121/`), or '' for the home page.
 */
export function pageUrl(locale: Locale, page: string): string {
  const clean = page.replace(/^\/+/, '');
  return locale === 'zh-CN' ? `/${clean}` : `/en/${clean}`;
}
