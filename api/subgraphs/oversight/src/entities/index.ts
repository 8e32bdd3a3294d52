import { AuditRecord } from '@dibao/db';
import { FindingEntity } from './finding.entity.js';
import { InspectionDistributionEntity } from './inspection-distribution.entity.js';
import { InspectionEntity, type InspectionTeamMember } from './inspection.entity.js';
import { RectificationEventEntity } from './rectification-event.entity.js';

export { FindingEntity, InspectionDistributionEntity, InspectionEntity, RectificationEventEntity };
export type { InspectionTeamMember };

export const oversightEntities = [
  InspectionEntity,
  InspectionDistributionEntity,
  FindingEntity,
  RectificationEventEntity,
  AuditRecord,
];
