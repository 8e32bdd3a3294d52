import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { AuditActor } from '@dibao/db';
import type { JointMeetingTaskStatus } from '@dibao/domain';

/** A follow-up task a meeting assigned to an agency, with a deadline (督办事项). */
@Entity({ name: 'joint_meeting_task' })
export class JointMeetingTaskEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid', name: 'session_id' })
  sessionId: string;

  @Column('int')
  position: number;

  /** The agency that owns the task (`<region>:<KIND>`), in the meeting's region or below. */
  @Column({ type: 'text', name: 'owner_agency_id' })
  ownerAgencyId: string;

  @Column('text')
  description: string;

  /** The last day to finish it, a calendar date in Beijing. */
  @Column('date')
  deadline: string;

  @Column('text')
  status: JointMeetingTaskStatus;

  @Column({ type: 'date', name: 'completed_on', nullable: true })
  completedOn: string | null;

  @Column({ type: 'text', name: 'completion_note', nullable: true })
  completionNote: string | null;

  @Column({ type: 'jsonb', name: 'completed_by', nullable: true })
  completedBy: AuditActor | null;
}
