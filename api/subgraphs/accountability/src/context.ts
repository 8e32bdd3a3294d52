import type { DataSource } from 'typeorm';
import type { Principal } from '@dibao/auth';
import type { SubgraphContext, SupergraphClient } from '@dibao/server';
import { createAccountabilityLoaders, type AccountabilityLoaders } from './loaders.js';
import { todayOf, type AccountabilityDeps } from './services/deps.js';
import { supergraphOriginChecker } from './services/origin-check.js';

/** A class so that Apollo's per-operation clone keeps the lazy loaders bound to the clone (see registry). */
export class AccountabilityContext implements SubgraphContext {
  principal: Principal | null = null;
  /** The caller's token, forwarded by the gateway: origins are checked through the supergraph as the caller. */
  bearerToken: string | null = null;
  private built: AccountabilityLoaders | undefined;

  constructor(
    readonly dataSource: DataSource,
    private readonly supergraph: SupergraphClient,
    private readonly now?: () => Date,
  ) {}

  get loaders(): AccountabilityLoaders {
    return (this.built ??= createAccountabilityLoaders(this.dataSource, () => this.principal));
  }

  get deps(): AccountabilityDeps {
    return {
      dataSource: this.dataSource,
      checkOrigins: supergraphOriginChecker(this.supergraph, () => this.bearerToken),
      ...(this.now ? { now: this.now } : {}),
    };
  }

  /** Today in Beijing by the subgraph's clock: tasks due before it are overdue. */
  get today(): string {
    return todayOf(this.deps);
  }
}
