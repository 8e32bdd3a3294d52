import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { AuditActor } from '@dibao/db';
import type { ComplaintLinkKind } from '@dibao/domain';

/** A complaint linked to an entity of another subgraph (an accountability case, an inspection finding), by id. */
@Entity({ name: 'complaint_external_link' })
export class ComplaintExternalLinkEntity {
  @PrimaryColumn({ type: 'uuid', name: 'complaint_id' })
  complaintId: string;

  @PrimaryColumn('text')
  kind: ComplaintLinkKind;

  @PrimaryColumn({ type: 'text', name: 'external_id' })
  externalId: string;

  @Column({ type: 'jsonb', name: 'linked_by' })
  linkedBy: AuditActor;

  @Column({ type: 'timestamptz', name: 'linked_at' })
  linkedAt: Date;
}
