import { describe, expect, it } from 'vitest';
import { composeSupergraph, readCommittedSupergraph, subgraphModules } from '@dibao/gateway';

describe('committed supergraph', () => {
  it('matches what the subgraphs compose to (run `pnpm compose` after a schema change)', async () => {
    expect(await readCommittedSupergraph()).toBe(await composeSupergraph(subgraphModules));
  });
});
