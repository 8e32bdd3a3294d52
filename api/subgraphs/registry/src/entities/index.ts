import { AuditRecord } from '@dibao/db';
import { AgencyEntity } from './agency.entity.js';
import { DeliveryPreferenceEntity } from './delivery-preference.entity.js';
import { OfficialEntity } from './official.entity.js';
import { RegionEntity } from './region.entity.js';
import { RuleVersionEntity } from './rule-version.entity.js';
import { OfficialAccessEntity, RevokedTokenEntity, ServiceAccountEntity } from './sign-in.entity.js';

export { AgencyEntity, agencyIdOf } from './agency.entity.js';
export { DeliveryPreferenceEntity, type EmailMode } from './delivery-preference.entity.js';
export { OfficialEntity } from './official.entity.js';
export { RegionEntity } from './region.entity.js';
export { RuleVersionEntity } from './rule-version.entity.js';
export { OfficialAccessEntity, RevokedTokenEntity, ServiceAccountEntity } from './sign-in.entity.js';

const signInEntities = [OfficialAccessEntity, ServiceAccountEntity, RevokedTokenEntity];

export const registryEntities = [
  RegionEntity,
  AgencyEntity,
  OfficialEntity,
  AuditRecord,
  RuleVersionEntity,
  ...signInEntities,
  DeliveryPreferenceEntity,
];
