import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { generate } from '@graphql-codegen/cli';
import { errorCodeValues } from '@dibao/domain';
import { buildASTSchema, parse, validate } from 'graphql';
import { describe, expect, it } from 'vitest';
import config, { apiSchemaSdl } from '../codegen.js';
import { ERROR_CODES, examplesFor, HUB_ERROR_CODES, trustedDocuments } from '../src/index.js';

/*
 * The client package's contract with the committed supergraph: every document validates against the API the
 * gateway serves, and the generated output (typed documents and the trusted-document manifest) is what
 * `pnpm client:generate` writes from them now.
 */

const packageDir = fileURLToPath(new URL('..', import.meta.url));
const documentsDir = new URL('../documents/', import.meta.url);
const files = readdirSync(documentsDir).filter((name) => name.endsWith('.graphql'));
const apiSchema = buildASTSchema(parse(apiSchemaSdl));

describe('documents of @dibao/client', () => {
  it('has a file of operations for each role and the public', () => {
    expect(files.sort()).toEqual(
      expect.arrayContaining([
        'admin.graphql',
        'complaint-handler.graphql',
        'inspector.graphql',
        'monitoring.graphql',
        'public.graphql',
        'reporter.graphql',
        'reviewer.graphql',
      ]),
    );
  });

  it('validates every document against the supergraph’s API schema', () => {
    // All files together: fragments are shared between files of one role.
    const source = files.map((name) => readFileSync(new URL(name, documentsDir), 'utf8')).join('\n');
    const errors = validate(apiSchema, parse(source));
    expect(errors.map((error) => error.message)).toEqual([]);
  });

  it('refuses a document the supergraph does not serve (the check can fail)', () => {
    const stale = parse('query Stale { annualReport(regionCode: "630102", year: 2024) { noSuchField } }');
    expect(validate(apiSchema, stale).map((error) => error.message)).toEqual([
      'Cannot query field "noSuchField" on type "AnnualReport".',
    ]);
    // Fields the gateway keeps to itself (@inaccessible) are not part of the API either.
    const internal = parse('query { signInPrincipal(issuer: "i", subject: "s", jti: "j") { subject } }');
    expect(validate(apiSchema, internal)).not.toEqual([]);
  });

  it('has committed generated output that is current', async () => {
    const outputs = await generate({ ...config, cwd: packageDir, silent: true }, false);
    expect(outputs.length).toBeGreaterThan(0);
    for (const output of outputs) {
      const committed = readFileSync(new URL(output.filename, `file://${packageDir}`), 'utf8');
      expect(committed, `${output.filename} is stale: run pnpm client:generate`).toBe(output.content);
    }
  }, 120_000);

  it('registers every operation in the trusted-document manifest by its sha256', () => {
    const manifest = trustedDocuments();
    const operations = files.flatMap((name) =>
      parse(readFileSync(new URL(name, documentsDir), 'utf8')).definitions.filter(
        (definition) => definition.kind === 'OperationDefinition',
      ),
    );
    expect(manifest.size).toBe(operations.length);
    for (const [id, text] of manifest) {
      expect(id).toMatch(/^sha256:[0-9a-f]{64}$/);
      expect(validate(apiSchema, parse(text))).toEqual([]);
    }
  });

  it('knows every error code the subgraphs raise', () => {
    expect([...HUB_ERROR_CODES].sort()).toEqual([...errorCodeValues].sort());
    expect(new Set(ERROR_CODES).size).toBe(ERROR_CODES.length);
  });

  it('offers each role its example operations', () => {
    const names = (roles: string[]) => examplesFor({ region: '630102', roles }).map((example) => example.name);
    expect(names(['REPORTER'])).toEqual(['Me', 'AnnualReport', 'SubmitAnnualReport']);
    expect(names(['REVIEWER'])).toEqual(['Me', 'ReviewQueue', 'ReturnAnnualReport']);
    expect(names(['INSPECTOR'])).toEqual(['Me', 'Findings', 'Alerts']);
    expect(names(['COMPLAINT_HANDLER'])).toEqual(['Me', 'OwnedComplaints', 'ProposedHandovers']);
    expect(names(['ADMIN'])).toEqual(expect.arrayContaining(['AnnualReport', 'ReviewQueue', 'CreateServiceAccount']));
    const [, report] = examplesFor({ region: '630102', roles: ['REPORTER'] }, new Date('2026-03-01T00:00:00Z'));
    expect(report?.variables).toEqual({ regionCode: '630102', year: 2025 });
  });
});
