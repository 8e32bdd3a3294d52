import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import type { AnnualReportContent, ReportSection, ReportStatus } from '@dibao/domain';

/** One region's report for one year; its content history lives in annual_report_version. */
@Entity({ name: 'annual_report' })
export class AnnualReportEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'varchar', length: 9, name: 'region_code' })
  regionCode: string;

  @Column('text')
  level: 'PREFECTURE' | 'COUNTY';

  @Column({ type: 'varchar', length: 9, name: 'parent_code' })
  parentCode: string;

  @Column('int')
  year: number;

  @Column('text')
  status: ReportStatus;

  @Column({ type: 'int', name: 'current_version' })
  currentVersion: number;

  /** The current content (also stored, with every earlier one, in annual_report_version). */
  @Column('jsonb')
  content: AnnualReportContent;

  @Column('boolean')
  late: boolean;

  @Column({ type: 'timestamptz', name: 'first_submitted_at', nullable: true })
  firstSubmittedAt: Date | null;

  @Column({ type: 'timestamptz', name: 'last_submitted_at', nullable: true })
  lastSubmittedAt: Date | null;

  @Column({ type: 'timestamptz', name: 'accepted_at', nullable: true })
  acceptedAt: Date | null;

  @Column({ type: 'text', name: 'returned_reason', nullable: true })
  returnedReason: string | null;

  @Column({ type: 'text', array: true, name: 'returned_sections', default: () => "'{}'" })
  returnedSections: ReportSection[];

  @CreateDateColumn({ type: 'timestamptz', name: 'created_at' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz', name: 'updated_at' })
  updatedAt: Date;
}
