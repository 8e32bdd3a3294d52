import { createSchema, createYoga } from 'graphql-yoga';
import { describe, expect, it } from 'vitest';
import { usePublicOperationLimits } from '../src/public-limits.js';

/* The gateway's front-door limit on public operations, in a Yoga server of its own (same plugin API). */

const yoga = createYoga({
  schema: createSchema({
    typeDefs: `type Query { complaintChallenge: String, region: String }`,
    resolvers: { Query: { complaintChallenge: () => 'token', region: () => 'Qinghai' } },
  }),
  plugins: [usePublicOperationLimits({ perClient: 2, global: 3, windowSeconds: 60 }, new Map())],
  logging: false,
});

const ask = (query: string, address: string) =>
  yoga.fetch('http://gateway/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-client-address': address },
    body: JSON.stringify({ query }),
  });

describe('public operation limits', () => {
  it('limits the public operations per address and in all, with 429 and Retry-After, and nothing else', async () => {
    const statuses = [];
    for (let attempt = 0; attempt < 3; attempt++)
      statuses.push((await ask('{ complaintChallenge }', '198.51.100.1')).status);
    expect(statuses).toEqual([200, 200, 429]);
    const refused = await ask('{ complaintChallenge }', '198.51.100.1');
    expect(refused.headers.get('retry-after')).toMatch(/^\d+$/);
    expect(((await refused.json()) as any).errors[0].extensions.code).toBe('RATE_LIMITED');
    // Another address has its own budget, until the global one is spent.
    expect((await ask('{ complaintChallenge }', '198.51.100.2')).status).toBe(200);
    expect((await ask('{ complaintChallenge }', '198.51.100.3')).status).toBe(429);
    // Other operations are not counted.
    for (let attempt = 0; attempt < 5; attempt++) expect((await ask('{ region }', '198.51.100.1')).status).toBe(200);
  });
});
