import { access } from 'node:fs/promises';
import type { DataSource } from 'typeorm';
import path from 'node:path';
import type { HubConfig } from './config.js';
import { releaseTokens, writeRelease } from './release/index.js';
import { ensureSiteBuilt, serveSite } from './site.js';

export interface RunningSite {
  url: string;
  version: string;
  stop(): Promise<void>;
}

/**
 * The transparency site next to the API: a first release is made through the local gateway when none exists
 * yet, the static site is (re)built when the latest release changed, and served. Later releases come from
 * `pnpm release`; restarting the hub rebuilds the site from them.
 */
export async function startPublicSite(
  config: HubConfig,
  gatewayUrl: string,
  dataSources: ReadonlyMap<string, DataSource>,
  log: (line: string) => void,
): Promise<RunningSite> {
  const releasesDir = path.join(config.dataDir, 'releases');
  const hasRelease = await access(path.join(releasesDir, 'LATEST')).then(
    () => true,
    () => false,
  );
  if (!hasRelease) {
    log('Making the first release of the public data ...');
    await writeRelease({
      gatewayUrl,
      gatewaySecret: config.gatewaySecret,
      token: releaseTokens(config.jwtSecret),
      dataDir: config.dataDir,
      audit: { dataSources, checkpointKey: config.checkpointKey },
      log,
    });
  }
  // The public address of the gateway the site's forms post to (HUB_PUBLIC_API_URL), by default the local one.
  const apiUrl = process.env.HUB_PUBLIC_API_URL || gatewayUrl;
  const version = await ensureSiteBuilt(releasesDir, path.join(config.dataDir, 'site'), log, apiUrl);
  const server = await serveSite(path.join(config.dataDir, 'site'), config.sitePort ?? 0, config.host);
  return { ...server, version };
}
