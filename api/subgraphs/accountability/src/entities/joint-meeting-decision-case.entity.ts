import { Entity, PrimaryColumn } from 'typeorm';

/** A case a joint meeting decision concerns (the meeting records it, the competent body handles it). */
@Entity({ name: 'joint_meeting_decision_case' })
export class JointMeetingDecisionCaseEntity {
  @PrimaryColumn({ type: 'uuid', name: 'decision_id' })
  decisionId: string;

  @PrimaryColumn({ type: 'uuid', name: 'case_id' })
  caseId: string;
}
