import { Arg, Authorized, Ctx, FieldResolver, ID, Int, Query, Resolver, Root } from 'type-graphql';
import { InspectionStatus, InspectionTopic, type RectificationStatus } from '@dibao/domain';
import { connectionOf, Label, labelFor, requireRegionInScope, checkedRegionCode, isUuid, timeKey } from '@dibao/server';
import type { OversightContext } from '../context.js';
import type { InspectionEntity } from '../entities/index.js';
import { InspectionStatusEnum, RectificationStatusEnum } from '../schema/enums.js';
import { FindingConnection } from '../schema/finding.type.js';
import {
  InspectionConnection,
  InspectionReportDistributionType,
  InspectionTeamMemberType,
  InspectionType,
} from '../schema/inspection.type.js';
import { AgencyRef, agencyRef, officialRef } from '../schema/references.type.js';
import { RegionRef, regionRef } from '../schema/region.type.js';
import { canReadInspectionReport } from '../services/access.js';

@Resolver(() => InspectionType)
export class InspectionResolver {
  @Authorized()
  @Query(() => InspectionType, { nullable: true, description: 'A special inspection you may read / 专项督察' })
  inspection(@Arg('id', () => ID) id: string, @Ctx() { loaders }: OversightContext) {
    return isUuid(id) ? loaders.inspectionById.load(id) : null;
  }

  @Authorized()
  @Query(() => InspectionConnection, {
    description:
      'Inspections you may read whose targets overlap `under` (a target in it, or it in a target), oldest first / 涉及辖区的专项督察',
  })
  inspections(
    @Arg('under', () => ID) under: string,
    @Ctx() context: OversightContext,
    @Arg('status', () => InspectionStatusEnum, { nullable: true }) status?: InspectionStatus,
    @Arg('year', () => Int, { nullable: true }) year?: number,
    @Arg('first', () => Int, { nullable: true }) first?: number,
    @Arg('after', () => String, { nullable: true }) after?: string,
  ) {
    requireRegionInScope(context, checkedRegionCode(under, 'under'));
    return context.loaders.inspectionsPage(under, { status, year }, { first, after });
  }

  @FieldResolver(() => AgencyRef, { description: 'The organising agency / 组织单位' })
  organiser(@Root() inspection: InspectionEntity): AgencyRef {
    return agencyRef(`${inspection.organiserRegionCode}:${inspection.organiserKind}`);
  }

  @FieldResolver(() => [AgencyRef], { description: 'Agencies organising it jointly / 联合督察单位' })
  jointOrganisers(@Root() inspection: InspectionEntity): AgencyRef[] {
    return inspection.partnerKinds.map((kind) => agencyRef(`${inspection.organiserRegionCode}:${kind}`));
  }

  @FieldResolver(() => RegionRef, { description: "The organiser's region / 组织单位所在地区" })
  organiserRegion(@Root() inspection: InspectionEntity): RegionRef {
    return regionRef(inspection.organiserRegionCode);
  }

  @FieldResolver(() => [RegionRef], { description: 'Regions inspected / 被督察地区' })
  targetRegions(@Root() inspection: InspectionEntity): RegionRef[] {
    return inspection.targetCodes.map(regionRef);
  }

  @FieldResolver(() => Label, { description: 'The status in both languages / 状态名称' })
  statusLabel(@Root() inspection: InspectionEntity): Label {
    return labelFor(InspectionStatus, inspection.status);
  }

  @FieldResolver(() => [Label], { description: 'Topics in both languages / 督察内容' })
  topicLabels(@Root() inspection: InspectionEntity): Label[] {
    return inspection.topics.map((topic) => labelFor(InspectionTopic, topic));
  }

  @FieldResolver(() => [InspectionTeamMemberType], { description: 'The inspection team / 督察组' })
  team(@Root() inspection: InspectionEntity): InspectionTeamMemberType[] {
    return inspection.team.map((member) => ({
      name: member.name,
      role: member.role,
      agency: member.agencyId ? agencyRef(member.agencyId) : null,
      official: member.officialId ? officialRef(member.officialId) : null,
    }));
  }

  @FieldResolver(() => String, { description: 'Who planned it (token subject) / 计划人' })
  plannedBy(@Root() inspection: InspectionEntity): string {
    return inspection.plannedBy.subject;
  }

  @FieldResolver(() => String, {
    nullable: true,
    description:
      'Conclusion of the report; null until reported, and for callers who may not read the report: only the ' +
      'organising and joint agencies, and the agencies it was distributed to, read it / 督察报告结论（仅组织单位、' +
      '联合单位及报送对象可见）',
  })
  async conclusion(@Root() inspection: InspectionEntity, @Ctx() { loaders, principal }: OversightContext) {
    if (inspection.conclusion === null) return null;
    const distributions = await loaders.distributionsOf.load(inspection.id);
    const recipients = distributions.map((row) => row.agencyId);
    return canReadInspectionReport(principal, inspection, recipients) ? inspection.conclusion : null;
  }

  @FieldResolver(() => [InspectionReportDistributionType], { description: 'Where the report was sent / 报告报送记录' })
  async distributions(@Root() inspection: InspectionEntity, @Ctx() { loaders }: OversightContext) {
    const rows = await loaders.distributionsOf.load(inspection.id);
    return rows.map((row) => ({
      recipient: row.recipient,
      agency: agencyRef(row.agencyId),
      distributedAt: row.distributedAt,
    }));
  }

  @FieldResolver(() => FindingConnection, {
    description: 'Its findings within your scope, oldest first / 督察发现的问题',
  })
  async findings(
    @Root() inspection: InspectionEntity,
    @Ctx() { loaders }: OversightContext,
    @Arg('status', () => RectificationStatusEnum, { nullable: true }) status?: RectificationStatus,
    @Arg('first', () => Int, { nullable: true }) first?: number,
    @Arg('after', () => String, { nullable: true }) after?: string,
  ) {
    const rows = await loaders.findingsOfInspection.load(inspection.id);
    const ofStatus = status ? rows.filter((row) => row.status === status) : rows;
    return connectionOf(ofStatus, (row) => timeKey(row.foundAt, row.id), { first, after });
  }
}
