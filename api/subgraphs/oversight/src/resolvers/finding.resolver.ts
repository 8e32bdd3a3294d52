import { Arg, Authorized, Ctx, FieldResolver, ID, Int, Query, Resolver, Root } from 'type-graphql';
import {
  FindingSeverity,
  isRectificationOverdue,
  ProblemCategory,
  RectificationStatus,
  rectificationDaysOverdue,
} from '@dibao/domain';
import { Label, labelFor, requireRegionInScope, checkedRegionCode, isUuid } from '@dibao/server';
import type { OversightContext } from '../context.js';
import type { FindingEntity } from '../entities/index.js';
import { ProblemCategoryEnum, RectificationStatusEnum } from '../schema/enums.js';
import { FindingConnection, FindingType, RectificationEventType } from '../schema/finding.type.js';
import { InspectionType } from '../schema/inspection.type.js';
import { AgencyRef, agencyRef, OfficialRef, officialRef } from '../schema/references.type.js';
import { RegionRef, regionRef } from '../schema/region.type.js';

@Resolver(() => FindingType)
export class FindingResolver {
  @Authorized()
  @Query(() => FindingType, { nullable: true, description: 'A finding within your scope / 督察发现的问题' })
  finding(@Arg('id', () => ID) id: string, @Ctx() { loaders }: OversightContext) {
    return isUuid(id) ? loaders.findingById.load(id) : null;
  }

  @Authorized()
  @Query(() => FindingConnection, {
    description: 'Findings in the regions below `under`, oldest first / 辖区内督察发现的问题',
  })
  findings(
    @Arg('under', () => ID) under: string,
    @Ctx() context: OversightContext,
    @Arg('status', () => RectificationStatusEnum, { nullable: true }) status?: RectificationStatus,
    @Arg('category', () => ProblemCategoryEnum, { nullable: true }) category?: ProblemCategory,
    @Arg('overdue', () => Boolean, {
      nullable: true,
      description: 'Only overdue (true) or only not overdue (false) findings, judged now / 是否逾期',
    })
    overdue?: boolean,
    @Arg('year', () => Int, { nullable: true, description: "The inspection's year / 年度" }) year?: number,
    @Arg('inspectionId', () => ID, { nullable: true, description: 'Only this inspection / 仅此次督察' })
    inspectionId?: string,
    @Arg('first', () => Int, { nullable: true }) first?: number,
    @Arg('after', () => String, { nullable: true }) after?: string,
  ) {
    requireRegionInScope(context, checkedRegionCode(under, 'under'));
    return context.loaders.findingsPage(under, { status, category, overdue, year, inspectionId }, { first, after });
  }

  @FieldResolver(() => InspectionType, {
    nullable: true,
    description: 'The inspection that found it, if you may read it / 所属专项督察',
  })
  inspection(@Root() finding: FindingEntity, @Ctx() { loaders }: OversightContext) {
    return finding.inspectionId ? loaders.inspectionById.load(finding.inspectionId) : null;
  }

  @FieldResolver(() => RegionRef, { description: 'Where it was found (county or township) / 问题所在地' })
  region(@Root() finding: FindingEntity): RegionRef {
    return regionRef(finding.regionCode);
  }

  @FieldResolver(() => RegionRef, { description: 'The county that rectifies it / 负责整改的县' })
  county(@Root() finding: FindingEntity): RegionRef {
    return regionRef(finding.countyCode);
  }

  @FieldResolver(() => Label, { description: 'The category in both languages / 问题类别名称' })
  categoryLabel(@Root() finding: FindingEntity): Label {
    return labelFor(ProblemCategory, finding.category);
  }

  @FieldResolver(() => Label, { description: 'The severity in both languages / 严重程度名称' })
  severityLabel(@Root() finding: FindingEntity): Label {
    return labelFor(FindingSeverity, finding.severity);
  }

  @FieldResolver(() => Boolean, {
    description:
      'Overdue now: the deadline has passed and it is neither VERIFIED nor CLOSED_NOT_FIXED / 是否逾期（已过期限且未销号、未关闭）',
  })
  overdue(@Root() finding: FindingEntity, @Ctx() { now }: OversightContext): boolean {
    return isRectificationOverdue(finding, now());
  }

  @FieldResolver(() => Int, {
    description: 'Days past the deadline, a day begun counting as one; 0 when not overdue / 逾期天数',
  })
  daysOverdue(@Root() finding: FindingEntity, @Ctx() { now }: OversightContext): number {
    return rectificationDaysOverdue(finding, now());
  }

  @FieldResolver(() => Label, { description: 'The status as seen now, overdue marked / 当前整改状态（含逾期）' })
  statusLabel(@Root() finding: FindingEntity, @Ctx() { now }: OversightContext): Label {
    const label = labelFor(RectificationStatus, finding.status);
    if (!isRectificationOverdue(finding, now())) return label;
    return { zh: `${label.zh}（已逾期）`, en: `${label.en} (overdue)` };
  }

  @FieldResolver(() => AgencyRef, { nullable: true, description: 'Responsible agency, when known / 责任单位' })
  responsibleAgency(@Root() finding: FindingEntity): AgencyRef | null {
    return finding.responsibleAgencyId ? agencyRef(finding.responsibleAgencyId) : null;
  }

  @FieldResolver(() => OfficialRef, { nullable: true, description: 'Responsible official, when known / 责任人' })
  responsibleOfficial(@Root() finding: FindingEntity): OfficialRef | null {
    return finding.responsibleOfficialId ? officialRef(finding.responsibleOfficialId) : null;
  }

  @FieldResolver(() => String, { description: 'The inspector who recorded it (token subject) / 发现人' })
  foundBy(@Root() finding: FindingEntity): string {
    return finding.foundBy.subject;
  }

  @FieldResolver(() => String, { nullable: true, description: 'The inspector who verified it / 复核销号人' })
  verifiedBy(@Root() finding: FindingEntity): string | null {
    return finding.verifiedBy?.subject ?? null;
  }

  @FieldResolver(() => [RectificationEventType], { description: 'Rectification history, oldest first / 整改记录' })
  async history(@Root() finding: FindingEntity, @Ctx() { loaders }: OversightContext) {
    const events = await loaders.eventsOfFinding.load(finding.id);
    return events.map((event) => ({ ...event, recordedBy: event.recordedBy.subject }));
  }
}
