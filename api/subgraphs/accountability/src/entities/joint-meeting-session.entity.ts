import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { AuditActor } from '@dibao/db';

/** One meeting of a joint meeting: its agenda and minutes; attendees, decisions and tasks hang from it. */
@Entity({ name: 'joint_meeting_session' })
export class JointMeetingSessionEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'varchar', length: 9, name: 'region_code' })
  regionCode: string;

  @Column({ type: 'date', name: 'held_on' })
  heldOn: string;

  @Column({ type: 'text', array: true })
  agenda: string[];

  @Column('text')
  minutes: string;

  @Column({ type: 'timestamptz', name: 'recorded_at' })
  recordedAt: Date;

  @Column({ type: 'jsonb', name: 'recorded_by' })
  recordedBy: AuditActor;
}
