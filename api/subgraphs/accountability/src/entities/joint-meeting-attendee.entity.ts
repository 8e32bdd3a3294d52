import { Column, Entity, PrimaryColumn } from 'typeorm';

/** Who attended a meeting: the person and the member agency they represented. */
@Entity({ name: 'joint_meeting_attendee' })
export class JointMeetingAttendeeEntity {
  @PrimaryColumn({ type: 'uuid', name: 'session_id' })
  sessionId: string;

  /** Order in the minutes' list of attendees. */
  @PrimaryColumn('int')
  position: number;

  @Column({ type: 'text', name: 'agency_id' })
  agencyId: string;

  @Column('text')
  name: string;
}
