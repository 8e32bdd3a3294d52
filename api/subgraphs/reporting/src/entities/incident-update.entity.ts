import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { AuditActor } from '@dibao/db';
import type { IncidentStatus } from '@dibao/domain';

/** A follow-up on an incident: a note, and the status it left the incident in. */
@Entity({ name: 'incident_update' })
export class IncidentUpdateEntity {
  @PrimaryGeneratedColumn({ type: 'bigint' })
  id: string;

  @Column({ type: 'uuid', name: 'incident_id' })
  incidentId: string;

  @Column('timestamptz')
  at: Date;

  @Column('text')
  note: string;

  @Column('text')
  status: IncidentStatus;

  @Column({ type: 'jsonb', name: 'recorded_by' })
  recordedBy: AuditActor;
}
