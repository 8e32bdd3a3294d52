import { serverAudits } from 'graphql-http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestHub, type TestHub } from '../support/hub.js';

/**
 * The GraphQL-over-HTTP conformance audits of `graphql-http` against the gateway. Every MUST passes; SHOULD and
 * MAY audits are recorded as they are (CSRF prevention refuses the audits' plain GET requests on purpose).
 */
describe('GraphQL over HTTP audits against the gateway', () => {
  let hub: TestHub;
  beforeAll(async () => {
    hub = await startTestHub('e2e_graphql_http');
  });
  afterAll(async () => {
    await hub?.stop();
  });

  const audits = serverAudits({ url: () => hub.gatewayUrl, fetchFn: fetch });
  const required = audits.filter((audit) => audit.name.startsWith('MUST'));

  it('include MUST audits', () => {
    // graphql-http 1.23 has 13; fewer would mean the filter above no longer finds them.
    expect(required.length).toBeGreaterThanOrEqual(13);
  });

  it.each(required.map((audit) => [audit.name, audit] as const))('%s', async (_name, audit) => {
    const result = await audit.fn();
    expect(result.status === 'ok' ? 'ok' : `${result.status}: ${result.reason}`).toBe('ok');
  });

  it('answer every other audit without an error', async () => {
    const others = await Promise.all(
      audits
        .filter((audit) => !audit.name.startsWith('MUST'))
        .map(async (audit) => ({ audit, result: await audit.fn() })),
    );
    expect(others.filter(({ result }) => result.status === 'error').map(({ audit }) => audit.name)).toEqual([]);
  });
});
