import type { DataSource } from 'typeorm';
import type { Principal } from '@dibao/auth';
import type { SubgraphContext, SupergraphClient } from '@dibao/server';
import { createBulletinsLoaders, type BulletinsLoaders } from './loaders.js';
import type { BulletinsDeps } from './services/deps.js';

/** A class so that Apollo's per-operation clone keeps the lazy loaders bound to the clone (see registry). */
export class BulletinsContext implements SubgraphContext {
  principal: Principal | null = null;
  bearerToken: string | null = null;
  private built: BulletinsLoaders | undefined;

  constructor(
    readonly dataSource: DataSource,
    readonly supergraph: SupergraphClient,
    /** The clock documents are dated by; tests replace it. */
    readonly now: () => Date = () => new Date(),
  ) {}

  get loaders(): BulletinsLoaders {
    return (this.built ??= createBulletinsLoaders(this.dataSource, () => this.principal));
  }

  get deps(): BulletinsDeps {
    return { dataSource: this.dataSource, now: this.now, supergraph: this.supergraph };
  }
}
