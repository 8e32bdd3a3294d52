import type { Locale } from '../i18n/locales.ts';
import { messagesFor, type Messages } from '../i18n/ui.ts';
import { isNational } from './data/regions.ts';

/*
 * The sections of the site as the navigation lists them. `page` is the language-neutral path (see pageUrl);
 * a page belongs to the section whose path its own path starts with.
 */

export type SectionKey = keyof Messages['nav'];

export const SECTIONS: ReadonlyArray<{ key: SectionKey; page: string }> = [
  { key: 'home', page: '' },
  { key: 'items', page: 'bulletins/items/' },
  { key: 'bulletins', page: 'bulletins/' },
  { key: 'regions', page: 'regions/' },
  { key: 'statistics', page: 'statistics/' },
  { key: 'rules', page: 'rules/' },
  { key: 'downloads', page: 'downloads/' },
  { key: 'complain', page: 'complain/' },
  { key: 'about', page: 'about/' },
  { key: 'search', page: 'search/' },
];

/** The section a page belongs to: the longest section path it starts with. */
export function sectionOf(page: string): SectionKey {
  if (page === '') return 'home';
  const matches = SECTIONS.filter((section) => section.page !== '' && page.startsWith(section.page));
  return matches.sort((a, b) => b.page.length - a.page.length)[0]?.key ?? 'home';
}

export const sectionLabel = (key: SectionKey, locale: Locale) => messagesFor(locale).nav[key];

/** The site's name and tagline: the country's on a national deployment, the province's otherwise. */
export function siteIdentity(locale: Locale): { name: string; tagline: string } {
  const t = messagesFor(locale);
  return isNational()
    ? { name: t.national.siteName, tagline: t.national.siteTagline }
    : { name: t.siteName, tagline: t.siteTagline };
}
