import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { AuditActor } from '@dibao/db';
import type { AnnualReportContent, ReportStatus } from '@dibao/domain';

/** Every saved content of a report, never changed afterwards. */
@Entity({ name: 'annual_report_version' })
export class AnnualReportVersionEntity {
  @PrimaryColumn({ type: 'uuid', name: 'report_id' })
  reportId: string;

  @PrimaryColumn('int')
  version: number;

  @Column('jsonb')
  content: AnnualReportContent;

  /** The status the report had right after this version was saved. */
  @Column('text')
  status: ReportStatus;

  @Column({ type: 'timestamptz', name: 'saved_at' })
  savedAt: Date;

  @Column({ type: 'jsonb', name: 'saved_by' })
  savedBy: AuditActor;
}
