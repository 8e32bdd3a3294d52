import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'astro/config';
import { releaseData } from './integrations/release-data.ts';

/*
 * The site is built from a release folder alone (packages/datasets/src/release-format.ts):
 * SITE_RELEASES_DIR holds `<version>/` folders and a LATEST file (default: the hub's `.data/releases`);
 * SITE_OUT_DIR is where the static site goes (default `dist`; `astro build --outDir` works too);
 * SITE_CACHE_DIR lets two builds run side by side without sharing Astro's cache;
 * SITE_URL (optional) is the public address of the site, used for full URLs in citations.
 */
const siteDir = path.dirname(fileURLToPath(import.meta.url));
const releasesDir = path.resolve(process.env.SITE_RELEASES_DIR ?? path.join(siteDir, '../.data/releases'));
// The pages read the release while they are rendered, in this process: hand them the resolved folder.
process.env.SITE_RELEASES_DIR = releasesDir;

export default defineConfig({
  site: process.env.SITE_URL || undefined,
  outDir: process.env.SITE_OUT_DIR ?? './dist',
  cacheDir: process.env.SITE_CACHE_DIR ?? './node_modules/.astro',
  i18n: { defaultLocale: 'zh-CN', locales: ['zh-CN', 'en'], routing: { prefixDefaultLocale: false } },
  build: { format: 'directory' },
  trailingSlash: 'ignore',
  integrations: [releaseData(releasesDir)],
});
