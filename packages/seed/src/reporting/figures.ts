import type {
  EmergenciesSectionContent,
  FundsSectionContent,
  ManagementSectionContent,
  PolicySectionContent,
  SupervisionSectionContent,
} from '@dibao/domain';

/*
 * A report's numbers without its prose. Figures are generated (counties) or summed (prefectures) first and
 * put into words last, so that a narrative always quotes the figures that end up in the report, even the
 * deliberately wrong ones.
 */
type Figures<Section> = Omit<Section, 'narrative'>;

export interface ReportFigures {
  policy: Figures<PolicySectionContent>;
  management: Figures<ManagementSectionContent>;
  funds: Figures<FundsSectionContent>;
  emergencies: Figures<EmergenciesSectionContent>;
  supervision: Figures<SupervisionSectionContent>;
}

/** A report with all five sections, as submitted. */
export interface CompleteReportContent {
  policy: PolicySectionContent;
  management: ManagementSectionContent;
  funds: FundsSectionContent;
  emergencies: EmergenciesSectionContent;
  supervision: SupervisionSectionContent;
}

export function totalPersons(policy: ReportFigures['policy']): number {
  return policy.urbanPersons + policy.ruralPersons;
}

export function totalProblems(supervision: Pick<ReportFigures['supervision'], 'problemsFound'>): number {
  return supervision.problemsFound.reduce((sum, problem) => sum + problem.count, 0);
}

export function totalRaisedFen(funds: ReportFigures['funds']): number {
  return funds.raisedCentralFen + funds.raisedProvincialFen + funds.raisedPrefectureFen + funds.raisedCountyFen;
}
