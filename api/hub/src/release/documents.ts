/*
 * Every GraphQL document the release job sends to the gateway. Each reads aggregate statistics or published
 * documents only, and selects no field that could carry personal data (no complaint, no case file, no
 * finding description, no internal summary or evidence of a bulletin item).
 */

/** The provinces in the registry (public). */
export const PROVINCES = /* GraphQL */ `
  query ReleaseProvinces {
    regions(level: PROVINCE, first: 500) {
      edges {
        node {
          code
          name
          nameEn
        }
      }
    }
  }
`;

const REGION_FIELDS = /* GraphQL */ `
  fragment ReleaseRegion on Region {
    code
    name
    nameEn
    level
    parentCode
  }
`;

/** A province with its prefectures and counties, and its civil affairs department (the publisher). */
export const REGION_TREE = /* GraphQL */ `
  query ReleaseRegionTree($province: ID!) {
    region(code: $province) {
      ...ReleaseRegion
      agencies(kind: CIVIL_AFFAIRS) {
        name
        nameEn
      }
      children {
        ...ReleaseRegion
        children {
          ...ReleaseRegion
        }
      }
    }
  }
  ${REGION_FIELDS}
`;

/** Whether a province has any data for a year: reports filed, findings, complaints or cases. */
export const YEAR_PROBE = /* GraphQL */ `
  query ReleaseYearProbe($province: ID!, $year: Int!) {
    reportingCompleteness(year: $year, under: $province) {
      levels {
        submittedOnTime
        submittedLate
      }
    }
    region(code: $province) {
      oversightStats(year: $year) {
        findings
      }
      complaintStats(year: $year) {
        received
      }
      accountabilityStats(year: $year) {
        casesOpened
      }
    }
  }
`;

const REGION_STATS = /* GraphQL */ `
  fragment ReleaseStats on Region {
    code
    reportSummary(year: $year) {
      reportsIncluded
      reportsExpected
      urbanHouseholds
      urbanPersons
      ruralHouseholds
      ruralPersons
      applications
      approvals
      rejections
      exits
      urbanStandardMinFen
      urbanStandardMaxFen
      ruralStandardMinFen
      ruralStandardMaxFen
      raisedFen
      raisedCentralFen
      raisedProvincialFen
      raisedPrefectureFen
      raisedCountyFen
      carryOverFen
      disbursedFen
      balanceFen
      paidViaBankFen
      householdVisits
      dynamicReviews
      emergenciesHandled
      inspections
      problemsRectified
      complaintsReceived
      complaintsClosed
      peopleHeldAccountable
    }
    oversightStats(year: $year) {
      findings
      verified
      byCategory {
        category
        findings
        verified
      }
    }
    complaintStats(year: $year) {
      received
      concluded
      substantiated
      partlySubstantiated
      unsubstantiated
      byChannel {
        channel
        count
      }
      byCategory {
        category
        count
      }
    }
    alertStats(year: $year) {
      rule
      raised
      open
      referred
      confirmed
      dismissed
    }
    accountabilityStats(year: $year) {
      casesOpened
      casesDecided
      peopleHeldAccountable
      unitsHeldAccountable
      byViolation {
        violation
        count
      }
      bySanction {
        track
        sanction
        count
      }
    }
  }
`;

/** A year's statistics of a province, its prefectures and its counties in one request. */
export const REGION_STATS_TREE = /* GraphQL */ `
  query ReleaseRegionStats($province: ID!, $year: Int!) {
    region(code: $province) {
      ...ReleaseStats
      children {
        ...ReleaseStats
        children {
          ...ReleaseStats
        }
      }
    }
  }
  ${REGION_STATS}
`;

/**
 * A page of a year's findings of a province, reduced to category, status and figures (no description, no
 * names); the reader follows `endCursor` to the last page.
 */
export const FINDINGS = /* GraphQL */ `
  query ReleaseFindings($province: ID!, $year: Int!, $after: String) {
    region(code: $province) {
      findings(year: $year, first: 500, after: $after) {
        pageInfo {
          hasNextPage
          endCursor
        }
        edges {
          node {
            category
            status
            overdue
            householdsAffected
            amountInvolvedFen
            fundsRecoveredFen
            householdsRemoved
            householdsAdded
            county {
              code
            }
          }
        }
      }
    }
  }
`;

const COMPLETENESS_FIELDS = /* GraphQL */ `
  fragment ReleaseCompleteness on ReportingCompleteness {
    levels {
      level
      expected
      submittedOnTime
      submittedLate
      missing
      accepted
      waived
      submissionRate
      onTimeRate
    }
  }
`;

/**
 * Reporting completeness under several regions in one request (`c0` … under `$u0` …): the field takes one
 * region, so the regions are aliased; callers keep each request well below the gateway's token limit.
 */
export function completenessDocument(regions: number): string {
  const indexes = Array.from({ length: regions }, (_, index) => index);
  return `query ReleaseCompleteness($year: Int!, ${indexes.map((index) => `$u${index}: ID!`).join(', ')}) {
${indexes.map((index) => `  c${index}: reportingCompleteness(year: $year, under: $u${index}) { ...ReleaseCompleteness }`).join('\n')}
}
${COMPLETENESS_FIELDS}`;
}

/** Regions per completeness request: about 20 tokens each against the gateway's limit of 2,000. */
export const COMPLETENESS_BATCH = 40;

/** Published bulletins with the public text of their items (sent without a token: public by definition). */
export const PUBLISHED_BULLETINS = /* GraphQL */ `
  query ReleaseBulletins($after: String) {
    publishedBulletins(first: 100, after: $after) {
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          status
          documentNumber
          documentYear
          title
          titleEn
          summaryEn
          issuerId
          issuer {
            name
            nameEn
            regionCode
          }
          issuedAt
          publishedAt
          periodFrom
          periodTo
          items {
            position
            kind
            category
            publicText
            region {
              ...ReleaseRegion
            }
          }
        }
      }
    }
  }
  ${REGION_FIELDS}
`;

/**
 * The assessment and allocations of a year by an assessing region, a province or a prefecture (sent without a
 * token: only published ones come back).
 */
export const ASSESSMENT_AND_ALLOCATIONS = /* GraphQL */ `
  query ReleaseAssessment($assessor: ID!, $year: Int!) {
    assessment(year: $year, assessor: $assessor) {
      year
      level
      status
      publishedAt
      scores {
        regionCode
        score
        rank
        recipients
        indicators {
          code
          weight
          rawValue
          normalisedValue
          contribution
        }
      }
    }
    allocations(year: $year, assessor: $assessor) {
      id
      year
      title
      method
      poolFen
      performanceShareBasisPoints
      status
      publishedAt
      lines {
        regionCode
        score
        recipients
        baseFen
        performanceFen
        amountFen
      }
    }
  }
`;

const RULE_FIELDS = /* GraphQL */ `
  fragment ReleaseRules on Region {
    code
    rules(on: $on) {
      on
      rules {
        key
        value
        fixed
        own
        source {
          regionCode
          version
        }
      }
    }
    ruleHistory {
      version
      effectiveFrom
      basis {
        documentNumber
        title
        date
      }
      adoptedByAgency
      settings {
        key
        value
        fixed
      }
    }
  }
`;

/** The implementing rules of a province, its prefectures and counties: in force on a day, and every version (public). */
export const REGION_RULES = /* GraphQL */ `
  query ReleaseRules($province: ID!, $on: LocalDate!) {
    region(code: $province) {
      ...ReleaseRules
      children {
        ...ReleaseRules
        children {
          ...ReleaseRules
        }
      }
    }
  }
  ${RULE_FIELDS}
`;

/** Purchase-of-services contracts of a province with their deliverables (public procurement). */
export const SERVICE_CONTRACTS = /* GraphQL */ `
  query ReleaseServiceContracts($province: ID!, $after: String) {
    region(code: $province) {
      socialOrganizationContracts(first: 200, after: $after) {
        pageInfo {
          hasNextPage
          endCursor
        }
        edges {
          node {
            regionCode
            contractNumber
            organizationName
            periodStart
            periodEnd
            amountFen
            deliverables
            deliverableItems {
              met
            }
          }
        }
      }
    }
  }
`;
