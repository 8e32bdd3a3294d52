import { Arg, Authorized, Ctx, FieldResolver, ID, Int, Query, Resolver, Root } from 'type-graphql';
import { AccountabilityCaseStatus, AccountabilityViolation } from '@dibao/domain';
import { Label, labelFor, requireRegionInScope, checkedRegionCode, checkedYear } from '@dibao/server';
import type { AccountabilityContext } from '../context.js';
import type { CaseView } from '../services/disclosure.js';
import { AccountabilitySubjectInput } from '../schema/case.inputs.js';
import {
  AccountabilityCaseConnection,
  AccountabilityCaseOriginType,
  AccountabilityCaseType,
  AccountabilityDecisionType,
} from '../schema/case.type.js';
import { AccountabilityCompetentBodyType, COMPETENT_BODY_RULE } from '../schema/competent-body.type.js';
import { AccountabilityCaseStatusEnum, AccountabilityViolationEnum } from '../schema/enums.js';
import { JointMeetingDecisionType } from '../schema/joint-meeting.type.js';
import { AgencyRef, agencyRef, OfficialRef, officialRef } from '../schema/references.type.js';
import { RegionRef, regionRef } from '../schema/region.type.js';
import { checkedSubject } from '../services/subject.js';
import { originView } from '../schema/origin-view.js';
import { competentBodiesView } from './shared.js';

@Resolver(() => AccountabilityCaseType)
export class AccountabilityCaseResolver {
  @Authorized()
  @Query(() => AccountabilityCaseType, {
    nullable: true,
    description: 'An accountability case within your scope / 问责案件',
  })
  accountabilityCase(@Arg('id', () => ID) id: string, @Ctx() { loaders }: AccountabilityContext) {
    return loaders.caseById.load(id);
  }

  @Authorized()
  @Query(() => AccountabilityCaseConnection, {
    description: 'Cases of the regions below `under`, oldest opening first / 辖区内问责案件',
  })
  accountabilityCases(
    @Arg('under', () => ID) under: string,
    @Ctx() context: AccountabilityContext,
    @Arg('status', () => AccountabilityCaseStatusEnum, { nullable: true }) status?: AccountabilityCaseStatus,
    @Arg('violation', () => AccountabilityViolationEnum, { nullable: true }) violation?: AccountabilityViolation,
    @Arg('year', () => Int, { nullable: true, description: 'Year of opening / 立案年度' }) year?: number,
    @Arg('first', () => Int, { nullable: true }) first?: number,
    @Arg('after', () => String, { nullable: true }) after?: string,
  ) {
    requireRegionInScope(context, checkedRegionCode(under, 'under'));
    return context.loaders.casesPage(
      under,
      { status, violation, year: year === undefined || year === null ? null : checkedYear(year) },
      { first, after },
    );
  }

  @Authorized()
  @Query(() => [AccountabilityCompetentBodyType], { description: COMPETENT_BODY_RULE })
  accountabilityCompetentBodies(@Arg('subject') subject: AccountabilitySubjectInput) {
    return competentBodiesView(checkedSubject(subject).bodies.managingRegionCode);
  }

  @FieldResolver(() => ID, {
    description: "The subject's region: the official's post or the unit's region / 问责对象所在区划",
  })
  subjectRegionCode(@Root() found: CaseView): string {
    return found.regionCode;
  }

  @FieldResolver(() => RegionRef, { description: "The case's region, the subject's / 案件所属区划" })
  region(@Root() found: CaseView): RegionRef {
    return regionRef(found.regionCode);
  }

  @FieldResolver(() => OfficialRef, { nullable: true, description: 'The official, from the registry / 工作人员' })
  subjectOfficial(@Root() found: CaseView): OfficialRef | null {
    return found.subjectOfficialId ? officialRef(found.subjectOfficialId) : null;
  }

  @FieldResolver(() => AgencyRef, { nullable: true, description: 'The unit, from the registry / 被问责单位' })
  subjectAgency(@Root() found: CaseView): AgencyRef | null {
    return found.subjectAgencyId ? agencyRef(found.subjectAgencyId) : null;
  }

  @FieldResolver(() => AgencyRef, { description: 'The competent body that opened the case / 立案机关' })
  openedBy(@Root() found: CaseView): AgencyRef {
    return agencyRef(found.openingAgencyId);
  }

  @FieldResolver(() => Label, { description: 'Status in both languages / 案件状态名称' })
  statusLabel(@Root() found: CaseView): Label {
    return labelFor(AccountabilityCaseStatus, found.status);
  }

  @FieldResolver(() => Label, { description: 'Violation in both languages / 追责事由名称' })
  violationLabel(@Root() found: CaseView): Label {
    return labelFor(AccountabilityViolation, found.violation);
  }

  @FieldResolver(() => RegionRef, {
    description: 'The region whose bodies handle the case under cadre management authority / 管理权限所在区划',
  })
  managingRegion(@Root() found: CaseView): RegionRef {
    return regionRef(found.managingRegionCode);
  }

  @FieldResolver(() => [AccountabilityCompetentBodyType], { description: COMPETENT_BODY_RULE })
  competentBodies(@Root() found: CaseView): AccountabilityCompetentBodyType[] {
    return competentBodiesView(found.managingRegionCode);
  }

  @FieldResolver(() => [AccountabilityCaseOriginType], {
    nullable: true,
    description:
      'Findings, complaints, incidents and inspections it arises from, each opening as the record (confidential: null in a SUMMARY) / 案件来源（保密）',
  })
  async origins(@Root() found: CaseView, @Ctx() { loaders }: AccountabilityContext) {
    const rows = await loaders.originsFor(found);
    return rows?.map(originView) ?? null;
  }

  @FieldResolver(() => AccountabilityDecisionType, {
    nullable: true,
    description:
      'The decision once DECIDED; in a SUMMARY only once CLOSED, and without its text / 处理决定（摘要仅在结案后可见）',
  })
  decision(@Root() found: CaseView, @Ctx() { loaders }: AccountabilityContext) {
    return loaders.decisionFor(found);
  }

  @FieldResolver(() => [JointMeetingDecisionType], {
    nullable: true,
    description:
      'Joint meeting decisions that record this case, within your scope (confidential: null in a SUMMARY) / 记录此案件的联席会议议定事项（保密）',
  })
  jointMeetingDecisions(@Root() found: CaseView, @Ctx() { loaders }: AccountabilityContext) {
    return loaders.meetingDecisionsFor(found);
  }
}
