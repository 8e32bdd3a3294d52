import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { AuditActor } from '@dibao/db';

/** A reviewer's recorded decision that a county's missing report does not hold up its prefecture's acceptance. */
@Entity({ name: 'report_waiver' })
export class ReportWaiverEntity {
  @PrimaryColumn({ type: 'varchar', length: 9, name: 'region_code' })
  regionCode: string;

  @PrimaryColumn('int')
  year: number;

  @Column('text')
  reason: string;

  @Column({ type: 'jsonb', name: 'granted_by' })
  grantedBy: AuditActor;

  @Column({ type: 'timestamptz', name: 'granted_at' })
  grantedAt: Date;
}
