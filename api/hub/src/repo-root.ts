import { fileURLToPath } from 'node:url';

/**
 * The repository root, found from this file rather than the working directory. A module of its own so that
 * small commands (dev-token) need not load the gateway and every subgraph, as config.ts does.
 */
export const REPO_ROOT = fileURLToPath(new URL('../../../', import.meta.url));
