import { spawn } from 'node:child_process';
import { readFile, writeFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import sirv from 'sirv';
import { scriptCommand } from './commands.js';
import { REPO_ROOT } from './config.js';

const SITE_DIR = path.join(REPO_ROOT, 'site');

function run(program: string, args: string[], env: NodeJS.ProcessEnv, log: (line: string) => void): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(program, args, { cwd: SITE_DIR, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    const collect = (chunk: Buffer) => (output += chunk.toString('utf8'));
    child.stdout.on('data', collect);
    child.stderr.on('data', collect);
    child.on('error', reject);
    child.on('close', (code) => {
      if (code === 0) return resolve();
      log(output.trim().split('\n').slice(-20).join('\n'));
      reject(new Error(`${path.basename(args[0] ?? program)} failed (exit ${code})`));
    });
  });
}

/**
 * Builds the static site from the releases folder into `outDir`, unless it was already built from the same
 * latest release (the build stamps the version it was made from).
 */
export async function ensureSiteBuilt(
  releasesDir: string,
  outDir: string,
  log: (line: string) => void,
  apiUrl?: string,
) {
  const latest = (await readFile(path.join(releasesDir, 'LATEST'), 'utf8').catch(() => '')).trim();
  if (!latest) throw new Error(`No release in ${releasesDir}: run ${scriptCommand('release')} first`);
  const stamp = path.join(outDir, '.built-from');
  // The forms post to the gateway named at build time: another address means another build.
  const built = apiUrl ? `${latest} ${apiUrl}` : latest;
  if ((await readFile(stamp, 'utf8').catch(() => '')).trim() === built) return latest;
  log(`Building the site from release ${latest} ...`);
  const env = {
    ...process.env,
    SITE_RELEASES_DIR: releasesDir,
    SITE_OUT_DIR: outDir,
    ASTRO_TELEMETRY_DISABLED: '1',
    ...(apiUrl ? { SITE_API_URL: apiUrl } : {}),
  };
  await run(
    process.execPath,
    [path.join(SITE_DIR, 'node_modules/astro/bin/astro.mjs'), 'build', '--outDir', outDir],
    env,
    log,
  );
  await run(
    process.execPath,
    [path.join(SITE_DIR, 'node_modules/pagefind/lib/runner/bin.cjs'), '--site', outDir],
    env,
    log,
  );
  await writeFile(stamp, built);
  return latest;
}

/** Serves the built site (static files, with `index.html` for folders). */
export async function serveSite(outDir: string, port: number, host: string) {
  const server: Server = createServer(sirv(outDir, { dev: false, etag: true, extensions: ['html'] }));
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, resolve);
  });
  const { port: actual } = server.address() as AddressInfo;
  return {
    url: `http://${host === '0.0.0.0' ? '127.0.0.1' : host}:${actual}/`,
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
