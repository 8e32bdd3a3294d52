import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root, Subscription } from 'type-graphql';
import { isWithinRegion } from '@dibao/domain';
import { actorOf, badInput, checkedRegionCode, forbidden, isUuid, liveEvents, requirePrincipal } from '@dibao/server';
import type { MonitoringContext } from '../context.js';
import { alertById, alertsUnder, type AlertNode } from '../loaders.js';
import { AlertConnection, AlertEventType, AlertRaisedEvent, AlertType } from '../schema/alert.type.js';
import { AlertRuleEnum, AlertStatusEnum, type AlertStatus } from '../schema/enums.js';
import { mayViewAlertsOf } from '../services/access.js';
import { ALERT_RAISED_TOPIC } from '../services/detect.service.js';
import { transitionAlert } from '../services/workflow.service.js';

const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;

/** The region a caller may watch, or a coded refusal: the same rule as the alerts query. */
function watchedRegion(context: MonitoringContext, under: string): string {
  const region = checkedRegionCode(under, 'under');
  const principal = requirePrincipal(context);
  if (!mayViewAlertsOf(principal, region)) {
    throw forbidden(
      `Alerts of ${region} are for its civil affairs, inspectors and discipline bodies and theirs above`,
      `${region} 的预警仅向本级及上级民政部门、督察和纪检监察人员开放`,
    );
  }
  return region;
}

function checkedAlertId(id: string): string {
  if (!isUuid(id)) throw badInput(`id must be a UUID, got ${id}`, `id 须为 UUID，收到 ${id}`);
  return id;
}

@Resolver(() => AlertType)
export class AlertResolver {
  @Query(() => AlertConnection, {
    description:
      'Alerts of a region and the regions below it, newest first: for civil affairs of those regions and above, and their inspectors and discipline bodies / 地区及下级地区的监测预警',
  })
  async alerts(
    @Ctx() context: MonitoringContext,
    @Arg('under', () => ID) under: string,
    @Arg('month', () => String, { nullable: true }) month?: string,
    @Arg('rule', () => AlertRuleEnum, { nullable: true }) rule?: string,
    @Arg('status', () => AlertStatusEnum, { nullable: true }) status?: string,
    @Arg('first', () => Int, { nullable: true }) first?: number,
    @Arg('after', () => String, { nullable: true }) after?: string,
  ) {
    const region = watchedRegion(context, under);
    if (month && !MONTH.test(month))
      throw badInput(`month must be YYYY-MM, got ${month}`, `month 须为 YYYY-MM，收到 ${month}`);
    return alertsUnder(context.dataSource, { under: region, month, rule, status, first, after });
  }

  @Query(() => AlertType, { nullable: true, description: 'One alert, for those who may see it / 单条预警' })
  async alert(@Ctx() context: MonitoringContext, @Arg('id', () => ID) id: string) {
    const principal = requirePrincipal(context);
    const alert = await alertById(context.dataSource, checkedAlertId(id));
    if (!alert) return null;
    if (!mayViewAlertsOf(principal, alert.region.code)) throw forbidden();
    return alert;
  }

  @Subscription(() => AlertRaisedEvent, {
    description:
      'New alerts of a region and the regions below it, live, for those who may see them; `after` replays what was raised since that cursor / 新预警实时推送',
    subscribe: async ({ args, context }) => {
      const monitoring = context as MonitoringContext;
      const { under, after } = args as { under: string; after?: string | null };
      const region = watchedRegion(monitoring, under);
      return liveEvents(monitoring.dataSource, {
        topics: [ALERT_RAISED_TOPIC],
        after,
        visible: (event) => typeof event.regionCode === 'string' && isWithinRegion(event.regionCode, region),
        map: async (event) => ({ cursor: event.id, alert: await alertById(monitoring.dataSource, event.entityId!) }),
      });
    },
  })
  alertRaised(
    @Root() event: AlertRaisedEvent,
    @Arg('under', () => ID) _under: string,
    @Arg('after', () => String, { nullable: true }) _after?: string,
  ): AlertRaisedEvent {
    return event;
  }

  @FieldResolver(() => [AlertEventType])
  history(@Root() alert: AlertNode, @Ctx() { loaders }: MonitoringContext) {
    return loaders.historyOf.load(alert.id);
  }

  @Mutation(() => AlertType, { description: 'OPEN → ACKNOWLEDGED: the lead is being verified / 确认收到预警' })
  acknowledgeAlert(@Ctx() context: MonitoringContext, @Arg('id', () => ID) id: string) {
    return this.step(context, id, 'ACKNOWLEDGED');
  }

  @Mutation(() => AlertType, {
    description: 'ACKNOWLEDGED or REFERRED → CLOSED: the lead held and is settled / 办结预警',
  })
  closeAlert(@Ctx() context: MonitoringContext, @Arg('id', () => ID) id: string) {
    return this.step(context, id, 'CLOSED');
  }

  @Mutation(() => AlertType, { description: 'OPEN or ACKNOWLEDGED → DISMISSED, with a reason / 排除预警' })
  dismissAlert(@Ctx() context: MonitoringContext, @Arg('id', () => ID) id: string, @Arg('reason') reason: string) {
    return this.step(context, id, 'DISMISSED', reason);
  }

  private step(context: MonitoringContext, id: string, to: Exclude<AlertStatus, 'OPEN'>, reason?: string) {
    const principal = requirePrincipal(context);
    return transitionAlert(context.dataSource, {
      alertId: checkedAlertId(id),
      to,
      reason,
      principal,
      actor: actorOf(principal),
      at: context.now(),
    });
  }
}
