import type { DataSource } from 'typeorm';
import type { SupergraphClient } from '@dibao/server';

/** What the services need: the subgraph's data source, the clock, and the way to the supergraph. */
export interface BulletinsDeps {
  dataSource: DataSource;
  now: () => Date;
  /** Reads other subgraphs' data through the gateway, as the caller. */
  supergraph: SupergraphClient;
}

const SHANGHAI_OFFSET_MS = 8 * 3600_000;

/** The calendar year in Beijing (UTC+8, no daylight saving) of an instant: the year a document is dated. */
export function shanghaiYear(at: Date): number {
  return new Date(at.getTime() + SHANGHAI_OFFSET_MS).getUTCFullYear();
}
