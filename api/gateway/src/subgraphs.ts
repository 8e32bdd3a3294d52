import { registry } from '@dibao/registry';
import { accountability } from '@dibao/accountability';
import { bulletins } from '@dibao/bulletins';
import { complaints } from '@dibao/complaints';
import { monitoring } from '@dibao/monitoring';
import { notifications } from '@dibao/notifications';
import { oversight } from '@dibao/oversight';
import { reporting } from '@dibao/reporting';
import type { SubgraphModule } from '@dibao/server';

/**
 * Every subgraph of the hub, in a fixed order: the order sets default ports (HUB_PORT + 1, + 2, ...) and the
 * order of services in the composed supergraph.
 */
export const subgraphModules: SubgraphModule<never>[] = [
  registry as SubgraphModule<never>,
  reporting as SubgraphModule<never>,
  oversight as SubgraphModule<never>,
  complaints as SubgraphModule<never>,
  accountability as SubgraphModule<never>,
  bulletins as SubgraphModule<never>,
  monitoring as SubgraphModule<never>,
  notifications as SubgraphModule<never>,
];

export const subgraphNames = subgraphModules.map((module) => module.name);
