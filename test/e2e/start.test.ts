import { execFile, spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REPO_ROOT } from '@dibao/hub';
import { postGraphQL } from '../support/hub.js';

const run = promisify(execFile);
const hubMain = path.join(REPO_ROOT, 'api/hub/dist/main.js');
const cli = (name: string) => path.join(REPO_ROOT, 'api/hub/dist/cli', `${name}.js`);

/** The command `pnpm start` runs, on the embedded server, with its own data directory and free ports. */
function startHub(dataDir: string): {
  child: ChildProcessWithoutNullStreams;
  output: () => string;
  ready: Promise<string>;
} {
  const { DATABASE_URL: _ignored, ...env } = process.env;
  const child = spawn(process.execPath, [hubMain], {
    env: { ...env, HUB_DATA_DIR: dataDir, HUB_PORT: '0', HUB_SITE_PORT: 'off' },
  });
  let output = '';
  const ready = new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`hub not ready in time:\n${output}`)), 90_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString('utf8');
      const url = /GraphQL API \(gateway\): (\S+)/.exec(output)?.[1];
      if (url && output.includes('Ready.')) {
        clearTimeout(timer);
        resolve(url);
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.on('exit', (code) => reject(new Error(`hub exited (${code}) before it was ready:\n${output}`)));
  });
  return { child, output: () => output, ready };
}

function stopWithCtrlC(child: ChildProcessWithoutNullStreams): Promise<number | null> {
  return new Promise((resolve) => {
    child.once('exit', (code) => resolve(code));
    child.kill('SIGINT');
  });
}

async function postgresProcessesFor(dataDir: string): Promise<string[]> {
  const { stdout } = await run('ps', ['-eo', 'args']).catch(() => ({ stdout: '' }));
  return stdout.split('\n').filter((line) => line.includes(path.join(dataDir, 'postgres')) && line.includes('-D'));
}

describe('pnpm start (the quick-start command)', () => {
  let dataDir: string;

  beforeAll(async () => {
    dataDir = await mkdtemp(path.join(tmpdir(), 'dibao-start-'));
  });
  afterAll(async () => {
    await rm(dataDir, { recursive: true, force: true });
  });

  it('starts the embedded database, loads demo data, serves, and stops cleanly on Ctrl-C', async () => {
    const first = startHub(dataDir);
    const gatewayUrl = await first.ready;
    expect(first.output()).toMatch(/Demo registry data loaded: 476 regions/);
    expect(first.output()).toMatch(/Demo reporting data loaded: 53 reporting units/);
    expect(first.output()).toMatch(/Demo oversight data loaded: \d+ inspections/);
    expect(first.output()).toMatch(/Demo complaints data loaded: \d+ complaints/);
    expect(first.output()).toMatch(/Demo accountability data loaded: \d+ cases/);
    expect(first.output()).toMatch(/Demo bulletins data loaded: \d+ bulletins/);

    const regions = await postGraphQL<{ region: { children: unknown[] } }>(gatewayUrl, {
      query: '{ region(code: "630000") { children { code } } }',
    });
    expect(regions.data?.region.children).toHaveLength(8);

    const env = { ...process.env, HUB_DATA_DIR: dataDir };
    const { stdout: token } = await run(
      process.execPath,
      [cli('dev-token'), '--region', '630102', '--agency', 'CIVIL_AFFAIRS', '--role', 'REPORTER'],
      { env },
    );
    const me = await postGraphQL(
      gatewayUrl,
      { query: '{ me { regionCode roles } }' },
      { authorization: `Bearer ${token.trim()}` },
    );
    expect(me.data).toEqual({ me: { regionCode: '630102', roles: ['REPORTER'] } });

    expect(await stopWithCtrlC(first.child)).toBe(0);
    expect(await postgresProcessesFor(dataDir)).toEqual([]);
    expect(existsSync(path.join(dataDir, 'postgres', 'postmaster.pid'))).toBe(false);

    // The second start reuses the data: no second demo load.
    const second = startHub(dataDir);
    await second.ready;
    expect(second.output()).not.toMatch(/Loading demo/);
    expect(await stopWithCtrlC(second.child)).toBe(0);

    const verify = await run(process.execPath, [cli('verify-audit')], { env });
    expect(verify.stdout).toMatch(/registry: \d+ records, chain intact/);
    // Two full starts of the real entry point, the first with the demo load: more than the default minute when the
    // machine is busy.
  }, 240_000);

  it('dev-token refuses bad input with a usage message', async () => {
    const failure = await run(
      process.execPath,
      [cli('dev-token'), '--region', '99', '--agency', 'CIVIL_AFFAIRS', '--role', 'REPORTER'],
      {
        env: { ...process.env, HUB_DATA_DIR: dataDir },
      },
    ).catch((error: { code: number; stderr: string }) => error);
    expect(failure).toMatchObject({ code: 2, stderr: expect.stringMatching(/invalid region code[\s\S]*Usage/) });
  });
});
