import type { AnnualReportContent, ReportSection } from '@dibao/domain';
import { reportSectionValues, SECTION_KEYS } from '@dibao/domain';
import { IssueSeverity, type ValidationIssue } from '../schema/validation-issue.type.js';

/*
 * Validation rules in the spirit of DHIS2's: each compares figures of a report (or a prefecture's report with
 * the sum of its counties' accepted reports). ERROR rules block submission; WARNING rules are shown on the
 * report for the reviewer.
 */

function issue(
  rule: string,
  severity: IssueSeverity,
  section: ReportSection | null,
  field: string | null,
  en: string,
  zh: string,
): ValidationIssue {
  return { rule, severity, section, field, message: { en, zh } };
}

const total = (values: number[]) => values.reduce((sum, value) => sum + value, 0);

export function raisedOf(funds: NonNullable<AnnualReportContent['funds']>): number {
  return funds.raisedCentralFen + funds.raisedProvincialFen + funds.raisedPrefectureFen + funds.raisedCountyFen;
}

/** Rules on the report alone. */
export function validateContent(content: AnnualReportContent): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  for (const section of reportSectionValues) {
    if (!content[SECTION_KEYS[section]]) {
      issues.push(
        issue(
          'REQUIRED_SECTIONS',
          IssueSeverity.ERROR,
          section,
          null,
          `Section ${section} is missing`,
          `缺少报告部分：${section}`,
        ),
      );
    }
  }
  const { policy, funds, supervision, emergencies } = content;
  if (policy) {
    for (const area of ['urban', 'rural'] as const) {
      const persons = policy[`${area}Persons`];
      const households = policy[`${area}Households`];
      if (persons < households) {
        issues.push(
          issue(
            'PERSONS_AT_LEAST_HOUSEHOLDS',
            IssueSeverity.ERROR,
            'POLICY',
            `${area}Persons`,
            `${area} recipients (${persons}) are fewer than households (${households})`,
            `${area === 'urban' ? '城市' : '农村'}低保人数（${persons}）少于户数（${households}）`,
          ),
        );
      }
    }
    if (policy.approvals + policy.rejections > policy.applications) {
      issues.push(
        issue(
          'DECISIONS_WITHIN_APPLICATIONS',
          IssueSeverity.WARNING,
          'POLICY',
          'applications',
          `approvals + rejections (${policy.approvals + policy.rejections}) exceed applications (${policy.applications})`,
          `批准数与不予批准数之和（${policy.approvals + policy.rejections}）超过受理申请数（${policy.applications}）`,
        ),
      );
    }
  }
  if (funds) {
    const available = raisedOf(funds) + funds.carryOverFen;
    if (funds.disbursedFen > available) {
      issues.push(
        issue(
          'DISBURSED_WITHIN_AVAILABLE',
          IssueSeverity.ERROR,
          'FUNDS',
          'disbursedFen',
          `disbursed (${funds.disbursedFen} fen) exceeds funds raised plus carry-over (${available} fen)`,
          `发放金额（${funds.disbursedFen} 分）超过筹集资金与上年结转之和（${available} 分）`,
        ),
      );
    }
    if (funds.paidViaBankFen > funds.disbursedFen) {
      issues.push(
        issue(
          'BANK_PAYMENTS_WITHIN_DISBURSED',
          IssueSeverity.ERROR,
          'FUNDS',
          'paidViaBankFen',
          `paid through banks (${funds.paidViaBankFen} fen) exceeds disbursed (${funds.disbursedFen} fen)`,
          `社会化发放金额（${funds.paidViaBankFen} 分）超过发放金额（${funds.disbursedFen} 分）`,
        ),
      );
    }
    const expectedBalance = available - funds.disbursedFen;
    if (funds.disbursedFen <= available && funds.balanceFen !== expectedBalance) {
      issues.push(
        issue(
          'BALANCE_IDENTITY',
          IssueSeverity.WARNING,
          'FUNDS',
          'balanceFen',
          `balance (${funds.balanceFen} fen) differs from raised + carry-over − disbursed (${expectedBalance} fen)`,
          `年末结余（${funds.balanceFen} 分）不等于筹集＋结转－发放（${expectedBalance} 分）`,
        ),
      );
    }
  }
  if (supervision) {
    const found = total(supervision.problemsFound.map((problem) => problem.count));
    if (supervision.problemsRectified > found) {
      issues.push(
        issue(
          'RECTIFIED_WITHIN_FOUND',
          IssueSeverity.WARNING,
          'SUPERVISION',
          'problemsRectified',
          `problems rectified (${supervision.problemsRectified}) exceed problems found (${found})`,
          `已整改问题数（${supervision.problemsRectified}）超过发现问题数（${found}）`,
        ),
      );
    }
    if (supervision.complaintsClosed > supervision.complaintsReceived) {
      issues.push(
        issue(
          'CLOSED_WITHIN_RECEIVED',
          IssueSeverity.WARNING,
          'SUPERVISION',
          'complaintsClosed',
          `complaints closed (${supervision.complaintsClosed}) exceed complaints received (${supervision.complaintsReceived})`,
          `办结投诉数（${supervision.complaintsClosed}）超过受理投诉数（${supervision.complaintsReceived}）`,
        ),
      );
    }
  }
  if (emergencies && emergencies.handled < emergencies.incidentIds.length) {
    issues.push(
      issue(
        'EMERGENCIES_COVER_INCIDENTS',
        IssueSeverity.WARNING,
        'EMERGENCIES',
        'handled',
        `emergencies handled (${emergencies.handled}) are fewer than linked incident reports (${emergencies.incidentIds.length})`,
        `处置事件数（${emergencies.handled}）少于关联的事件报告数（${emergencies.incidentIds.length}）`,
      ),
    );
  }
  return issues;
}

/** The figures compared between a prefecture and the sum of its counties. */
const SUMMED_FIGURES = {
  policy: [
    'urbanHouseholds',
    'urbanPersons',
    'ruralHouseholds',
    'ruralPersons',
    'applications',
    'approvals',
    'rejections',
    'exits',
  ],
  funds: [
    'raisedCentralFen',
    'raisedProvincialFen',
    'raisedPrefectureFen',
    'raisedCountyFen',
    'carryOverFen',
    'disbursedFen',
    'balanceFen',
    'paidViaBankFen',
  ],
  supervision: ['inspections', 'problemsRectified', 'complaintsReceived', 'complaintsClosed', 'peopleHeldAccountable'],
} as const;

const SECTION_OF = { management: 'MANAGEMENT', policy: 'POLICY', funds: 'FUNDS', supervision: 'SUPERVISION' } as const;

/**
 * A prefecture's figures against the sum of its counties' accepted reports, within a relative tolerance. The
 * sum means something only once every county is accepted or waived; until then one warning says how many are
 * still pending instead of a warning for every figure.
 */
export function validateAgainstCounties(
  content: AnnualReportContent,
  counties: { accepted: AnnualReportContent[]; pending: number },
  tolerance: number,
): ValidationIssue[] {
  if (counties.pending > 0) {
    return [
      issue(
        'COUNTIES_PENDING',
        IssueSeverity.WARNING,
        null,
        null,
        `${counties.pending} county report(s) are not yet accepted or waived; the comparison with the counties waits for them`,
        `尚有 ${counties.pending} 份县级报告未审核通过或免报，与县级数据的核对待其完成后进行`,
      ),
    ];
  }
  const issues: ValidationIssue[] = [];
  for (const [sectionKey, figures] of Object.entries(SUMMED_FIGURES) as Array<
    [keyof typeof SUMMED_FIGURES, readonly string[]]
  >) {
    const own = content[sectionKey] as Record<string, number> | null | undefined;
    if (!own) continue;
    for (const figure of figures) {
      const expected = total(
        counties.accepted.map(
          (county) => (county[sectionKey] as Record<string, number> | null | undefined)?.[figure] ?? 0,
        ),
      );
      const reported = own[figure] ?? 0;
      const allowed = Math.abs(expected) * tolerance;
      if (Math.abs(reported - expected) > allowed) {
        issues.push(
          issue(
            'PREFECTURE_MATCHES_COUNTIES',
            IssueSeverity.WARNING,
            SECTION_OF[sectionKey],
            figure,
            `${figure} is ${reported}, but the ${counties.accepted.length} accepted county reports add up to ${expected}`,
            `${figure} 为 ${reported}，而 ${counties.accepted.length} 份已审核县级报告合计为 ${expected}`,
          ),
        );
      }
    }
  }
  return issues;
}

export const blockingIssues = (issues: ValidationIssue[]) =>
  issues.filter((item) => item.severity === IssueSeverity.ERROR);
