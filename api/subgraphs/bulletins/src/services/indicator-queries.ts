/*
 * Every GraphQL document computeAssessment sends through the gateway, and the shape of the answers, in one
 * place: when another subgraph renames a field, this is the only file to change. The documents name fields
 * of other subgraphs:
 * - registry:       Query.region(code) { children { code level } }
 * - reporting:      Query.reportingCompleteness(under, year) { levels { level expected submittedOnTime } },
 *                   Region.annualReports(year) { edges { node { status late firstSubmittedAt validationIssues { severity } } } },
 *                   Region.reportSummary(year) { urbanPersons ruralPersons }
 * - oversight:      Region.oversightStats(year) { findings overdue closedNotFixed }
 * - complaints:     Region.complaintStats(year) { closed closedOnTime onTimeClosureRate }
 * - accountability: Region.accountabilityStats(year) { casesOpened byStatus { status count } }
 */

/** The regions one level and two levels below the province: prefectures, and counties under them. */
export const ASSESSED_REGIONS_QUERY = /* GraphQL */ `
  query BulletinsAssessedRegions($province: ID!) {
    region(code: $province) {
      code
      children {
        code
        level
        children {
          code
          level
        }
      }
    }
  }
`;

export interface AssessedRegionsResponse {
  region: {
    code: string;
    children: Array<{ code: string; level: string; children: Array<{ code: string; level: string }> }>;
  } | null;
}

/** Everything the indicators of one region need, for one year. */
export const REGION_INDICATORS_QUERY = /* GraphQL */ `
  query BulletinsRegionIndicators($code: ID!, $year: Int!) {
    reportingCompleteness(under: $code, year: $year) {
      levels {
        level
        expected
        submittedOnTime
      }
    }
    region(code: $code) {
      code
      annualReports(year: $year) {
        edges {
          node {
            status
            late
            firstSubmittedAt
            validationIssues {
              severity
            }
          }
        }
      }
      reportSummary(year: $year) {
        urbanPersons
        ruralPersons
      }
      oversightStats(year: $year) {
        findings
        overdue
        closedNotFixed
      }
      complaintStats(year: $year) {
        closed
        closedOnTime
        onTimeClosureRate
      }
      accountabilityStats(year: $year) {
        casesOpened
        byStatus {
          status
          count
        }
      }
    }
  }
`;

export interface RegionIndicatorsResponse {
  reportingCompleteness: {
    levels: Array<{ level: string; expected: number; submittedOnTime: number }>;
  } | null;
  region: {
    code: string;
    annualReports: {
      edges: Array<{
        node: {
          status: string;
          late: boolean;
          firstSubmittedAt: string | null;
          validationIssues: Array<{ severity: string }>;
        };
      }>;
    };
    reportSummary: { urbanPersons: number; ruralPersons: number } | null;
    oversightStats: { findings: number; overdue: number; closedNotFixed: number } | null;
    complaintStats: { closed: number; closedOnTime: number; onTimeClosureRate: number | null } | null;
    accountabilityStats: { casesOpened: number; byStatus: Array<{ status: string; count: number }> } | null;
  } | null;
}
