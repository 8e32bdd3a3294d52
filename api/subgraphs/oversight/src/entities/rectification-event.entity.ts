import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { AuditActor } from '@dibao/db';
import type { RectificationEventKind, RectificationStatus } from '@dibao/domain';
import { bigintAsNumber } from './columns.js';

/** One step of a finding's rectification: a plan, a progress report, a re-check, a closure or a reopening. */
@Entity({ name: 'rectification_event' })
export class RectificationEventEntity {
  @PrimaryGeneratedColumn({ type: 'bigint' })
  id: string;

  @Column({ type: 'uuid', name: 'finding_id' })
  findingId: string;

  @Column('timestamptz')
  at: Date;

  @Column('text')
  kind: RectificationEventKind;

  @Column('text')
  note: string;

  /** Links to evidence (documents, photos, payment records). */
  @Column({ type: 'text', array: true, default: () => "'{}'" })
  evidence: string[];

  /** The deadline a PLAN_SET event set. */
  @Column({ type: 'timestamptz', nullable: true })
  deadline: Date | null;

  @Column({ type: 'bigint', name: 'funds_recovered_fen', default: 0, transformer: bigintAsNumber })
  fundsRecoveredFen: number;

  @Column({ type: 'int', name: 'households_removed', default: 0 })
  householdsRemoved: number;

  @Column({ type: 'int', name: 'households_added', default: 0 })
  householdsAdded: number;

  @Column({ type: 'text', name: 'status_after' })
  statusAfter: RectificationStatus;

  @Column({ type: 'jsonb', name: 'recorded_by' })
  recordedBy: AuditActor;
}
