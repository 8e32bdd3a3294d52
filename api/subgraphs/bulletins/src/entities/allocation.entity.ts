import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { AuditActor } from '@dibao/db';
import type { AllocationMethod, AllocationStatus } from '@dibao/domain';
import { bigintAsNumber } from './columns.js';

/** The division of a subsidy or reward pool among the regions of an assessment. */
@Entity({ name: 'allocation' })
export class AllocationEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'varchar', length: 9, name: 'province_code' })
  provinceCode: string;

  @Column('int')
  year: number;

  @Column({ type: 'uuid', name: 'assessment_id' })
  assessmentId: string;

  /** The assessment's inputs hash when the amounts were computed: a recomputed assessment shows as stale. */
  @Column({ type: 'char', length: 64, name: 'assessment_hash' })
  assessmentHash: string;

  @Column('text')
  title: string;

  @Column({ type: 'bigint', name: 'pool_fen', transformer: bigintAsNumber })
  poolFen: number;

  @Column('text')
  method: AllocationMethod;

  /** Share of the pool divided by score, in basis points: 10,000 for 以奖代补. */
  @Column({ type: 'int', name: 'performance_share_bp' })
  performanceShareBasisPoints: number;

  @Column('text')
  status: AllocationStatus;

  @Column({ type: 'timestamptz', name: 'created_at' })
  createdAt: Date;

  @Column({ type: 'jsonb', name: 'created_by' })
  createdBy: AuditActor;

  @Column({ type: 'timestamptz', name: 'updated_at' })
  updatedAt: Date;

  @Column({ type: 'timestamptz', name: 'finalised_at', nullable: true })
  finalisedAt: Date | null;

  @Column({ type: 'jsonb', name: 'finalised_by', nullable: true })
  finalisedBy: AuditActor | null;

  @Column({ type: 'timestamptz', name: 'published_at', nullable: true })
  publishedAt: Date | null;

  @Column({ type: 'jsonb', name: 'published_by', nullable: true })
  publishedBy: AuditActor | null;
}
