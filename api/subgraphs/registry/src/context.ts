import type { DataSource } from 'typeorm';
import type { Principal } from '@dibao/auth';
import type { SubgraphContext } from '@dibao/server';
import { createRegistryLoaders, type RegistryLoaders } from './loaders.js';

/**
 * A class, not a plain object: Apollo Server clones the context per operation (keeping the prototype) and the
 * principal is attached to the clone, so loaders are built lazily from the clone that resolvers see.
 */
export class RegistryContext implements SubgraphContext {
  principal: Principal | null = null;
  private built: RegistryLoaders | undefined;

  constructor(readonly dataSource: DataSource) {}

  get loaders(): RegistryLoaders {
    return (this.built ??= createRegistryLoaders(this.dataSource, () => this.principal));
  }
}

export const createRegistryContext = (dataSource: DataSource) => new RegistryContext(dataSource);
