import { AccountabilityOriginKind } from '@dibao/domain';
import { labelFor } from '@dibao/server';
import type { CaseOriginEntity } from '../entities/index.js';
import type { AccountabilityCaseOriginType } from './case.type.js';

/** An origin as GraphQL shows it: its kind and id, and the record itself as an entity of its owning subgraph. */
export function originView(row: CaseOriginEntity): AccountabilityCaseOriginType {
  const record = (kind: AccountabilityOriginKind) => (row.kind === kind ? { id: row.originId } : null);
  return {
    kind: row.kind,
    id: row.originId,
    label: labelFor(AccountabilityOriginKind, row.kind),
    linkedAt: row.linkedAt,
    finding: record('FINDING'),
    complaint: record('COMPLAINT'),
    incident: record('INCIDENT'),
    inspection: record('INSPECTION'),
  };
}
