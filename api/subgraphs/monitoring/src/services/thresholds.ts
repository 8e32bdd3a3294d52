import {
  ancestorCodesOf,
  MONITORING_THRESHOLD_DEFAULTS,
  monitoringRuleKey,
  ruleOf,
  type MonitoringRuleKey,
  type MonitoringThresholds,
  type RulesInForce,
  type RuleSource,
} from '@dibao/domain';

/** The local rules, whose thresholds are rule values of each region's implementing rules. */
export const LOCAL_RULES = [
  'EQUAL_SPLITTING',
  'DUPLICATE_PERSON',
  'ABOVE_STANDARD',
  'REGISTER_MATCH',
  'ABRUPT_CHANGE',
] as const;
export type LocalRule = (typeof LOCAL_RULES)[number];
export const PROCESS_RULES = ['OVERDUE_REPORT', 'OVERDUE_RECTIFICATION', 'OVERDUE_COMPLAINT'] as const;
export const ALERT_RULES = [...LOCAL_RULES, ...PROCESS_RULES] as const;
export type AlertRule = (typeof ALERT_RULES)[number];

/** The national values of each rule's parameters (rule values `monitoring.RULE.parameter`, see @dibao/domain). */
export const DEFAULT_THRESHOLDS = MONITORING_THRESHOLD_DEFAULTS satisfies Record<AlertRule, Record<string, number>>;

export type Thresholds = MonitoringThresholds;

const parametersOf = (rule: AlertRule) => Object.keys(DEFAULT_THRESHOLDS[rule]);

/** The thresholds of each rule as the rules in force of a region on a day hold them. */
export function thresholdsFrom(rules: RulesInForce): Thresholds {
  const result = {} as Record<AlertRule, Record<string, number>>;
  for (const rule of ALERT_RULES) {
    result[rule] = Object.fromEntries(
      parametersOf(rule).map((parameter) => [
        parameter,
        Number(ruleOf(rules, monitoringRuleKey(rule, parameter) as MonitoringRuleKey).value),
      ]),
    );
  }
  return result as Thresholds;
}

/**
 * Where a rule's thresholds come from: the nearest region whose version sets one of its parameters (null when
 * every parameter is the national value).
 */
export function thresholdSourceOf(rules: RulesInForce, rule: AlertRule): RuleSource | null {
  let nearest: { source: RuleSource; depth: number } | null = null;
  for (const parameter of parametersOf(rule)) {
    const { source } = ruleOf(rules, monitoringRuleKey(rule, parameter) as MonitoringRuleKey);
    if (!source.regionCode) continue;
    const depth = ancestorCodesOf(source.regionCode).length;
    if (!nearest || depth > nearest.depth) nearest = { source, depth };
  }
  return nearest?.source ?? null;
}
