import { Field, ID, ObjectType } from 'type-graphql';
import type { AgencyKind } from '@dibao/domain';
import { AgencyKindEnum } from './enums.js';
import { AgencyRef } from './references.type.js';
import { RegionRef } from './region.type.js';

@ObjectType('AccountabilityCompetentBody', {
  description:
    'A body that may hold the subject to account under cadre management authority: the discipline inspection ' +
    'organ or the organization department of the managing region / 依干部管理权限有权追责的机关',
})
export class AccountabilityCompetentBodyType {
  @Field(() => ID, { description: '`<managing region>:<KIND>` / 机构 ID' })
  agencyId: string;

  @Field(() => AgencyKindEnum, { description: 'Discipline inspection or organization department / 机关类别' })
  kind: AgencyKind;

  @Field(() => ID, { description: 'The managing region / 管理权限所在区划' })
  regionCode: string;

  @Field(() => RegionRef, { description: 'The managing region / 管理权限所在区划' })
  region: RegionRef;

  @Field(() => AgencyRef, { description: 'The body, from the registry / 机构' })
  agency: AgencyRef;
}

export const COMPETENT_BODY_RULE =
  'The competent bodies under cadre management authority (干部管理权限): for an official managed at level L (the ' +
  'cadre level snapshot), the discipline inspection organ and the organization department of the region at level L ' +
  "that contains the official's post (a township official or a county bureau director managed by the county: the " +
  'county; a deputy county head managed by the prefecture: the prefecture; a province-managed cadre: the province); ' +
  "for a unit (an agency of region R), those of R's parent region (a township's office: the county). Only a " +
  'DISCIPLINE_OFFICER of one of them may act on the case; any other agency is FORBIDDEN. / ' +
  '依干部管理权限有权追责的机关：个人按其干部管理层级，由岗位所在的该层级区划的纪检监察机关和组织部追责（乡镇干部、县直部门负责人为县管，由县级追责；' +
  '分管副县长为市管，由市级追责；省管干部由省级追责）；单位由其上一级区划的纪检监察机关和组织部追责。只有上述机关的纪检监察人员可以处理案件，其他机关无权处理。';
