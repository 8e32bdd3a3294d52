import type { DataSource } from 'typeorm';
import { shanghaiDateOf } from './calendar.js';

export interface AccountabilityDeps {
  dataSource: DataSource;
  /** The clock: dates of opening and decisions, and overdue tasks, are judged by it (tests replace it). */
  now?: () => Date;
}

export const nowOf = (deps: Pick<AccountabilityDeps, 'now'>) => (deps.now ?? (() => new Date()))();
export const todayOf = (deps: Pick<AccountabilityDeps, 'now'>) => shanghaiDateOf(nowOf(deps));
