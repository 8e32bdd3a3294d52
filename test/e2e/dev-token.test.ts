import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { agencyKindValues, AgencyKind, Role, roleValues } from '@dibao/domain';
import { REPO_ROOT } from '@dibao/hub';

const run = promisify(execFile);
const devToken = path.join(REPO_ROOT, 'api/hub/dist/cli/dev-token.js');

const refusal = (args: string[]) =>
  run(process.execPath, [devToken, ...args]).then(
    () => {
      throw new Error('dev-token accepted bad input');
    },
    (error: { code: number; stderr: string }) => error,
  );

describe('pnpm dev-token', () => {
  it('lists every agency kind and role with its labels under --help', async () => {
    const { stdout } = await run(process.execPath, [devToken, '--help']);
    for (const kind of agencyKindValues) {
      expect(stdout).toContain(`${kind}`);
      expect(stdout).toContain(`${AgencyKind[kind].zh} / ${AgencyKind[kind].en}`);
    }
    for (const role of roleValues) expect(stdout).toContain(`${Role[role].zh} / ${Role[role].en}`);
  });

  it('names the valid agency kinds when given an unknown one', async () => {
    const failure = await refusal(['--region', '630121', '--agency', 'POLICE', '--role', 'VIEWER']);
    expect(failure.code).toBe(2);
    expect(failure.stderr).toMatch(/unknown agency kind "POLICE"; valid kinds:/);
    for (const kind of agencyKindValues) expect(failure.stderr).toContain(kind);
  });

  it('names the valid roles when given an unknown one', async () => {
    const failure = await refusal([
      '--region',
      '630121',
      '--agency',
      'CIVIL_AFFAIRS',
      '--role',
      'VIEWER',
      '--role',
      'KING',
    ]);
    expect(failure.code).toBe(2);
    expect(failure.stderr).toMatch(/unknown role "KING"; valid roles:/);
    for (const role of roleValues) expect(failure.stderr).toContain(role);
  });
});
