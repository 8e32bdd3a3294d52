export type {
  AccountabilityCaseSeed,
  CaseDecisionSeed,
  CaseOriginSeed,
  CaseSanctionSeed,
  DemoAccountability,
  JointMeetingSeed,
  JointMeetingSessionSeed,
  JointMeetingTaskSeed,
} from './types.js';
export {
  demoAccountability,
  DEFAULT_ACCOUNTABILITY_YEARS,
  type DemoAccountabilityOptions,
  type DemoIncidentRef,
} from './demo-accountability.js';
export {
  demoOriginSources,
  type DemoOriginSources,
  type OriginInspectionRef,
  type OriginRecordRef,
} from './origins.js';
export { ACCOUNTABILITY_STORY_COUNTY, defaultStoryTownship, storyDates as accountabilityStoryDates } from './story.js';
