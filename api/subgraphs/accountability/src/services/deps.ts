import type { DataSource } from 'typeorm';
import { shanghaiDateOf } from './calendar.js';
import type { OriginChecker } from './origin-check.js';

export interface AccountabilityDeps {
  dataSource: DataSource;
  /** The clock: dates of opening and decisions, and overdue tasks, are judged by it (tests replace it). */
  now?: () => Date;
  /** Checks, through the supergraph as the caller, that origins to link exist and are readable. */
  checkOrigins: OriginChecker;
}

export const nowOf = (deps: Pick<AccountabilityDeps, 'now'>) => (deps.now ?? (() => new Date()))();
export const todayOf = (deps: Pick<AccountabilityDeps, 'now'>) => shanghaiDateOf(nowOf(deps));
