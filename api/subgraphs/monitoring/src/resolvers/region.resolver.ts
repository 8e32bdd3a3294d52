import { Arg, Ctx, FieldResolver, Int, Resolver, Root } from 'type-graphql';
import { rulesInForce } from '@dibao/db';
import { shanghaiDate } from '@dibao/domain';
import { inScope } from '@dibao/auth';
import { badInput, checkedYear, requirePrincipal } from '@dibao/server';
import type { MonitoringContext } from '../context.js';
import { alertStats, monitoringSeries } from '../loaders.js';
import { AlertRuleStats, MonitoringMonth, RuleThresholdType } from '../schema/alert.type.js';

import { RegionRef } from '../schema/region.type.js';
import { mayViewAlertsOf } from '../services/access.js';
import { ALERT_RULES, thresholdSourceOf, thresholdsFrom } from '../services/thresholds.js';

const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;

/** The monitoring fields of Region (owned by the registry, extended here by key). */
@Resolver(() => RegionRef)
export class RegionMonitoringResolver {
  @FieldResolver(() => [AlertRuleStats], {
    nullable: true,
    description: 'Per rule: raised, open, referred, confirmed, dismissed and hit rate in a year / 按规则统计的年度预警',
  })
  alertStats(@Root() region: RegionRef, @Arg('year', () => Int) year: number, @Ctx() context: MonitoringContext) {
    if (!mayViewAlertsOf(requirePrincipal(context), region.code)) return null;
    return alertStats(context.dataSource, region.code, checkedYear(year)).then((rows) =>
      ALERT_RULES.map((rule) => {
        const row = rows.find((candidate) => candidate.rule === rule);
        const stats = row ?? { rule, raised: 0, open: 0, referred: 0, confirmed: 0, refuted: 0, dismissed: 0 };
        const settled = stats.confirmed + stats.refuted + stats.dismissed;
        return { ...stats, hitRate: settled === 0 ? null : stats.confirmed / settled };
      }),
    );
  }

  @FieldResolver(() => [MonitoringMonth], {
    nullable: true,
    description: 'Monthly households, persons and funds by area, from the rosters / 月度保障户数、人数、资金',
  })
  monitoring(
    @Root() region: RegionRef,
    @Arg('from') from: string,
    @Arg('to') to: string,
    @Ctx() context: MonitoringContext,
  ) {
    const principal = requirePrincipal(context);
    if (!inScope(principal, region.code)) return null;
    if (!MONTH.test(from) || !MONTH.test(to) || from > to) {
      throw badInput('from and to must be months YYYY-MM, from ≤ to', 'from 和 to 须为 YYYY-MM 且 from ≤ to');
    }
    return monitoringSeries(context.dataSource, region.code, from, to);
  }

  @FieldResolver(() => [RuleThresholdType], {
    nullable: true,
    description:
      'The thresholds of each rule in force today, from the implementing rules, inherited down the hierarchy / 各规则现行阈值',
  })
  async ruleThresholds(@Root() region: RegionRef, @Ctx() context: MonitoringContext) {
    return thresholdsInForce(region.code, shanghaiDate(context.now()), context);
  }
}

/**
 * The thresholds of each rule in force for a region on a day, with the region whose version sets them: the rule
 * values `monitoring.RULE.parameter` of its implementing rules. Null for a reader who may not see its alerts.
 */
export async function thresholdsInForce(regionCode: string, on: string, context: MonitoringContext) {
  if (!mayViewAlertsOf(requirePrincipal(context), regionCode)) return null;
  const rules = await rulesInForce(context.dataSource, regionCode, on);
  const thresholds = thresholdsFrom(rules);
  return ALERT_RULES.map((rule) => ({
    rule,
    parameters: JSON.stringify(thresholds[rule]),
    setBy: thresholdSourceOf(rules, rule)?.regionCode ?? null,
  }));
}
