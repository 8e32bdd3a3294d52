import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import type { IncidentCategory, IncidentSeverity, IncidentStatus } from '@dibao/domain';

/** A major matter or emergency (重大事项和突发事件) reported to the provincial department. */
@Entity({ name: 'incident' })
export class IncidentEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  /** Where it happened (county or township). */
  @Column({ type: 'varchar', length: 9, name: 'region_code' })
  regionCode: string;

  /** The civil affairs bureau that reported it. */
  @Column({ type: 'varchar', length: 9, name: 'reported_by_region_code' })
  reportedByRegionCode: string;

  @Column({ type: 'timestamptz', name: 'occurred_at' })
  occurredAt: Date;

  @Column({ type: 'timestamptz', name: 'reported_at' })
  reportedAt: Date;

  @Column('text')
  severity: IncidentSeverity;

  @Column('text')
  category: IncidentCategory;

  @Column('text')
  status: IncidentStatus;

  @Column('text')
  title: string;

  @Column('text')
  description: string;

  @Column({ type: 'text', name: 'cause_analysis' })
  causeAnalysis: string;

  @Column({ type: 'text', name: 'rectification_measures' })
  rectificationMeasures: string;

  @CreateDateColumn({ type: 'timestamptz', name: 'created_at' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz', name: 'updated_at' })
  updatedAt: Date;
}
