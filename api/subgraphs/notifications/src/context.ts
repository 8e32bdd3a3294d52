import type { DataSource } from 'typeorm';
import type { Principal } from '@dibao/auth';
import type { SubgraphContext } from '@dibao/server';

/** A class like every subgraph's context; notifications need no DataLoaders (one list query, references by key). */
export class NotificationsContext implements SubgraphContext {
  principal: Principal | null = null;
  bearerToken: string | null = null;

  constructor(
    readonly dataSource: DataSource,
    readonly now: () => Date = () => new Date(),
  ) {}
}
