import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { AuditActor } from '@dibao/db';
import type { InspectionReportRecipient } from '@dibao/domain';

/** The report of an inspection sent to one recipient agency, which may read it from then on. */
@Entity({ name: 'inspection_distribution' })
export class InspectionDistributionEntity {
  @PrimaryColumn({ type: 'uuid', name: 'inspection_id' })
  inspectionId: string;

  @PrimaryColumn('text')
  recipient: InspectionReportRecipient;

  /** The registry id of the receiving agency, `<region code>:<kind>`. */
  @Column({ type: 'text', name: 'agency_id' })
  agencyId: string;

  @Column({ type: 'timestamptz', name: 'distributed_at' })
  distributedAt: Date;

  @Column({ type: 'jsonb', name: 'distributed_by' })
  distributedBy: AuditActor;
}
