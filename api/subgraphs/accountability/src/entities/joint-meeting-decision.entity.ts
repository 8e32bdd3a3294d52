import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** A decision a meeting took (议定事项); the cases it concerns are in joint_meeting_decision_case. */
@Entity({ name: 'joint_meeting_decision' })
export class JointMeetingDecisionEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid', name: 'session_id' })
  sessionId: string;

  @Column('int')
  position: number;

  @Column('text')
  text: string;
}
