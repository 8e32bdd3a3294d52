import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from '@dibao/hub';

/*
 * pnpm may run on an older Node (20) than the one the scripts run on (the `node` devDependency). pnpm checks
 * engines against `nodeVersion` from pnpm-workspace.yaml, so no "Unsupported engine" warning appears; that is
 * honest only while it names the Node the scripts really use.
 */
describe('the Node the project runs on', () => {
  it('is the one pnpm checks engines against, and satisfies the declared engines', async () => {
    const manifest = JSON.parse(await readFile(path.join(REPO_ROOT, 'package.json'), 'utf8')) as {
      engines: { node: string };
      devDependencies: { node: string };
    };
    const workspace = await readFile(path.join(REPO_ROOT, 'pnpm-workspace.yaml'), 'utf8');
    const checkedAgainst = /^nodeVersion:\s*(\S+)\s*$/m.exec(workspace)?.[1];
    expect(checkedAgainst).toBe(manifest.devDependencies.node);
    expect(process.versions.node).toBe(manifest.devDependencies.node);

    const minimum = /^>=(\d+)\.(\d+)\.(\d+)$/.exec(manifest.engines.node)!.slice(1).map(Number);
    const running = process.versions.node.split('.').map(Number);
    const atLeast = running[0]! > minimum[0]! || (running[0] === minimum[0] && running[1]! >= minimum[1]!);
    expect(atLeast).toBe(true);
  });
});
