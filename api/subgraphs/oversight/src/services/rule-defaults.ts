import type { EntityManager } from 'typeorm';
import { rulesInForce } from '@dibao/db';
import { shanghaiDate, type FindingSeverity, type RuleKey } from '@dibao/domain';

const PERIOD_RULE: Record<FindingSeverity, RuleKey> = {
  MINOR: 'rectificationDaysMinor',
  MAJOR: 'rectificationDaysMajor',
  SEVERE: 'rectificationDaysSevere',
};

/**
 * The rectification deadline a plan gets when the inspector names none: the default period for the finding's
 * severity under the rules in force for its region on the day the plan is set (实施办法), counted from then.
 */
export async function defaultRectificationDeadline(
  manager: EntityManager,
  regionCode: string,
  severity: FindingSeverity,
  now: Date,
): Promise<Date> {
  const rules = await rulesInForce(manager, regionCode, shanghaiDate(now));
  return new Date(now.getTime() + Number(rules[PERIOD_RULE[severity]].value) * 86_400_000);
}
