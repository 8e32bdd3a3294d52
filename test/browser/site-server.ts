import { spawn } from 'node:child_process';
import { mkdir, mkdtemp, readFile, rm, stat } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import sirv from 'sirv';

/*
 * Builds the public site from a releases folder (`<version>/` folders and a LATEST file, as `pnpm release`
 * writes them) into a temporary folder, indexes it with Pagefind and serves it on 127.0.0.1 at a free port.
 * The browser tests use the hand-made fixture release (test/fixtures/release); the same function builds the
 * site from a real release.
 */

const REPO_ROOT = fileURLToPath(new URL('../..', import.meta.url));
const SITE_DIR = path.join(REPO_ROOT, 'site');
const ASTRO = path.join(SITE_DIR, 'node_modules/astro/bin/astro.mjs');
const PAGEFIND = path.join(SITE_DIR, 'node_modules/pagefind/lib/runner/bin.cjs');

export interface SiteServer {
  /** Base URL with a trailing slash, e.g. http://127.0.0.1:41234/ */
  url: string;
  /** Where the built site is (removed by close()). */
  outDir: string;
  /** The release the pages were built from (the releases folder's LATEST). */
  version: string;
  close(): Promise<void>;
}

/** Runs a Node script (with this Node, which is ≥ 22 under vitest) and fails with the tail of its output. */
function runNode(script: string, args: string[], env: NodeJS.ProcessEnv): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [script, ...args], { cwd: SITE_DIR, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    const collect = (chunk: Buffer) => (output += chunk.toString('utf8'));
    child.stdout.on('data', collect);
    child.stderr.on('data', collect);
    child.on('error', reject);
    child.on('close', (code) => {
      if (code === 0) resolve();
      else
        reject(new Error(`${path.basename(script)} ${args.join(' ')} failed (exit ${code}):\n${output.slice(-4000)}`));
    });
  });
}

/**
 * Astro writes its prerender chunks under site/.astro whatever the cache folder, so two builds at once (two test
 * files) would load each other's chunks: builds take turns, with a lock folder (mkdir is atomic) that a crashed run
 * leaves behind for at most ten minutes.
 */
const BUILD_LOCK = path.join(tmpdir(), 'dibao-site-build.lock');

async function takingTurns<T>(work: () => Promise<T>): Promise<T> {
  for (;;) {
    try {
      await mkdir(BUILD_LOCK);
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const since = await stat(BUILD_LOCK).then(
        (info) => Date.now() - info.mtimeMs,
        () => 0,
      );
      if (since > 600_000) await rm(BUILD_LOCK, { recursive: true, force: true });
      else await new Promise((resolve) => setTimeout(resolve, 250));
    }
  }
  try {
    return await work();
  } finally {
    await rm(BUILD_LOCK, { recursive: true, force: true });
  }
}

/** `env` adds build settings, such as SITE_API_URL (the gateway the site's forms post to). */
export async function buildAndServeSite(releasesDir: string, env: NodeJS.ProcessEnv = {}): Promise<SiteServer> {
  const root = await mkdtemp(path.join(tmpdir(), 'dibao-site-'));
  const outDir = path.join(root, 'dist');
  try {
    const buildEnv: NodeJS.ProcessEnv = {
      ...process.env,
      ...env,
      SITE_RELEASES_DIR: path.resolve(releasesDir),
      SITE_OUT_DIR: outDir,
      // Its own cache, so that a build elsewhere (pnpm start, another test file) never races with this one.
      SITE_CACHE_DIR: path.join(root, 'cache'),
      ASTRO_TELEMETRY_DISABLED: '1',
    };
    await takingTurns(() => runNode(ASTRO, ['build', '--outDir', outDir], buildEnv));
    await runNode(PAGEFIND, ['--site', outDir], buildEnv);
    const version = (await readFile(path.join(releasesDir, 'LATEST'), 'utf8')).trim();

    const files = sirv(outDir, { dev: false, etag: true, extensions: ['html'] });
    const notFound = await readFile(path.join(outDir, '404.html')).catch(() => Buffer.from('Not found'));
    const server: Server = createServer((request, response) =>
      files(request, response, () => {
        response.writeHead(404, { 'Content-Type': 'text/html; charset=utf-8' });
        response.end(notFound);
      }),
    );
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(0, '127.0.0.1', resolve);
    });
    const { port } = server.address() as AddressInfo;
    return {
      url: `http://127.0.0.1:${port}/`,
      outDir,
      version,
      close: async () => {
        // The browser keeps connections alive; close them, or close() would wait for them.
        server.closeAllConnections();
        await new Promise<void>((resolve) => server.close(() => resolve()));
        await rm(root, { recursive: true, force: true });
      },
    };
  } catch (error) {
    await rm(root, { recursive: true, force: true });
    throw error;
  }
}
