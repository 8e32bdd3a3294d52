import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const repoRoot = fileURLToPath(new URL('..', import.meta.url));

// graphql 16 ships CommonJS (main) and ESM (module) builds. Vite would pick the ESM one while CommonJS
// dependencies such as @apollo/subgraph load the other, and graphql refuses objects from "another realm".
const graphqlCommonJs = createRequire(import.meta.url).resolve('graphql');

export default defineConfig({
  root: repoRoot,
  resolve: { alias: [{ find: /^graphql$/, replacement: graphqlCommonJs }] },
  test: {
    include: ['packages/*/test/**/*.test.ts', 'api/**/test/**/*.test.ts', 'test/**/*.test.ts'],
    exclude: ['**/node_modules/**', '**/dist/**'],
    globalSetup: ['test/setup/postgres.ts'],
    // The monitoring demo is millions of roster rows: hubs started by tests (in-process or spawned) leave it out.
    // The daily process rules are run by the test that is about them, not at 19:00 UTC in every hub.
    env: { HUB_DEMO_MONITORING_SCALE: '0', HUB_PROCESS_RULES_CRON: 'off' },
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // Files share one embedded server but each gets its own database; two cores make more workers pointless.
    maxWorkers: 2,
  },
});
