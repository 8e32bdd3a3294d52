import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { AuditActor } from '@dibao/db';

/** The decision on a case (处理决定); its sanctions, one per discipline track, are in case_sanction. */
@Entity({ name: 'case_decision' })
export class CaseDecisionEntity {
  @PrimaryColumn({ type: 'uuid', name: 'case_id' })
  caseId: string;

  /** The date of the decision, a calendar date in Beijing. */
  @Column({ type: 'date', name: 'decided_on' })
  decidedOn: string;

  /** The competent body that decided (`<region>:<KIND>`). */
  @Column({ type: 'text', name: 'deciding_agency_id' })
  decidingAgencyId: string;

  @Column('text')
  summary: string;

  @Column({ type: 'timestamptz', name: 'recorded_at' })
  recordedAt: Date;

  @Column({ type: 'jsonb', name: 'recorded_by' })
  recordedBy: AuditActor;
}
