import path from 'node:path';
import { parseArgs } from 'node:util';
import { loadSigningSecret, mintToken, principalFromClaims } from '@dibao/auth';
import { REPO_ROOT } from '../config.js';

const usage = `Usage: pnpm dev-token --region <code> --agency <kind> --role <role> [--role <role> ...]
                      [--subject <id>] [--name <name>] [--expires 8h]
Prints a development token signed with the key under .data/ (or HUB_JWT_SECRET).
Example: pnpm dev-token --region 630102 --agency CIVIL_AFFAIRS --role REPORTER`;

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
  const principal = principalFromClaims({
    sub: values.subject ?? `dev:${values.agency ?? ''}:${values.region ?? ''}`,
    name: values.name,
    agency: values.agency,
    region: values.region,
    roles: values.role ?? [],
  });
  if (principal.roles.length === 0) throw new Error('give at least one --role');
  const dataDir = path.resolve(process.env.HUB_DATA_DIR ?? path.join(REPO_ROOT, '.data'));
  const secret = await loadSigningSecret(path.join(dataDir, 'jwt-signing-secret'));
  console.log(await mintToken(principal, secret, { expiresIn: values.expires }));
} catch (error) {
  console.error(`dev-token: ${error instanceof Error ? error.message : String(error)}\n\n${usage}`);
  process.exit(2);
}
