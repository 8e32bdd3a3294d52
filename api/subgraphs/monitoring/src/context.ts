import type { DataSource } from 'typeorm';
import type { Principal } from '@dibao/auth';
import type { SubgraphContext } from '@dibao/server';
import { createMonitoringLoaders, type MonitoringLoaders } from './loaders.js';

/** A class so that Apollo's per-operation clone keeps the lazy loaders bound to the clone (see registry). */
export class MonitoringContext implements SubgraphContext {
  principal: Principal | null = null;
  bearerToken: string | null = null;
  private built: MonitoringLoaders | undefined;

  constructor(
    readonly dataSource: DataSource,
    readonly now: () => Date = () => new Date(),
  ) {}

  get loaders(): MonitoringLoaders {
    return (this.built ??= createMonitoringLoaders(this.dataSource));
  }
}
