import type { DataSource } from 'typeorm';
import type { ComplaintsConfig } from '../config.js';
import type { SealingKey } from './sealing.js';

/** What the services need: the database, the configuration, the sealing key (read lazily) and a clock. */
export interface ComplaintsDeps {
  dataSource: DataSource;
  config: ComplaintsConfig;
  key: () => SealingKey;
  /** The clock, replaceable in tests of deadlines. */
  now?: () => Date;
}

export const nowOf = (deps: Pick<ComplaintsDeps, 'now'>) => (deps.now ?? (() => new Date()))();
