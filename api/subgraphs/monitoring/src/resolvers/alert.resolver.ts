import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root, Subscription } from 'type-graphql';
import { isWithinRegion } from '@dibao/domain';
import { hasRole } from '@dibao/auth';
import type { ProblemCategory } from '@dibao/domain';
import {
  actorOf,
  badInput,
  checkedRegionCode,
  forbidden,
  isUuid,
  liveEvents,
  requirePrincipal,
  systemActor,
} from '@dibao/server';
import type { MonitoringContext } from '../context.js';
import { alertById, alertsUnder, type AlertNode } from '../loaders.js';
import { AlertConnection, AlertEventType, AlertRaisedEvent, AlertType } from '../schema/alert.type.js';
import {
  AlertReferralKindEnum,
  AlertRuleEnum,
  AlertStatusEnum,
  ProblemCategoryEnum,
  type AlertStatus,
  type ReferralKind,
} from '../schema/enums.js';
import { mayViewAlertsOf } from '../services/access.js';
import { ALERT_RAISED_TOPIC } from '../services/detect.service.js';
import { reconcileReferrals, referAlert } from '../services/referral.service.js';
import { transitionAlert } from '../services/workflow.service.js';

/** Who closes a referred alert whose case was found settled: the reconcile step, not the reader. */
const RECONCILE_ACTOR = systemActor('monitoring-referrals');

/**
 * Reconcile on read: the REFERRED alerts about to be shown are checked against their cases, read as the caller
 * (a finding any caller in scope may read; a complaint only a COMPLAINT_HANDLER). Best effort: when the caller
 * may not read the case, or the write cannot happen here (a read replica), the alert is shown as stored and the
 * next detection run settles it.
 */
async function reconciled(context: MonitoringContext, alerts: AlertNode[]): Promise<AlertNode[]> {
  const referred = alerts.filter((alert) => alert.status === 'REFERRED');
  if (referred.length === 0 || !context.bearerToken || !context.principal) return alerts;
  const kinds: ReferralKind[] = hasRole(context.principal, 'COMPLAINT_HANDLER')
    ? ['FINDING', 'COMPLAINT']
    : ['FINDING'];
  let closed: string[];
  try {
    closed = await reconcileReferrals(
      context.dataSource,
      context.asCaller,
      RECONCILE_ACTOR,
      referred,
      context.now(),
      kinds,
    );
  } catch {
    return alerts;
  }
  if (closed.length === 0) return alerts;
  return Promise.all(
    alerts.map(async (alert) =>
      closed.includes(alert.id) ? ((await alertById(context.dataSource, alert.id)) ?? alert) : alert,
    ),
  );
}

const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;

/** The region a caller may watch, or a coded refusal: the same rule as the alerts query. */
function watchedRegion(context: MonitoringContext, under: string): string {
  const principal = requirePrincipal(context);
  const region = checkedRegionCode(under, 'under');
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
    const page = await alertsUnder(context.dataSource, { under: region, month, rule, status, first, after });
    const nodes = await reconciled(
      context,
      page.edges.map((edge) => edge.node),
    );
    return { ...page, edges: page.edges.map((edge, index) => ({ ...edge, node: nodes[index]! })) };
  }

  @Query(() => AlertType, { nullable: true, description: 'One alert, for those who may see it / 单条预警' })
  async alert(@Ctx() context: MonitoringContext, @Arg('id', () => ID) id: string) {
    const principal = requirePrincipal(context);
    const alert = await alertById(context.dataSource, checkedAlertId(id));
    if (!alert) return null;
    if (!mayViewAlertsOf(principal, alert.region.code)) throw forbidden();
    return (await reconciled(context, [alert]))[0];
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
    description:
      'ACKNOWLEDGED → REFERRED: creates, as you and under its owner’s rules, the inspection finding (oversight: an INSPECTOR in scope) or the complaint case (complaints: a COMPLAINT_HANDLER in scope) the alert points at, and links it; the alert closes when that case is settled. Sending it again returns the same referral / 移交预警（形成督察问题或投诉举报案件）',
  })
  referAlert(
    @Ctx() context: MonitoringContext,
    @Arg('id', () => ID) id: string,
    @Arg('to', () => AlertReferralKindEnum) to: string,
    @Arg('category', () => ProblemCategoryEnum, {
      nullable: true,
      description: 'The problem category, if not the rule’s own / 问题类别（默认按规则）',
    })
    category?: string,
  ) {
    const principal = requirePrincipal(context);
    return referAlert(context.dataSource, context.asCaller, {
      alertId: checkedAlertId(id),
      to: to as ReferralKind,
      category: (category as ProblemCategory | undefined) ?? null,
      principal,
      actor: actorOf(principal),
      at: context.now(),
    });
  }

  @Mutation(() => AlertType, {
    description:
      'ACKNOWLEDGED → CLOSED without a referral (a referred alert closes when its case is settled) / 办结预警（未移交）',
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
