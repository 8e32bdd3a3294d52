import { LocalDateResolver } from 'graphql-scalars';
import { Ctx, Directive, Field, FieldResolver, ID, ObjectType, Resolver, Root } from 'type-graphql';
import type { MonitoringContext } from '../context.js';
import { RuleThresholdType } from '../schema/alert.type.js';
import { RegionMonitoringResolver } from './region.resolver.js';

/**
 * The rule set of a region (owned by the registry) carries the monitoring thresholds too: one source, the
 * thresholds this subgraph keeps (setRuleThreshold), shown with the region's other local rules. They are not
 * public, unlike the rest of the rule set (a published threshold tells how to stay below it): the same readers
 * as Region.ruleThresholds.
 */
@Directive('@key(fields: "regionCode on")')
@ObjectType('RuleSet')
export class RuleSetRef {
  @Field(() => ID)
  regionCode: string;

  @Field(() => LocalDateResolver)
  on: string;
}

@Resolver(() => RuleSetRef)
export class RuleSetMonitoringResolver {
  @FieldResolver(() => [RuleThresholdType], {
    nullable: true,
    description:
      "The monitoring rules' thresholds in force now, inherited down the hierarchy (alert readers only) / 动态监测规则阈值",
  })
  monitoringThresholds(@Root() ruleSet: RuleSetRef, @Ctx() context: MonitoringContext) {
    return new RegionMonitoringResolver().ruleThresholds({ code: ruleSet.regionCode }, context);
  }
}
