import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { AuditActor } from '@dibao/db';
import type { ComplaintAppealStatus } from '@dibao/domain';

/** A review by the level above the handler, opened by an unsatisfied rating. */
@Entity({ name: 'complaint_appeal' })
export class ComplaintAppealEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid', name: 'complaint_id' })
  complaintId: string;

  @Column({ type: 'int', name: 'closure_round' })
  closureRound: number;

  /** The region whose complaint handlers decide it: the parent of the region that handled the complaint. */
  @Column({ type: 'varchar', length: 9, name: 'review_region_code' })
  reviewRegionCode: string;

  @Column('text')
  status: ComplaintAppealStatus;

  @Column({ type: 'timestamptz', name: 'opened_at' })
  openedAt: Date;

  @Column({ type: 'jsonb', name: 'decided_by', nullable: true })
  decidedBy: AuditActor | null;

  @Column({ type: 'timestamptz', name: 'decided_at', nullable: true })
  decidedAt: Date | null;

  @Column({ type: 'text', name: 'decision_reason', nullable: true })
  decisionReason: string | null;
}
