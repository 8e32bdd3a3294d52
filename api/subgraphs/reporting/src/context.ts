import type { DataSource } from 'typeorm';
import type { Principal } from '@dibao/auth';
import type { SubgraphContext } from '@dibao/server';
import { createReportingLoaders, type ReportingLoaders } from './loaders.js';
import type { ReportingDeps } from './services/annual-report.service.js';

/** A class so that Apollo's per-operation clone keeps the lazy loaders bound to the clone (see registry). */
export class ReportingContext implements SubgraphContext {
  principal: Principal | null = null;
  private built: ReportingLoaders | undefined;

  constructor(
    readonly dataSource: DataSource,
    private readonly now?: () => Date,
  ) {}

  get loaders(): ReportingLoaders {
    return (this.built ??= createReportingLoaders(this.dataSource, () => this.principal));
  }

  get deps(): ReportingDeps {
    return { dataSource: this.dataSource, ...(this.now ? { now: this.now } : {}) };
  }
}
