import { Arg, Authorized, Ctx, FieldResolver, Float, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { IncidentStatus, shanghaiDate } from '@dibao/domain';
import { Label, labelFor, requirePrincipal } from '@dibao/server';
import type { ReportingContext } from '../context.js';
import type { IncidentEntity } from '../entities/index.js';
import { IncidentType, IncidentUpdateType } from '../schema/incident.type.js';
import { ReportIncidentInput, UpdateIncidentInput } from '../schema/inputs.js';
import { RegionRef, regionRef } from '../schema/region.type.js';
import { reportIncident, reportingDelayHours, updateIncident } from '../services/incident.service.js';

@Resolver(() => IncidentType)
export class IncidentResolver {
  @Authorized()
  @Query(() => IncidentType, { nullable: true, description: 'An incident within your scope / 事件' })
  incident(@Arg('id', () => ID) id: string, @Ctx() { loaders }: ReportingContext) {
    return /^[0-9a-f-]{36}$/i.test(id) ? loaders.incidentById.load(id) : null;
  }

  @Authorized('REPORTER')
  @Mutation(() => IncidentType, { description: 'Report a major matter or emergency / 报告重大事项和突发事件' })
  reportIncident(@Arg('input') input: ReportIncidentInput, @Ctx() context: ReportingContext) {
    return reportIncident(context.deps, requirePrincipal(context), input);
  }

  @Authorized('REPORTER', 'REVIEWER')
  @Mutation(() => IncidentType, { description: 'Add a follow-up, move the status forward / 续报' })
  updateIncident(@Arg('input') input: UpdateIncidentInput, @Ctx() context: ReportingContext) {
    return updateIncident(context.deps, requirePrincipal(context), input);
  }

  @FieldResolver(() => RegionRef)
  region(@Root() incident: IncidentEntity): RegionRef {
    return regionRef(incident.regionCode);
  }

  @FieldResolver(() => RegionRef, { description: 'The bureau that reported it / 报告单位' })
  reportedBy(@Root() incident: IncidentEntity): RegionRef {
    return regionRef(incident.reportedByRegionCode);
  }

  @FieldResolver(() => Float, { description: 'Hours from occurrence to report / 发生至报告的间隔（小时）' })
  reportingDelayHours(@Root() incident: IncidentEntity): number {
    return reportingDelayHours(incident);
  }

  @FieldResolver(() => Int, {
    description:
      "The time limit for reporting it, hours, under the region's rules on the day reported / 报告时限（小时）",
  })
  async reportingLimitHours(@Root() incident: IncidentEntity, @Ctx() { loaders }: ReportingContext): Promise<number> {
    const rules = await loaders.rulesOn.load(`${incident.regionCode}|${shanghaiDate(incident.reportedAt)}`);
    return Number(rules.incidentReportHours.value);
  }

  @FieldResolver(() => Boolean, { description: 'Reported later than its time limit / 是否迟报' })
  async reportedLate(@Root() incident: IncidentEntity, @Ctx() context: ReportingContext): Promise<boolean> {
    return reportingDelayHours(incident) > (await this.reportingLimitHours(incident, context));
  }

  @FieldResolver(() => Label)
  statusLabel(@Root() incident: IncidentEntity): Label {
    return labelFor(IncidentStatus, incident.status);
  }

  @FieldResolver(() => [IncidentUpdateType], { description: 'Follow-ups, oldest first / 续报记录' })
  async updates(@Root() incident: IncidentEntity, @Ctx() { loaders }: ReportingContext) {
    const updates = await loaders.updatesOf.load(incident.id);
    return updates.map((update) => ({ ...update, recordedBy: update.recordedBy.subject }));
  }
}
