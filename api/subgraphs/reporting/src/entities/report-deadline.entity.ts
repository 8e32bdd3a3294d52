import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * The filing deadline of one region's report for one year as reporting last stamped it for the notifications'
 * job queue (a `deadline` event on the outbox), and when it was met. It exists before any draft does, so that a
 * region that never starts its report is reminded and told when it is overdue; it makes stamping idempotent: a
 * deadline is stamped again only when it moved (an exception, a rule change).
 */
@Entity({ name: 'report_deadline' })
export class ReportDeadlineEntity {
  @PrimaryColumn({ type: 'varchar', length: 9, name: 'region_code' })
  regionCode: string;

  @PrimaryColumn('int')
  year: number;

  @Column({ type: 'timestamptz', name: 'due_at' })
  dueAt: Date;

  @Column({ type: 'timestamptz', name: 'stamped_at' })
  stampedAt: Date;

  /** The first submission, or a waiver. */
  @Column({ type: 'timestamptz', name: 'met_at', nullable: true })
  metAt: Date | null;
}
