import path from 'node:path';
import { parseArgs } from 'node:util';
import { loadSigningSecret, mintToken, principalFromClaims } from '@dibao/auth';
import { AgencyKind, isRegionCode, Role, vocabularyCodes, type Vocabulary } from '@dibao/domain';
import { REPO_ROOT } from '../repo-root.js';

/** One line per code, with its labels: `  CIVIL_AFFAIRS        民政部门 / Civil affairs`. */
function listOf(vocabulary: Vocabulary): string {
  const codes = vocabularyCodes(vocabulary);
  const width = Math.max(...codes.map((code) => code.length)) + 2;
  return codes.map((code) => `  ${code.padEnd(width)}${vocabulary[code]!.zh} / ${vocabulary[code]!.en}`).join('\n');
}

const usage = `Usage: pnpm dev-token --region <code> --agency <kind> --role <role> [--role <role> ...]
                      [--subject <id>] [--name <name>] [--expires 8h]
Prints a development token signed with the key under .data/ (or HUB_JWT_SECRET).
The region must be a six-digit code of the registry (the gateway refuses others), e.g. 630000 Qinghai,
630100 Xining, 630121 Datong.
Example: pnpm dev-token --region 630102 --agency CIVIL_AFFAIRS --role REPORTER

Agency kinds (--agency):
${listOf(AgencyKind)}

Roles (--role, repeatable; ADMIN holds every role in its region's scope):
${listOf(Role)}`;

class UsageError extends Error {}

/** Checks each value against its vocabulary, naming the valid ones when it is not among them. */
function checked(values: { region?: string; agency?: string; role?: string[] }): void {
  if (!values.region) throw new Error('give --region');
  if (!isRegionCode(values.region))
    throw new Error(`invalid region code "${values.region}": give six digits of a registry region, such as 630121`);
  if (!values.agency) throw new UsageError(`give --agency, one of:\n${listOf(AgencyKind)}`);
  if (!Object.hasOwn(AgencyKind, values.agency))
    throw new UsageError(`unknown agency kind "${values.agency}"; valid kinds:\n${listOf(AgencyKind)}`);
  if (!values.role?.length) throw new UsageError(`give at least one --role, from:\n${listOf(Role)}`);
  const unknown = values.role.filter((role) => !Object.hasOwn(Role, role));
  if (unknown.length > 0)
    throw new UsageError(
      `unknown role${unknown.length > 1 ? 's' : ''} ${unknown.map((role) => `"${role}"`).join(', ')}; valid roles:\n${listOf(Role)}`,
    );
}

try {
  const { values } = parseArgs({
    options: {
      region: { type: 'string' },
      agency: { type: 'string' },
      role: { type: 'string', multiple: true },
      subject: { type: 'string' },
      name: { type: 'string' },
      expires: { type: 'string', default: '8h' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    console.log(usage);
    process.exit(0);
  }
  checked(values);
  const principal = principalFromClaims({
    sub: values.subject ?? `dev:${values.agency ?? ''}:${values.region ?? ''}`,
    name: values.name,
    agency: values.agency,
    region: values.region,
    roles: values.role ?? [],
  });
  const dataDir = path.resolve(process.env.HUB_DATA_DIR ?? path.join(REPO_ROOT, '.data'));
  const secret = await loadSigningSecret(path.join(dataDir, 'jwt-signing-secret'));
  console.log(await mintToken(principal, secret, { expiresIn: values.expires }));
} catch (error) {
  const message = error instanceof Error ? error.message : String(error);
  // A bad value already lists what is valid; other mistakes (an unknown option) get the whole usage.
  console.error(`dev-token: ${message}${error instanceof UsageError ? '' : `\n\n${usage}`}`);
  process.exit(2);
}
