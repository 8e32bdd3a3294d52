import { AccountabilityOriginKind } from '@dibao/domain';
import { forbidden, notFound, type SupergraphClient } from '@dibao/server';
import type { GraphQLError } from 'graphql';

/*
 * A case's origins are records of other subgraphs. Before one is linked, the owning subgraph is asked for it
 * through the supergraph, as the caller and with the caller's token: a record that does not exist, or that the
 * caller may not read (outside their scope, or a complaint without the COMPLAINT_HANDLER role), is refused.
 * Accountability never reads another subgraph's tables.
 */

export interface OriginRef {
  kind: AccountabilityOriginKind;
  id: string;
}

/** Checks that every origin exists and that the caller may read it; throws a coded error otherwise. */
export type OriginChecker = (origins: readonly OriginRef[]) => Promise<void>;

/** The root field of the owning subgraph that answers one record of a kind (null when absent or out of scope). */
const ROOT_FIELD: Record<AccountabilityOriginKind, string> = {
  FINDING: 'finding',
  COMPLAINT: 'complaint',
  INCIDENT: 'incident',
  INSPECTION: 'inspection',
};

/** One request for all origins: each as an aliased root field. */
export function originsDocument(origins: readonly OriginRef[]): string {
  const variables = origins.map((_, index) => `$id${index}: ID!`).join(', ');
  const fields = origins.map((origin, index) => `o${index}: ${ROOT_FIELD[origin.kind]}(id: $id${index}) { id }`);
  return `query LinkedOrigins(${variables}) { ${fields.join(' ')} }`;
}

const missing = (origin: OriginRef) => {
  const label = AccountabilityOriginKind[origin.kind];
  return notFound(
    `${label.en} ${origin.id} does not exist within your scope; only existing records you may read can be linked`,
    `${label.zh} ${origin.id} 不存在或不在您的管辖范围内；只能关联您有权查看的现有记录`,
  );
};

export function supergraphOriginChecker(
  supergraph: SupergraphClient,
  bearerToken: () => string | null | undefined,
): OriginChecker {
  return async (origins) => {
    if (origins.length === 0) return;
    const variables = Object.fromEntries(origins.map((origin, index) => [`id${index}`, origin.id]));
    let answer: Record<string, { id: string } | null>;
    try {
      answer = await supergraph.query(originsDocument(origins), variables, bearerToken());
    } catch (error) {
      const code = (error as GraphQLError).extensions?.code;
      if (code === 'FORBIDDEN') {
        throw forbidden(
          'You may not read every record you name as an origin (a complaint needs the COMPLAINT_HANDLER role), so you cannot link it',
          '您无权查看所列来源记录（查看投诉举报须有投诉处理人员角色），不能关联',
        );
      }
      // Otherwise already coded by the client (UNAUTHENTICATED without a token, CONFLICT when the read failed).
      throw error;
    }
    origins.forEach((origin, index) => {
      if (answer[`o${index}`]?.id !== origin.id) throw missing(origin);
    });
  };
}
