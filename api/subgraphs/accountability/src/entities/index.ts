import { AuditRecord } from '@dibao/db';
import { AccountabilityCaseEntity } from './accountability-case.entity.js';
import { CaseDecisionEntity } from './case-decision.entity.js';
import { CaseOriginEntity } from './case-origin.entity.js';
import { CaseSanctionEntity } from './case-sanction.entity.js';
import { JointMeetingAttendeeEntity } from './joint-meeting-attendee.entity.js';
import { JointMeetingDecisionCaseEntity } from './joint-meeting-decision-case.entity.js';
import { JointMeetingDecisionEntity } from './joint-meeting-decision.entity.js';
import { JointMeetingSessionEntity } from './joint-meeting-session.entity.js';
import { JointMeetingTaskEntity } from './joint-meeting-task.entity.js';
import { JointMeetingEntity } from './joint-meeting.entity.js';

export {
  AccountabilityCaseEntity,
  CaseDecisionEntity,
  CaseOriginEntity,
  CaseSanctionEntity,
  JointMeetingAttendeeEntity,
  JointMeetingDecisionCaseEntity,
  JointMeetingDecisionEntity,
  JointMeetingEntity,
  JointMeetingSessionEntity,
  JointMeetingTaskEntity,
};

export const accountabilityEntities = [
  AccountabilityCaseEntity,
  CaseOriginEntity,
  CaseDecisionEntity,
  CaseSanctionEntity,
  JointMeetingEntity,
  JointMeetingSessionEntity,
  JointMeetingAttendeeEntity,
  JointMeetingDecisionEntity,
  JointMeetingDecisionCaseEntity,
  JointMeetingTaskEntity,
  AuditRecord,
];
