import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { AuditActor } from '@dibao/db';
import type { IdentityRevealStatus } from '@dibao/domain';

/** The owner's request to see who complained, with its reason, and the custodian's decision. */
@Entity({ name: 'identity_reveal_request' })
export class IdentityRevealRequestEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid', name: 'complaint_id' })
  complaintId: string;

  @Column({ type: 'jsonb', name: 'requested_by' })
  requestedBy: AuditActor;

  @Column({ type: 'timestamptz', name: 'requested_at' })
  requestedAt: Date;

  @Column('text')
  reason: string;

  @Column('text')
  status: IdentityRevealStatus;

  @Column({ type: 'jsonb', name: 'decided_by', nullable: true })
  decidedBy: AuditActor | null;

  @Column({ type: 'timestamptz', name: 'decided_at', nullable: true })
  decidedAt: Date | null;

  @Column({ type: 'text', name: 'decision_note', nullable: true })
  decisionNote: string | null;
}
