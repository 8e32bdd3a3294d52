import {
  ASSESSMENT_TOTAL_WEIGHT,
  AssessmentIndicator,
  DEFAULT_ASSESSMENT_INDICATORS,
  type AssessmentIndicatorDefinition,
} from './bulletins.js';
import { MONITORING_RULES, monitoringRuleKeys } from './monitoring-rules.js';
import { ancestorCodesOf } from './region-code.js';
import type { VocabularyLabel } from './vocabulary.js';

/*
 * Local implementing rules (实施办法). Every rule a locality may set is a value in a rule set of its region:
 * versioned, effective from a date, inherited downward. A region's version holds only the values it sets
 * itself; everything else comes from the nearest region above with a version in force, and finally from the
 * national baseline below (the figures the hub used before regions set their own).
 */

/**
 * How a value is compared when a level below changes it:
 * - AT_MOST: a limit where lower is stricter (days to answer, a tolerance);
 * - BY_DATE: a month-day deadline where earlier in the reporting cycle is stricter;
 * - FREE: a choice (a programme offered, a reward's amount) that a level above cannot fix.
 */
export type RuleBound = 'AT_MOST' | 'BY_DATE' | 'FREE';
/** SCHEME: an assessment scheme as text, `CODE:weight` pairs separated by commas (see `parseAssessmentScheme`). */
/** DECIMAL: a number that need not be whole (a monitoring rule's share or score). */
export type RuleValueKind = 'INTEGER' | 'DECIMAL' | 'BOOLEAN' | 'MONTH_DAY' | 'SCHEME';
export type RuleValue = number | boolean | string;

export interface RuleDefinition {
  readonly kind: RuleValueKind;
  readonly bound: RuleBound;
  readonly national: RuleValue;
  /** Inclusive range of an INTEGER or DECIMAL value. */
  readonly min?: number;
  readonly max?: number;
  readonly label: VocabularyLabel;
  readonly unit?: VocabularyLabel;
}

/** The text of a scheme as a rule value: `REPORT_TIMELINESS:20,…` in the scheme's order. */
export function schemeText(indicators: readonly Pick<AssessmentIndicatorDefinition, 'code' | 'weight'>[]): string {
  return indicators.map((indicator) => `${indicator.code}:${indicator.weight}`).join(',');
}

const naturalDirection = new Map(
  DEFAULT_ASSESSMENT_INDICATORS.map((indicator) => [indicator.code, indicator.direction]),
);

/** Why a scheme's text is refused: a code per problem, so that a client can tell them apart. */
export type SchemeProblemReason =
  'SCHEME_SYNTAX' | 'SCHEME_UNKNOWN_INDICATOR' | 'SCHEME_DUPLICATE_INDICATOR' | 'SCHEME_WEIGHTS_SUM';

export type ParsedScheme =
  | { ok: true; indicators: AssessmentIndicatorDefinition[] }
  | { ok: false; reason: SchemeProblemReason; en: string; zh: string };

const SCHEME_PAIR = /^([A-Z0-9_]+):(\d{1,3}(?:\.\d{1,2})?)$/;

/**
 * A scheme from its rule text: known indicators, each once, with a weight of up to two decimals above 0, the
 * weights adding up to 100. Each indicator keeps its natural direction (fewer issues, fewer findings are better).
 */
export function parseAssessmentScheme(text: string): ParsedScheme {
  const pairs = text.split(',').map((pair) => pair.trim());
  const indicators: AssessmentIndicatorDefinition[] = [];
  for (const pair of pairs) {
    const match = SCHEME_PAIR.exec(pair);
    if (!match) {
      return {
        ok: false,
        reason: 'SCHEME_SYNTAX',
        en: `"${pair}" is not INDICATOR:points (e.g. REPORT_TIMELINESS:20)`,
        zh: `“${pair}”不是“指标:分值”格式（如 REPORT_TIMELINESS:20）`,
      };
    }
    const code = match[1] as string;
    const weight = Number(match[2]);
    if (!Object.hasOwn(AssessmentIndicator, code)) {
      return {
        ok: false,
        reason: 'SCHEME_UNKNOWN_INDICATOR',
        en: `Unknown indicator ${code}`,
        zh: `未知评价指标 ${code}`,
      };
    }
    if (indicators.some((indicator) => indicator.code === code)) {
      return {
        ok: false,
        reason: 'SCHEME_DUPLICATE_INDICATOR',
        en: `Indicator ${code} is given twice`,
        zh: `评价指标 ${code} 重复`,
      };
    }
    if (weight <= 0) {
      return { ok: false, reason: 'SCHEME_SYNTAX', en: `${code} needs points above 0`, zh: `${code} 的分值须大于 0` };
    }
    const known = code as AssessmentIndicator;
    indicators.push({ code: known, weight, direction: naturalDirection.get(known) ?? 'HIGHER_IS_BETTER' });
  }
  const hundredths = indicators.reduce((sum, indicator) => sum + Math.round(indicator.weight * 100), 0);
  if (hundredths !== ASSESSMENT_TOTAL_WEIGHT * 100) {
    return {
      ok: false,
      reason: 'SCHEME_WEIGHTS_SUM',
      en: `The weights add up to ${hundredths / 100}; they must add up to ${ASSESSMENT_TOTAL_WEIGHT}`,
      zh: `权重合计为 ${hundredths / 100}，须为 ${ASSESSMENT_TOTAL_WEIGHT}`,
    };
  }
  return { ok: true, indicators };
}

const DAYS = { zh: '天', en: 'days' } as const;
const HOURS = { zh: '小时', en: 'hours' } as const;
const FEN = { zh: '分', en: 'fen' } as const;
const BPS = { zh: '基点（万分之一）', en: 'basis points' } as const;

/** The rules a region may set, in display order. Keys are stored and published; never rename one. */
export const RULES = {
  annualReportDeadlineCounty: {
    kind: 'MONTH_DAY',
    bound: 'BY_DATE',
    national: '12-15',
    label: { zh: '县级年度报告报送截止日（月-日）', en: 'County annual report deadline (month-day)' },
  },
  annualReportDeadlinePrefecture: {
    kind: 'MONTH_DAY',
    bound: 'BY_DATE',
    national: '12-31',
    label: { zh: '市级年度报告报送截止日（月-日）', en: 'Prefecture annual report deadline (month-day)' },
  },
  reconciliationToleranceBasisPoints: {
    kind: 'INTEGER',
    bound: 'AT_MOST',
    national: 100,
    min: 0,
    max: 10_000,
    label: { zh: '市级报告与所辖县汇总的允许偏差', en: "Tolerance of a prefecture's figures against its counties" },
    unit: BPS,
  },
  incidentReportHours: {
    kind: 'INTEGER',
    bound: 'AT_MOST',
    national: 24,
    min: 1,
    max: 24 * 30,
    label: { zh: '突发事件报告时限', en: 'Time limit for reporting an incident' },
    unit: HOURS,
  },
  complaintAcknowledgeDays: {
    kind: 'INTEGER',
    bound: 'AT_MOST',
    national: 3,
    min: 1,
    max: 365,
    label: { zh: '投诉举报受理（移交）时限', en: 'Days to acknowledge a complaint' },
    unit: DAYS,
  },
  complaintConcludeDays: {
    kind: 'INTEGER',
    bound: 'AT_MOST',
    national: 60,
    min: 1,
    max: 365,
    label: { zh: '投诉举报办结时限', en: 'Days to conclude a complaint' },
    unit: DAYS,
  },
  complaintSupervisionDays: {
    kind: 'INTEGER',
    bound: 'AT_MOST',
    national: 30,
    min: 1,
    max: 365,
    label: { zh: '重大投诉督办办结时限', en: 'Days to conclude a supervised (major) complaint' },
    unit: DAYS,
  },
  complaintMajorHouseholds: {
    kind: 'INTEGER',
    bound: 'AT_MOST',
    national: 10,
    min: 1,
    max: 1_000_000,
    label: {
      zh: '反映涉及户数达到此数即为重大投诉举报（省级直接督办）',
      en: 'Households concerned from which a complaint is major (supervised by the province)',
    },
    unit: { zh: '户', en: 'households' },
  },
  rectificationDaysMinor: {
    kind: 'INTEGER',
    bound: 'AT_MOST',
    national: 90,
    min: 1,
    max: 730,
    label: { zh: '一般问题默认整改期限', en: 'Default rectification period, minor findings' },
    unit: DAYS,
  },
  rectificationDaysMajor: {
    kind: 'INTEGER',
    bound: 'AT_MOST',
    national: 60,
    min: 1,
    max: 730,
    label: { zh: '较重问题默认整改期限', en: 'Default rectification period, major findings' },
    unit: DAYS,
  },
  rectificationDaysSevere: {
    kind: 'INTEGER',
    bound: 'AT_MOST',
    national: 30,
    min: 1,
    max: 730,
    label: { zh: '严重问题默认整改期限', en: 'Default rectification period, severe findings' },
    unit: DAYS,
  },
  rewardsOffered: {
    kind: 'BOOLEAN',
    bound: 'FREE',
    national: true,
    label: { zh: '是否实行有奖举报', en: 'Rewarded tip-offs offered' },
  },
  rewardBaseFen: {
    kind: 'INTEGER',
    bound: 'FREE',
    national: 20_000,
    min: 0,
    max: 100_000_000,
    label: { zh: '举报奖励基数', en: 'Reward base' },
    unit: FEN,
  },
  rewardShareBasisPoints: {
    kind: 'INTEGER',
    bound: 'FREE',
    national: 500,
    min: 0,
    max: 10_000,
    label: { zh: '举报奖励按涉及金额提成比例', en: 'Reward share of the amount involved' },
    unit: BPS,
  },
  rewardCapFen: {
    kind: 'INTEGER',
    bound: 'FREE',
    national: 500_000,
    min: 0,
    max: 100_000_000,
    label: { zh: '单件举报奖励上限', en: 'Reward cap per tip-off' },
    unit: FEN,
  },
  volunteerSupervisorsOffered: {
    kind: 'BOOLEAN',
    bound: 'FREE',
    national: false,
    label: { zh: '是否聘请社会监督员（志愿者）', en: 'Volunteer supervisor programme' },
  },
  volunteerSupervisorsPerCounty: {
    kind: 'INTEGER',
    bound: 'FREE',
    national: 0,
    min: 0,
    max: 10_000,
    label: { zh: '每县社会监督员名额', en: 'Volunteer supervisors per county' },
  },
  purchasedServicesOffered: {
    kind: 'BOOLEAN',
    bound: 'FREE',
    national: false,
    label: { zh: '是否政府购买社会救助服务', en: 'Purchased social-assistance services' },
  },
  purchasedServicesBudgetFen: {
    kind: 'INTEGER',
    bound: 'FREE',
    national: 0,
    min: 0,
    max: 100_000_000_000,
    label: { zh: '购买服务年度预算（每县）', en: 'Purchased-service budget per county and year' },
    unit: FEN,
  },
  assessmentScheme: {
    kind: 'SCHEME',
    bound: 'FREE',
    national: schemeText(DEFAULT_ASSESSMENT_INDICATORS),
    label: {
      zh: '对下一级地区的绩效评价方案（指标:分值，合计100）',
      en: 'Scheme by which the region assesses the regions directly below it (indicator:points, 100 in all)',
    },
  },
} as const satisfies Record<string, RuleDefinition>;

/** The public rules: published, shown on Region.rules and the site. */
export type RuleKey = keyof typeof RULES;
export const ruleKeys = Object.keys(RULES) as RuleKey[];

/** A monitoring rule's parameter (see monitoring-rules.ts): a rule value too, but shown to alert readers only. */
export type MonitoringRuleKey = `monitoring.${string}`;
export type AnyRuleKey = RuleKey | MonitoringRuleKey;
/** Every rule value a version may set: the public rules, then the monitoring parameters. */
export const allRuleKeys: readonly AnyRuleKey[] = [...ruleKeys, ...(monitoringRuleKeys as MonitoringRuleKey[])];

/** The definition of any rule value, public or monitoring; undefined for an unknown key. */
export function ruleDefinition(key: string): RuleDefinition | undefined {
  if (Object.hasOwn(RULES, key)) return RULES[key as RuleKey];
  return Object.hasOwn(MONITORING_RULES, key) ? MONITORING_RULES[key] : undefined;
}

function definitionOf(key: AnyRuleKey): RuleDefinition {
  const definition = ruleDefinition(key);
  if (!definition) throw new Error(`Unknown rule ${key}`);
  return definition;
}

/** What one version of a region says about one rule. */
export interface RuleSetting {
  value: RuleValue;
  /** For a bounded rule: the levels below may tighten this value but never loosen it. */
  fixed: boolean;
}

export type RuleSettings = Partial<Record<AnyRuleKey, RuleSetting>>;

/** One adopted version of a region's own rules. */
export interface RuleVersionRecord {
  id: string;
  regionCode: string;
  version: number;
  /** First day in force, YYYY-MM-DD in Asia/Shanghai. */
  effectiveFrom: string;
  settings: RuleSettings;
}

/** Where a value in force comes from. */
export interface RuleSource {
  /** Null for the national baseline. */
  regionCode: string | null;
  versionId: string | null;
  version: number | null;
}

export interface RuleInForce {
  key: AnyRuleKey;
  value: RuleValue;
  /** Fixed as a bound by this region or one above. */
  fixed: boolean;
  source: RuleSource;
  /** Set when a region above fixed a stricter bound than the region's own value, which then does not apply. */
  overriddenBy?: RuleSource;
}

export type RulesInForce = Record<RuleKey, RuleInForce> & Record<MonitoringRuleKey, RuleInForce>;

/** One value of a resolved rule set (every known key is resolved; an unknown one is a programming error). */
export function ruleOf(rules: RulesInForce, key: AnyRuleKey): RuleInForce {
  const found = (rules as Record<string, RuleInForce | undefined>)[key];
  if (!found) throw new Error(`Rule ${key} is not in the rule set`);
  return found;
}

const NATIONAL: RuleSource = { regionCode: null, versionId: null, version: null };

/** The value of a month-day deadline as a position in the reporting cycle (July to June), for comparison. */
function cyclePosition(monthDay: string): number {
  const [month, day] = monthDay.split('-').map(Number) as [number, number];
  return (month < 7 ? month + 12 : month) * 100 + day;
}

/** Negative when `a` is stricter than `b` under the rule's bound, 0 when equal, positive when looser. */
export function compareStrictness(key: AnyRuleKey, a: RuleValue, b: RuleValue): number {
  const definition = definitionOf(key);
  if (definition.bound === 'BY_DATE') return cyclePosition(String(a)) - cyclePosition(String(b));
  if (definition.bound === 'AT_MOST') return Number(a) - Number(b);
  return 0;
}

/** The version of one region in force on `on` (YYYY-MM-DD): the one with the latest effective date not after it. */
export function versionInForce<V extends RuleVersionRecord>(versions: readonly V[], on: string): V | undefined {
  let found: V | undefined;
  for (const version of versions) {
    if (version.effectiveFrom <= on && (!found || version.effectiveFrom > found.effectiveFrom)) found = version;
  }
  return found;
}

/**
 * The rules in force for `regionCode` on `on`, from the versions of that region and the regions above it (any
 * others are ignored). The nearest region's own value wins, unless a region above fixed a stricter bound: then
 * that bound holds, so a ceiling set above is never exceeded below whatever order the versions were adopted in.
 */
export function resolveRules(regionCode: string, on: string, versions: readonly RuleVersionRecord[]): RulesInForce {
  const chain = [...ancestorCodesOf(regionCode), regionCode];
  const inForce = chain.flatMap((code) => {
    const found = versionInForce(
      versions.filter((version) => version.regionCode === code),
      on,
    );
    return found ? [found] : [];
  });
  const result = {} as RulesInForce;
  for (const key of allRuleKeys) {
    let current: RuleInForce = { key, value: definitionOf(key).national, fixed: false, source: NATIONAL };
    // From the top down: a nearer region's value replaces the one above, within any bound fixed above.
    for (const version of inForce) {
      const setting = version.settings[key];
      if (!setting) continue;
      const source = { regionCode: version.regionCode, versionId: version.id, version: version.version };
      if (current.fixed && compareStrictness(key, setting.value, current.value) > 0) {
        current = { ...current, overriddenBy: current.source };
        continue;
      }
      current = { key, value: setting.value, fixed: current.fixed || setting.fixed, source };
    }
    result[key] = current;
  }
  return result;
}

/** A value a version may not hold, in both languages. */
export interface RuleProblem {
  key: string;
  en: string;
  zh: string;
  /** For an assessment scheme: what is wrong with it. */
  reason?: SchemeProblemReason;
}

const MONTH_DAY = /^(\d{2})-(\d{2})$/;

function validMonthDay(value: string): boolean {
  const match = MONTH_DAY.exec(value);
  if (!match) return false;
  const month = Number(match[1]);
  const day = Number(match[2]);
  const probe = new Date(Date.UTC(2001, month - 1, day));
  return probe.getUTCMonth() === month - 1 && probe.getUTCDate() === day;
}

/** The shape of each value: known key, right kind, within range; `fixed` only on bounded rules. */
export function ruleShapeProblems(settings: Record<string, { value: unknown; fixed?: boolean }>): RuleProblem[] {
  const problems: RuleProblem[] = [];
  for (const [key, setting] of Object.entries(settings)) {
    const definition = ruleDefinition(key);
    if (!definition) {
      problems.push({ key, en: `Unknown rule ${key}`, zh: `未知规则 ${key}` });
      continue;
    }
    if (setting.fixed && definition.bound === 'FREE') {
      problems.push({
        key,
        en: `${key} is a choice of each region and cannot be fixed for the levels below`,
        zh: `${definition.label.zh}由各地自定，不能为下级固定`,
      });
    }
    const { value } = setting;
    if (definition.kind === 'SCHEME') {
      const parsed = typeof value === 'string' ? parseAssessmentScheme(value) : null;
      if (!parsed?.ok) {
        problems.push({
          key,
          reason: parsed?.reason ?? 'SCHEME_SYNTAX',
          en: `${key}: ${parsed?.en ?? 'a scheme is text such as REPORT_TIMELINESS:50,COMPLAINTS_CLOSED_ON_TIME:50'}`,
          zh: `${definition.label.zh}：${parsed?.zh ?? '应为“指标:分值”列表'}`,
        });
      }
      continue;
    }
    const ok =
      definition.kind === 'BOOLEAN'
        ? typeof value === 'boolean'
        : definition.kind === 'MONTH_DAY'
          ? typeof value === 'string' && validMonthDay(value)
          : typeof value === 'number' &&
            (definition.kind === 'DECIMAL' ? Number.isFinite(value) : Number.isInteger(value)) &&
            value >= (definition.min ?? 0) &&
            value <= (definition.max ?? Number.MAX_SAFE_INTEGER);
    if (!ok) {
      const expected =
        definition.kind === 'BOOLEAN'
          ? { en: 'true or false', zh: 'true 或 false' }
          : definition.kind === 'MONTH_DAY'
            ? { en: 'a date MM-DD', zh: '日期 MM-DD' }
            : definition.kind === 'DECIMAL'
              ? {
                  en: `a number from ${definition.min ?? 0} to ${definition.max}`,
                  zh: `${definition.min ?? 0} 至 ${definition.max} 之间的数`,
                }
              : {
                  en: `a whole number from ${definition.min ?? 0} to ${definition.max}`,
                  zh: `${definition.min ?? 0} 至 ${definition.max} 之间的整数`,
                };
      problems.push({
        key,
        en: `${key} must be ${expected.en}`,
        zh: `${definition.label.zh}（${key}）应为${expected.zh}`,
      });
    }
  }
  return problems;
}

/**
 * The values of a new version that loosen a bound fixed by a region above, as that region's rules stand on
 * the version's first day: a level below may be stricter than the level above, never laxer.
 */
export function looseningProblems(settings: RuleSettings, above: RulesInForce): RuleProblem[] {
  const problems: RuleProblem[] = [];
  for (const key of allRuleKeys) {
    const setting = settings[key];
    const bound = ruleOf(above, key);
    if (!setting || !bound.fixed) continue;
    if (compareStrictness(key, setting.value, bound.value) > 0) {
      problems.push({
        key,
        en: `${key} may not be looser than ${String(bound.value)}, fixed by region ${bound.source.regionCode}`,
        zh: `${definitionOf(key).label.zh}不得宽于上级（${bound.source.regionCode}）规定的 ${String(bound.value)}`,
      });
    }
  }
  return problems;
}

/** Today's date (or `at`'s) in Asia/Shanghai, YYYY-MM-DD: rules take effect on whole local days. */
export function shanghaiDate(at: Date): string {
  return new Date(at.getTime() + 8 * 3_600_000).toISOString().slice(0, 10);
}

/** The last millisecond of a day (YYYY-MM-DD) in Asia/Shanghai: a deadline given as a date holds until then. */
export function endOfShanghaiDay(date: string): Date {
  return new Date(`${date}T23:59:59.999+08:00`);
}

/** The filing deadline of a report year for a month-day rule: months before July fall in the year after. */
export function annualDeadline(monthDay: string, year: number): Date {
  const [month, day] = monthDay.split('-').map(Number) as [number, number];
  const deadlineYear = month < 7 ? year + 1 : year;
  // The last millisecond of that day in Asia/Shanghai.
  return new Date(Date.UTC(deadlineYear, month - 1, day, 23 - 8, 59, 59, 999));
}
