import { erasePersonalDataOlderThan } from '@dibao/complaints';
import { systemActor } from '@dibao/server';
import { loadConfig } from '../config.js';
import { openDatabase } from '../database.js';
import { openSubgraphDataSources } from '../runtime.js';

// `pnpm complaints:erase`: erases complainants' personal data of complaints closed longer than the retention
// period (COMPLAINTS_RETENTION_DAYS), keeping the statistics. Meant to run daily from a scheduler.
const log = (line: string) => console.log(`[retention] ${line}`);
const config = await loadConfig();
const database = await openDatabase(config.databaseUrl, config.dataDir, log);
try {
  const dataSources = await openSubgraphDataSources(database.url, new Set(['complaints']), log, config);
  const complaints = dataSources.get('complaints');
  if (complaints) {
    const erased = await erasePersonalDataOlderThan(complaints, new Date(), { actor: systemActor('retention') });
    log(
      `erased personal data of ${erased.complaints} complaints (${erased.identities} identities, ${erased.messages} messages)`,
    );
    await complaints.destroy();
  }
} finally {
  await database.stop();
}
