import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { kubernetesManifestText } from '../kubernetes.js';
import { REPO_ROOT } from '../repo-root.js';

// `pnpm k8s:manifests`: writes infra/kubernetes/hub.yaml from the code.
const target = path.join(REPO_ROOT, 'infra', 'kubernetes', 'hub.yaml');
await writeFile(target, kubernetesManifestText());
console.log(`[k8s] wrote ${path.relative(REPO_ROOT, target)}`);
