/*
 * The two read operations the read-path benchmark times, as the hub's gateway takes them. The peer
 * (PostGraphile) and the floor server answer the same fields from the same rows; see peer.ts.
 *
 * LIST: the first 50 complaints of a prefecture, in order of receipt, with the handful of fields a case list
 * shows (the county's name from the registry). DASHBOARD: a prefecture's counties, each with its year's report summary, oversight, complaint and
 * accountability figures (the RegionYear figures of the site, for every child at once).
 */

/** The prefecture both operations read: Xining, the Qinghai demo's largest. */
export const PREFECTURE = '630100';
/** The dashboard's year: the Qinghai demo's reports, inspections, complaints and cases all have it. */
export const YEAR = 2024;
export const LIST_SIZE = 50;

export const HUB_LIST = /* GraphQL */ `
  query ReadPathList($code: ID!, $first: Int!) {
    region(code: $code) {
      complaints(first: $first) {
        edges {
          node {
            id
            receivedAt
            regionCode
            channel
            category
            status
            summary
            supervisedByProvince
            region {
              name
            }
          }
        }
      }
    }
  }
`;

export const HUB_DASHBOARD = /* GraphQL */ `
  query ReadPathDashboard($code: ID!, $year: Int!) {
    region(code: $code) {
      children {
        code
        name
        reportSummary(year: $year) {
          reportsIncluded
          reportsExpected
        }
        oversightStats(year: $year) {
          findings
          overdue
        }
        complaintStats(year: $year) {
          received
          closed
        }
        accountabilityStats(year: $year) {
          casesOpened
          peopleHeldAccountable
        }
      }
    }
  }
`;

export const listVariables = { code: PREFECTURE, first: LIST_SIZE };
export const dashboardVariables = { code: PREFECTURE, year: YEAR };
