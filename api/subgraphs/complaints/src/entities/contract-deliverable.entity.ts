import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { AuditActor } from '@dibao/db';

/**
 * One deliverable a purchase-of-services contract promises, with its due date. With `targetObservations` it is
 * met when the organisation filed that many observations under the contract by the due date (counted, never
 * typed in); otherwise an ADMIN of the contract's region records whether it was met, with a note.
 */
@Entity({ name: 'contract_deliverable' })
export class ContractDeliverableEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid', name: 'contract_id' })
  contractId: string;

  @Column('text')
  description: string;

  @Column({ type: 'date', name: 'due_on' })
  dueOn: string;

  @Column({ type: 'integer', name: 'target_observations', nullable: true })
  targetObservations: number | null;

  @Column({ type: 'boolean', nullable: true })
  met: boolean | null;

  @Column({ type: 'timestamptz', name: 'assessed_at', nullable: true })
  assessedAt: Date | null;

  @Column({ type: 'jsonb', name: 'assessed_by', nullable: true })
  assessedBy: AuditActor | null;

  @Column({ type: 'text', name: 'assessment_note', nullable: true })
  assessmentNote: string | null;
}
