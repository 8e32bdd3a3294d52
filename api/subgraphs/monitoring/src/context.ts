import type { DataSource } from 'typeorm';
import type { Principal } from '@dibao/auth';
import type { SubgraphContext, SupergraphClient } from '@dibao/server';
import { createMonitoringLoaders, type MonitoringLoaders } from './loaders.js';

/** A class so that Apollo's per-operation clone keeps the lazy loaders bound to the clone (see registry). */
export class MonitoringContext implements SubgraphContext {
  principal: Principal | null = null;
  bearerToken: string | null = null;
  private built: MonitoringLoaders | undefined;

  constructor(
    readonly dataSource: DataSource,
    readonly now: () => Date = () => new Date(),
    private readonly supergraph?: SupergraphClient,
  ) {}

  /**
   * Calls the supergraph as the caller, with the caller's own token (referrals, reading referred cases). A getter
   * returning a closure over `this`, so that it reads the token of the per-operation clone it is taken from.
   */
  get asCaller(): <T>(document: string, variables: Record<string, unknown>) => Promise<T> {
    return <T>(document: string, variables: Record<string, unknown>) => {
      if (!this.supergraph) throw new Error('This monitoring subgraph was built without a supergraph client');
      return this.supergraph.query<T>(document, variables, this.bearerToken);
    };
  }

  get loaders(): MonitoringLoaders {
    return (this.built ??= createMonitoringLoaders(this.dataSource));
  }
}
