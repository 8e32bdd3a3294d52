import type { DataSource } from 'typeorm';

/** What the services need: the subgraph's data source and the clock deadlines are judged by. */
export interface OversightDeps {
  dataSource: DataSource;
  now: () => Date;
}

const SHANGHAI_OFFSET_MS = 8 * 3600_000;

/** The calendar year in Beijing (UTC+8, no daylight saving) of an instant. */
export function shanghaiYear(at: Date): number {
  return new Date(at.getTime() + SHANGHAI_OFFSET_MS).getUTCFullYear();
}
