import { Arg, Authorized, Ctx, FieldResolver, Int, Resolver, Root } from 'type-graphql';
import { ComplaintChannel, ComplaintStatus, ProblemCategory } from '@dibao/domain';
import { badInput, connectionInOrder, requireRegionInScope, checkedYear } from '@dibao/server';
import type { ComplaintsContext } from '../context.js';
import { regionYearKey } from '../loaders.js';
import { ComplaintConnection } from '../schema/complaint.type.js';
import { ComplaintChannelEnum, ComplaintStatusEnum, ProblemCategoryEnum } from '../schema/enums.js';
import { RegionRef } from '../schema/region.type.js';
import {
  PetitionOfficerType,
  SocialOrganizationContractConnection,
  VolunteerSupervisorConnection,
} from '../schema/registries.type.js';
import { ComplaintStatsType } from '../schema/stats.type.js';
import { isCalendarDate } from '../services/shanghai-date.js';
import { complaintStats } from '../services/stats.service.js';
import { petitionOfficerOut } from './mappers.js';

/** The complaints fields of Region (owned by the registry, extended here by key). */
@Resolver(() => RegionRef)
export class RegionComplaintsResolver {
  @Authorized('COMPLAINT_HANDLER')
  @FieldResolver(() => ComplaintConnection, {
    description:
      'Complaints about the region and below that you may read, in order of receipt / 辖区投诉举报（仅限可查看的）',
  })
  complaints(
    @Root() region: RegionRef,
    @Ctx() context: ComplaintsContext,
    @Arg('status', () => ComplaintStatusEnum, { nullable: true }) status?: ComplaintStatus,
    @Arg('channel', () => ComplaintChannelEnum, { nullable: true }) channel?: ComplaintChannel,
    @Arg('category', () => ProblemCategoryEnum, { nullable: true }) category?: ProblemCategory,
    @Arg('year', () => Int, { nullable: true, description: 'Received in this year (Beijing time) / 受理年度' })
    year?: number,
    @Arg('supervisedByProvince', () => Boolean, { nullable: true }) supervisedByProvince?: boolean,
    @Arg('overdue', () => Boolean, { nullable: true, description: 'Past a deadline unmet now / 当前逾期' })
    overdue?: boolean,
    @Arg('first', () => Int, { nullable: true }) first?: number,
    @Arg('after', () => String, { nullable: true }) after?: string,
  ) {
    if (year !== undefined && year !== null) checkedYear(year);
    return context.loaders.complaintsUnder.load({
      regionCode: region.code,
      args: { status, channel, category, year, supervisedByProvince, overdue, first, after },
    });
  }

  @Authorized()
  @FieldResolver(() => ComplaintStatsType, {
    description: "Complaint figures of a year over the region's subtree (internal) / 辖区年度投诉举报统计",
  })
  async complaintStats(
    @Root() region: RegionRef,
    @Arg('year', () => Int) year: number,
    @Ctx() context: ComplaintsContext,
  ): Promise<ComplaintStatsType> {
    requireRegionInScope(context, region.code);
    const { rows, appeals, rewardsPaidFen } = await context.loaders.statsRowsUnder.load(
      regionYearKey(region.code, checkedYear(year)),
    );
    return complaintStats(year, rows, { appeals, rewardsPaidFen }, context.now());
  }

  @Authorized()
  @FieldResolver(() => PetitionOfficerType, {
    nullable: true,
    description: "The region's own designated petition officer / 本级低保信访专人",
  })
  async petitionOfficer(@Root() region: RegionRef, @Ctx() context: ComplaintsContext) {
    requireRegionInScope(context, region.code);
    const officer = await context.loaders.petitionOfficerOf.load(region.code);
    return officer ? petitionOfficerOut(officer) : null;
  }

  @Authorized()
  @FieldResolver(() => VolunteerSupervisorConnection, {
    description: 'Volunteer supervisors of the region and below in your scope / 辖区义务监督员',
  })
  async volunteerSupervisors(
    @Root() region: RegionRef,
    @Ctx() { loaders }: ComplaintsContext,
    @Arg('servingOn', () => String, { nullable: true, description: 'Only those serving on YYYY-MM-DD / 在聘日期' })
    servingOn?: string,
    @Arg('first', () => Int, { nullable: true }) first?: number,
    @Arg('after', () => String, { nullable: true }) after?: string,
  ) {
    if (servingOn && !isCalendarDate(servingOn))
      throw badInput('servingOn must be YYYY-MM-DD', 'servingOn 须为 YYYY-MM-DD');
    const all = await loaders.volunteersUnder.load(region.code);
    const serving = servingOn ? all.filter((v) => v.termStart <= servingOn && v.termEnd >= servingOn) : all;
    return connectionInOrder(serving, (volunteer) => volunteer.id, { first, after });
  }

  @Authorized()
  @FieldResolver(() => SocialOrganizationContractConnection, {
    description: 'Purchase-of-services contracts of the region and below in your scope / 辖区政府购买服务合同',
  })
  async socialOrganizationContracts(
    @Root() region: RegionRef,
    @Ctx() { loaders }: ComplaintsContext,
    @Arg('first', () => Int, { nullable: true }) first?: number,
    @Arg('after', () => String, { nullable: true }) after?: string,
  ) {
    const contracts = await loaders.contractsUnder.load(region.code);
    return connectionInOrder(contracts, (contract) => contract.id, { first, after });
  }
}
