import { Arg, Ctx, Field, FieldResolver, ID, InputType, Int, Mutation, Resolver, Root } from 'type-graphql';
import { inScope } from '@dibao/auth';
import { actorOf, badInput, checkedRegionCode, checkedYear, requirePrincipal } from '@dibao/server';
import type { MonitoringContext } from '../context.js';
import { alertStats, monitoringSeries } from '../loaders.js';
import { AlertRuleStats, MonitoringMonth, RuleThresholdType } from '../schema/alert.type.js';
import { AlertRuleEnum } from '../schema/enums.js';
import { RegionRef } from '../schema/region.type.js';
import { mayViewAlertsOf } from '../services/access.js';
import { ALERT_RULES, loadOverrides, thresholdsOf, type AlertRule } from '../services/thresholds.js';
import { setThreshold } from '../services/workflow.service.js';

const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;

@InputType({ description: 'One threshold parameter / 阈值参数' })
class ThresholdParameterInput {
  @Field()
  name: string;

  @Field()
  value: number;
}

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
    description: 'The effective thresholds of each rule, inherited down the hierarchy / 各规则的有效阈值',
  })
  async ruleThresholds(@Root() region: RegionRef, @Ctx() context: MonitoringContext) {
    if (!mayViewAlertsOf(requirePrincipal(context), region.code)) return null;
    const overrides = await loadOverrides(context.dataSource);
    const effective = thresholdsOf(region.code, overrides);
    return ALERT_RULES.map((rule) => {
      const setters = overrides.filter(
        (o) => o.rule === rule && region.code.startsWith(o.regionCode.replace(/0+$/, '')),
      );
      return {
        rule,
        parameters: JSON.stringify(effective[rule]),
        setBy: setters.sort((a, b) => b.regionCode.length - a.regionCode.length)[0]?.regionCode ?? null,
      };
    });
  }
}

@Resolver()
export class ThresholdResolver {
  @Mutation(() => [RuleThresholdType], {
    description:
      'Sets (or, with no parameters, clears) a region’s thresholds of a rule; regions below inherit them. Civil affairs administrators only, audited / 设置规则阈值',
  })
  async setRuleThreshold(
    @Ctx() context: MonitoringContext,
    @Arg('regionCode', () => ID) regionCode: string,
    @Arg('rule', () => AlertRuleEnum) rule: string,
    @Arg('parameters', () => [ThresholdParameterInput]) parameters: ThresholdParameterInput[],
  ) {
    const principal = requirePrincipal(context);
    const region = checkedRegionCode(regionCode, 'regionCode');
    await setThreshold(context.dataSource, {
      regionCode: region,
      rule: rule as AlertRule,
      parameters: parameters.length === 0 ? null : Object.fromEntries(parameters.map((p) => [p.name, p.value])),
      principal,
      actor: actorOf(principal),
      at: context.now(),
    });
    return new RegionMonitoringResolver().ruleThresholds({ code: region }, context);
  }
}
