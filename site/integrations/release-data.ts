import { createReadStream, readdirSync, statSync } from 'node:fs';
import { cp, mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { latestVersionIn, releaseVersionsIn } from '../src/lib/release/versions.ts';

/*
 * Publishes the release folders next to the pages: every `<version>/` of the releases folder becomes
 * `/data/<version>/` and the latest also `/data/latest/`, so that download URLs are stable and every earlier
 * release stays downloadable. The copy happens after Astro has written the pages, into the same output folder.
 * In `astro dev` the same URLs are served straight from the releases folder.
 */

const CONTENT_TYPES: Record<string, string> = {
  '.csv': 'text/csv; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.md': 'text/markdown; charset=utf-8',
};

async function copyReleases(releasesDir: string, outDir: string): Promise<string[]> {
  const versions = releaseVersionsIn(releasesDir);
  const latest = latestVersionIn(releasesDir);
  const dataDir = path.join(outDir, 'data');
  await mkdir(dataDir, { recursive: true });
  for (const version of versions)
    await cp(path.join(releasesDir, version), path.join(dataDir, version), { recursive: true });
  await cp(path.join(releasesDir, latest), path.join(dataDir, 'latest'), { recursive: true });
  // The version `latest` points at, for scripts that want to pin what they just downloaded.
  await writeFile(path.join(dataDir, 'LATEST'), `${latest}\n`, 'utf8');
  return versions;
}

/** Resolves a `/data/...` URL to a file of the releases folder, or null (dev server only). */
function devDataFile(releasesDir: string, url: string): string | null {
  let pathname: string;
  try {
    pathname = decodeURIComponent(url.split('?')[0] ?? '');
  } catch {
    return null;
  }
  const match = /^\/data\/([^/]+)\/([^/]+)$/.exec(pathname);
  if (!match) return null;
  const [, folder = '', file = ''] = match;
  const version = folder === 'latest' ? latestVersionIn(releasesDir) : folder;
  if (!releaseVersionsIn(releasesDir).includes(version)) return null;
  const names = readdirSync(path.join(releasesDir, version));
  return names.includes(file) ? path.join(releasesDir, version, file) : null;
}

export function releaseData(releasesDir: string): AstroIntegration {
  return {
    name: 'dibao-release-data',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const versions = await copyReleases(releasesDir, fileURLToPath(dir));
        logger.info(`copied ${versions.length} release(s) from ${releasesDir} to /data/`);
      },
      'astro:server:setup': ({ server }) => {
        server.middlewares.use((request, response, next) => {
          const file = devDataFile(releasesDir, request.url ?? '');
          if (!file || !statSync(file).isFile()) return next();
          response.setHeader('Content-Type', CONTENT_TYPES[path.extname(file)] ?? 'text/plain; charset=utf-8');
          createReadStream(file).pipe(response);
        });
      },
    },
  };
}
