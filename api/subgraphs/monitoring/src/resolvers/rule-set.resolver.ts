import { LocalDateResolver } from 'graphql-scalars';
import { Ctx, Directive, Field, FieldResolver, ID, ObjectType, Resolver, Root } from 'type-graphql';
import type { MonitoringContext } from '../context.js';
import { RuleThresholdType } from '../schema/alert.type.js';
import { thresholdsInForce } from './region.resolver.js';

/**
 * The rule set of a region (owned by the registry) carries the monitoring thresholds too: they are rule values
 * of the same versions (`monitoring.RULE.parameter`), resolved for the rule set's day. They are not public,
 * unlike the rest of the rule set (a published threshold tells how to stay below it): the registry leaves them
 * out of RuleSet.rules, and this field has the readers of Region.ruleThresholds.
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
      "The monitoring rules' thresholds in force on the rule set's day, inherited down the hierarchy (alert readers only) / 动态监测规则阈值",
  })
  monitoringThresholds(@Root() ruleSet: RuleSetRef, @Ctx() context: MonitoringContext) {
    return thresholdsInForce(ruleSet.regionCode, ruleSet.on, context);
  }
}
