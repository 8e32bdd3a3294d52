/*
 * The two read operations the read-path benchmark times, as the hub's gateway takes them, and the same two as
 * PostGraphile takes them (peer.ts runs it): the same fields from the same rows. The floor server answers the
 * hub's list document (its variables) from one statement.
 *
 * LIST: the first 50 complaints of a prefecture, in order of receipt, with the handful of fields a case list
 * shows (the county's name from the registry). DASHBOARD: a prefecture's counties, each with its year's report summary, oversight, complaint and
 * accountability figures (the RegionYear figures of the site, for every child at once).
 */

/** The prefecture both operations read: Xining, the Qinghai demo's largest. */
export const PREFECTURE = '630100';
/** The dashboard's year: the Qinghai demo's latest, with reports, findings, complaints and cases in Xining. */
export const YEAR = 2025;
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

/* PostGraphile's names: a uuid key is `rowId` (`id` is its global node id); schemas after the first prefix their
 * tables' names. */
export const PEER_LIST = /* GraphQL */ `
  query PeerList($under: String!, $first: Int!) {
    allComplaintsComplaints(condition: { under: $under }, orderBy: [RECEIVED_AT_ASC, ROW_ID_ASC], first: $first) {
      nodes {
        rowId
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
`;

export const PEER_DASHBOARD = /* GraphQL */ `
  query PeerDashboard($code: String!, $year: Int!) {
    regionByCode(code: $code) {
      regionsByParentCode(orderBy: CODE_ASC) {
        nodes {
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
  }
`;

export const listVariables = { code: PREFECTURE, first: LIST_SIZE };
export const dashboardVariables = { code: PREFECTURE, year: YEAR };
export const peerListVariables = { under: PREFECTURE, first: LIST_SIZE };
