import { writeFile } from 'node:fs/promises';
import { composeSupergraph, SUPERGRAPH_FILE } from '../compose.js';
import { subgraphModules } from '../subgraphs.js';

// Writes api/gateway/supergraph.graphql; commit the result (a test fails when it is stale).
const sdl = await composeSupergraph(subgraphModules);
await writeFile(SUPERGRAPH_FILE, sdl);
console.log(`Composed ${subgraphModules.length} subgraph(s) into ${SUPERGRAPH_FILE}`);
