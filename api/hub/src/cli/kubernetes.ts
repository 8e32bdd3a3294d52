import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { kubernetesManifestText } from '../kubernetes.js';
import { REPO_ROOT } from '../repo-root.js';
import { APOLLO_ROUTER_RHAI, apolloRouterConfig, hiveRouterConfig } from '../routers.js';

// `pnpm k8s:manifests`: writes infra/kubernetes/hub.yaml and the router configurations in infra/routers from the code.
const files: Array<[string, string]> = [
  [path.join('infra', 'kubernetes', 'hub.yaml'), kubernetesManifestText()],
  [path.join('infra', 'routers', 'hive-router', 'router.config.yaml'), hiveRouterConfig()],
  [path.join('infra', 'routers', 'apollo-router', 'router.yaml'), apolloRouterConfig()],
  [path.join('infra', 'routers', 'apollo-router', 'claims.rhai'), APOLLO_ROUTER_RHAI],
];
for (const [relative, text] of files) {
  await mkdir(path.dirname(path.join(REPO_ROOT, relative)), { recursive: true });
  await writeFile(path.join(REPO_ROOT, relative), text);
  console.log(`[k8s] wrote ${relative}`);
}
