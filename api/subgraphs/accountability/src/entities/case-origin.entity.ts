import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { AuditActor } from '@dibao/db';
import type { AccountabilityOriginKind } from '@dibao/domain';

/** A record of another subgraph a case arises from (a finding, complaint, incident or inspection), by id. */
@Entity({ name: 'case_origin' })
export class CaseOriginEntity {
  @PrimaryColumn({ type: 'uuid', name: 'case_id' })
  caseId: string;

  @PrimaryColumn('text')
  kind: AccountabilityOriginKind;

  @PrimaryColumn({ type: 'text', name: 'origin_id' })
  originId: string;

  @Column({ type: 'timestamptz', name: 'linked_at' })
  linkedAt: Date;

  @Column({ type: 'jsonb', name: 'linked_by' })
  linkedBy: AuditActor;
}
