import type { DataSource } from 'typeorm';
import type { Principal } from '@dibao/auth';
import type { SubgraphContext } from '@dibao/server';
import { createOversightLoaders, type OversightLoaders } from './loaders.js';
import type { OversightDeps } from './services/deps.js';

/** A class so that Apollo's per-operation clone keeps the lazy loaders bound to the clone (see registry). */
export class OversightContext implements SubgraphContext {
  principal: Principal | null = null;
  private built: OversightLoaders | undefined;

  constructor(
    readonly dataSource: DataSource,
    /** The clock deadlines are judged by; tests replace it. */
    readonly now: () => Date = () => new Date(),
  ) {}

  get loaders(): OversightLoaders {
    return (this.built ??= createOversightLoaders(this.dataSource, () => this.principal, this.now));
  }

  get deps(): OversightDeps {
    return { dataSource: this.dataSource, now: this.now };
  }
}
