import type { RuleVersionImport } from '@dibao/domain';

/*
 * The demo's implementing rules (synthetic, like all demo data: document numbers and titles follow the style of
 * Qinghai's civil affairs documents but name no real document). The province fixes the limits of the national
 * practice as maxima for the whole province from 2021; Xining shortens the time to conclude a complaint and
 * Datong County the time to acknowledge one and its own annual report deadline, both from 2026, after the years
 * the rest of the demo covers, so the demo's records were all handled under the province's rules. Haidong
 * assesses its counties by a scheme of its own from 2024 (the demo's published assessments of 2023 and 2024,
 * computed in the spring after each year, follow it).
 */
export function demoRuleVersions(): RuleVersionImport[] {
  return [
    {
      regionCode: '630000',
      version: 1,
      effectiveFrom: '2021-01-01',
      basisNumber: '青民发〔2020〕86号',
      basisTitle: '青海省城乡最低生活保障监督检查和问责实施办法',
      basisDate: '2020-12-18',
      adoptedByAgency: '630000:CIVIL_AFFAIRS',
      settings: {
        annualReportDeadlineCounty: { value: '12-15', fixed: true },
        annualReportDeadlinePrefecture: { value: '12-31', fixed: true },
        reconciliationToleranceBasisPoints: { value: 100, fixed: true },
        incidentReportHours: { value: 24, fixed: true },
        complaintAcknowledgeDays: { value: 3, fixed: true },
        complaintConcludeDays: { value: 60, fixed: true },
        complaintSupervisionDays: { value: 30, fixed: true },
        complaintMajorHouseholds: { value: 10, fixed: true },
        rectificationDaysMinor: { value: 90, fixed: true },
        rectificationDaysMajor: { value: 60, fixed: true },
        rectificationDaysSevere: { value: 30, fixed: true },
        rewardsOffered: { value: true, fixed: false },
        rewardBaseFen: { value: 20_000, fixed: false },
        rewardShareBasisPoints: { value: 500, fixed: false },
        rewardCapFen: { value: 500_000, fixed: false },
        volunteerSupervisorsOffered: { value: true, fixed: false },
        volunteerSupervisorsPerCounty: { value: 5, fixed: false },
        purchasedServicesOffered: { value: true, fixed: false },
        purchasedServicesBudgetFen: { value: 30_000_000, fixed: false },
      },
    },
    {
      regionCode: '630100',
      version: 1,
      effectiveFrom: '2026-01-01',
      basisNumber: '宁民发〔2025〕41号',
      basisTitle: '西宁市最低生活保障投诉举报办理细则',
      basisDate: '2025-11-20',
      adoptedByAgency: '630100:CIVIL_AFFAIRS',
      settings: { complaintConcludeDays: { value: 45, fixed: true } },
    },
    {
      regionCode: '630200',
      version: 1,
      effectiveFrom: '2024-01-01',
      basisNumber: '东民发〔2023〕58号',
      basisTitle: '海东市城乡最低生活保障工作绩效评价办法',
      basisDate: '2023-12-12',
      adoptedByAgency: '630200:CIVIL_AFFAIRS',
      settings: {
        assessmentScheme: {
          value:
            'REPORT_TIMELINESS:30,RECTIFICATION_ON_TIME:30,COMPLAINTS_CLOSED_ON_TIME:25,ACCOUNTABILITY_FOLLOW_THROUGH:15',
          fixed: false,
        },
      },
    },
    {
      regionCode: '630121',
      version: 1,
      effectiveFrom: '2026-01-01',
      basisNumber: '大民发〔2025〕19号',
      basisTitle: '大通回族土族自治县社会救助监督实施细则',
      basisDate: '2025-12-05',
      adoptedByAgency: '630121:CIVIL_AFFAIRS',
      settings: {
        complaintAcknowledgeDays: { value: 2, fixed: false },
        annualReportDeadlineCounty: { value: '12-10', fixed: false },
      },
    },
  ];
}
