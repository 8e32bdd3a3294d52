import type { DataSource } from 'typeorm';
import type { Principal } from '@dibao/auth';
import type { SubgraphDataSourceOptions } from '@dibao/db';
import type { SubgraphSchema } from './build-subgraph.js';
import type { SubgraphContext } from './context.js';
import type { StreamRoute } from './serve.js';

/** What a subgraph may know of the HTTP request beyond the operation. */
export interface SubgraphRequestInfo {
  /** The caller's network address as the gateway saw it (for rate limits of anonymous lookups). */
  clientAddress?: string;
  /** The operation's kind: mutations (and subscriptions) read and write the primary database. */
  operation?: 'query' | 'mutation' | 'subscription';
  /** The caller's subject from the forwarded claims (read-your-own-writes is kept per subject). */
  subject?: string;
}

/** What the hub gives a subgraph's background work that must read the supergraph as one of the hub's services. */
export interface HubServices {
  /** The gateway secret of the hub's own processes (run the supergraph calls inside `asInternalCaller`). */
  gatewaySecret: string;
  /** A short-lived token of the gateway's issuer for a service principal. */
  serviceToken(principal: Principal): Promise<string>;
}

/**
 * What each subgraph package exports, so that the hub, the composition script and tests treat all subgraphs
 * alike. `name` is also the PostgreSQL schema the subgraph owns.
 */
export interface SubgraphModule<TContext extends SubgraphContext = SubgraphContext> {
  name: string;
  entities: SubgraphDataSourceOptions['entities'];
  migrations: SubgraphDataSourceOptions['migrations'];
  /** Builds the schema from code alone (no database), for serving and for composition. */
  buildSchema(): Promise<SubgraphSchema>;
  /** A fresh context (with its own DataLoaders) for one request. */
  createContext(dataSource: DataSource, request?: SubgraphRequestInfo): TContext;
  /** Streaming HTTP routes beside GraphQL (by path prefix), reached through the gateway's own routes. */
  routes?(dataSource: DataSource): Record<string, StreamRoute>;
  /**
   * Work beside requests while the process serves the subgraph (the notifications fan-out, monitoring's daily
   * process rules), safe to run in several processes at once; stopped before the data source closes.
   */
  background?(
    dataSource: DataSource,
    log: (line: string) => void,
    hub: HubServices,
  ): Promise<{ stop(): Promise<void> }>;
}
