import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import type { AuditActor } from '@dibao/db';
import type { FindingSeverity, ProblemCategory, RectificationStatus } from '@dibao/domain';
import { bigintAsNumber } from './columns.js';

/**
 * A problem an inspection found in a county or township, with the state of its rectification. The running
 * totals (funds recovered, households removed and added) are the sums of its progress reports.
 */
@Entity({ name: 'finding' })
export class FindingEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  /** The inspection that found it; null for a finding referred from monitoring. */
  @Column({ type: 'uuid', name: 'inspection_id', nullable: true })
  inspectionId: string | null;

  /** Where it came from: an inspection visit, or a monitoring alert referred to oversight. */
  @Column({ type: 'text', default: 'INSPECTION' })
  source: 'INSPECTION' | 'MONITORING';

  /** The monitoring alert it was referred from (one finding per alert). */
  @Column({ type: 'uuid', name: 'source_alert_id', nullable: true })
  sourceAlertId: string | null;

  /** For a referred finding: the region whose inspectors oversee it (the referring inspector's region). */
  @Column({ type: 'varchar', length: 9, name: 'overseer_region_code', nullable: true })
  overseerRegionCode: string | null;

  /** County or township. */
  @Column({ type: 'varchar', length: 9, name: 'region_code' })
  regionCode: string;

  /** The county of the region (itself for a county): whose bureau and government rectify. */
  @Column({ type: 'varchar', length: 6, name: 'county_code' })
  countyCode: string;

  /** The inspection's year (the year it was referred, for a referred finding). */
  @Column('int')
  year: number;

  @Column('text')
  category: ProblemCategory;

  @Column('text')
  severity: FindingSeverity;

  @Column({ type: 'int', name: 'households_affected' })
  householdsAffected: number;

  @Column({ type: 'bigint', name: 'amount_involved_fen', transformer: bigintAsNumber })
  amountInvolvedFen: number;

  @Column('text')
  description: string;

  @Column({ type: 'text', name: 'responsible_agency_id', nullable: true })
  responsibleAgencyId: string | null;

  @Column({ type: 'uuid', name: 'responsible_official_id', nullable: true })
  responsibleOfficialId: string | null;

  /** The inspector who recorded it; a different one must re-check its rectification. */
  @Column({ type: 'jsonb', name: 'found_by' })
  foundBy: AuditActor;

  @Column({ type: 'timestamptz', name: 'found_at' })
  foundAt: Date;

  @Column('text')
  status: RectificationStatus;

  /** Required rectification measures (整改要求); null until a plan is set. */
  @Column({ type: 'text', nullable: true })
  measures: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  deadline: Date | null;

  /** Times it went back to RECTIFYING after a failed re-check or a reopening. */
  @Column({ type: 'int', name: 'reopened_count', default: 0 })
  reopenedCount: number;

  @Column({ type: 'bigint', name: 'funds_recovered_fen', default: 0, transformer: bigintAsNumber })
  fundsRecoveredFen: number;

  /** Households wrongly receiving benefit that were removed (错保清退). */
  @Column({ type: 'int', name: 'households_removed', default: 0 })
  householdsRemoved: number;

  /** Eligible households left out that were added (漏保纳入). */
  @Column({ type: 'int', name: 'households_added', default: 0 })
  householdsAdded: number;

  @Column({ type: 'timestamptz', name: 'reported_fixed_at', nullable: true })
  reportedFixedAt: Date | null;

  @Column({ type: 'timestamptz', name: 'verified_at', nullable: true })
  verifiedAt: Date | null;

  @Column({ type: 'jsonb', name: 'verified_by', nullable: true })
  verifiedBy: AuditActor | null;

  @Column({ type: 'timestamptz', name: 'closed_at', nullable: true })
  closedAt: Date | null;

  @Column({ type: 'text', name: 'closed_reason', nullable: true })
  closedReason: string | null;

  @CreateDateColumn({ type: 'timestamptz', name: 'created_at' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz', name: 'updated_at' })
  updatedAt: Date;
}
