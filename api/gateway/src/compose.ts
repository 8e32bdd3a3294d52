import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { composeServices, compositionHasErrors } from '@theguild/federation-composition';
import { parse } from 'graphql';
import type { SubgraphModule } from '@dibao/server';

/** Where the composed supergraph is committed; the gateway serves this file. */
export const SUPERGRAPH_FILE = fileURLToPath(new URL('../supergraph.graphql', import.meta.url));

/** The routing URL written into the committed SDL; the running hub overrides it per subgraph. */
export const placeholderUrlOf = (name: string, index: number) => `http://127.0.0.1:${4001 + index}/graphql`;

/** Composes the subgraphs' SDL (built from code, no database) into a Federation 2 supergraph. */
export async function composeSupergraph(modules: SubgraphModule<never>[]): Promise<string> {
  const services = await Promise.all(
    modules.map(async (module, index) => ({
      name: module.name,
      url: placeholderUrlOf(module.name, index),
      typeDefs: parse((await module.buildSchema()).sdl),
    })),
  );
  const result = composeServices(services);
  if (compositionHasErrors(result)) {
    throw new Error(`Supergraph composition failed:\n${result.errors.map((error) => error.message).join('\n')}`);
  }
  return `${result.supergraphSdl.trim()}\n`;
}

export async function readCommittedSupergraph(): Promise<string> {
  return readFile(SUPERGRAPH_FILE, 'utf8');
}
