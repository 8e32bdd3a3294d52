export type {
  DemoOversight,
  FindingSeed,
  InspectionDistributionSeed,
  InspectionSeed,
  InspectionTeamMemberSeed,
  OversightActorSeed,
  RectificationEventSeed,
} from './types.js';
export {
  demoOversight,
  DEFAULT_OVERSIGHT_YEARS,
  OVERSIGHT_STORY_COUNTY,
  type DemoOversightOptions,
} from './demo-oversight.js';
export type { RectificationOutcome } from './rectification.js';
