import path from 'node:path';
import { parseArgs } from 'node:util';
import {
  checkpointPrivateKey,
  checkpointPublicKeyPem,
  verifyAuditChain,
  verifyCheckpointSignature,
  type AuditCheckpoint,
} from '@dibao/db';
import { loadConfig } from '../config.js';
import { openDatabase } from '../database.js';
import { latestPublishedCheckpoints } from '../release/checkpoints.js';
import { releasesDirOf } from '../release/write-release.js';
import { openSubgraphDataSources } from '../runtime.js';

/*
 * `pnpm audit:verify [--releases <dir>]`: recomputes every subgraph's keyed audit chain link by link, then checks
 * it against the checkpoints of the latest release (signature, the checkpoint's record still there with its
 * hash, the chain no shorter). Exits 1 when anything does not hold. Runs beside a running hub.
 */
const log = (line: string) => console.log(`[audit] ${line}`);
const { values } = parseArgs({ options: { releases: { type: 'string' } } });
const config = await loadConfig();
const releasesDir = path.resolve(values.releases ?? releasesDirOf(config.dataDir));
let broken = 0;
const fail = (line: string) => {
  broken += 1;
  log(line);
};

// Only checkpoints signed with our own key count: a release signed with another key proves nothing.
const publicKey = checkpointPublicKeyPem(checkpointPrivateKey(config.checkpointKey));
const published = await latestPublishedCheckpoints(releasesDir);
const checkpoints = new Map<string, AuditCheckpoint>();
if (!published) {
  log(`no published checkpoint in ${releasesDir}: the chains are checked link by link only`);
} else if (published.content.publicKey.trim() !== publicKey.trim()) {
  fail(`${published.file}: signed with another key than HUB_CHECKPOINT_KEY's; its checkpoints are not trusted`);
} else {
  for (const checkpoint of published.content.checkpoints) {
    if (verifyCheckpointSignature(checkpoint, publicKey)) checkpoints.set(checkpoint.schema, checkpoint);
    else fail(`${checkpoint.schema}: the checkpoint in release ${published.version} has an invalid signature (forged)`);
  }
  log(`checking against the checkpoints of release ${published.version}`);
}

const database = await openDatabase(config.databaseUrl, config.dataDir, log, { attach: true });
try {
  const dataSources = await openSubgraphDataSources(database.url, config.services, () => undefined, config);
  for (const [schema, dataSource] of dataSources) {
    const checkpoint = checkpoints.get(schema);
    const result = await verifyAuditChain(dataSource, schema, checkpoint ? { checkpoint } : {});
    const anchored = result.checkpoint
      ? `, checkpoint ${result.checkpoint.seq} of ${result.checkpoint.signedAt} ${result.checkpoint.ok ? 'holds' : 'BROKEN'}`
      : published
        ? ', no checkpoint for it'
        : '';
    if (result.ok) log(`${schema}: ${result.records} records, chain intact${anchored}`);
    else {
      fail(
        `${schema}: BROKEN at record ${result.firstBroken?.seq}: ${result.firstBroken?.reason} (${result.records} good records before it)${anchored}`,
      );
    }
    await dataSource.destroy();
  }
} finally {
  await database.stop();
}
process.exit(broken > 0 ? 1 : 0);
