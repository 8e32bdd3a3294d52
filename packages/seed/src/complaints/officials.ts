import { regionLevelOf, type AgencyKind } from '@dibao/domain';

import type { ComplaintOfficialSeed } from './types.js';

/*
 * The officials who handle complaints in the demo, named by the token subject they would sign in with:
 * `official:<region>:<agency>:<post>`, the registry's official key with a prefix. A development token with
 * that subject (pnpm dev-token --subject official:630121:CIVIL_AFFAIRS:petition-officer --region 630121
 * --agency CIVIL_AFFAIRS --role COMPLAINT_HANDLER) acts as that official.
 */

export function complaintOfficial(
  region: string,
  post: string,
  agency: AgencyKind = 'CIVIL_AFFAIRS',
): ComplaintOfficialSeed {
  return { subject: `official:${region}:${agency}:${post}`, agency, region };
}

export const PROVINCE_CODE = '630000';

/** Takes calls on the provincial social assistance hotline. */
export const HOTLINE_OPERATOR = complaintOfficial(PROVINCE_CODE, 'hotline-head');
/** The provincial social assistance division: refers complaints, supervises major ones (督办). */
export const PROVINCIAL_SUPERVISOR = complaintOfficial(PROVINCE_CODE, 'assistance-division-head');
/** Custodian of complainants' identities: approves reveals. */
export const IDENTITY_CUSTODIAN = complaintOfficial(PROVINCE_CODE, 'deputy-director');

/** The designated petition officer (低保信访专人) a region's designation names. */
export function petitionOfficerOf(regionCode: string): ComplaintOfficialSeed {
  switch (regionLevelOf(regionCode)) {
    case 'PROVINCE':
      return PROVINCIAL_SUPERVISOR;
    case 'TOWNSHIP':
      return complaintOfficial(regionCode, 'office-head');
    default:
      return complaintOfficial(regionCode, 'petition-officer');
  }
}

/** The county bureau's duty official, who takes calls and letters at the county. */
export const countyDutyOfficial = (county: string) => complaintOfficial(county, 'deputy-director');

/** The head of a civil affairs bureau: approves rewards, decides reviews of the level below. */
export const bureauDirector = (regionCode: string) =>
  regionLevelOf(regionCode) === 'PROVINCE' ? IDENTITY_CUSTODIAN : complaintOfficial(regionCode, 'director');
