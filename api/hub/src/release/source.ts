import type {
  AccountabilityStatsRecord,
  AllocationRecord,
  AssessmentRecord,
  Bilingual,
  BulletinRecord,
  AlertStatsRecord,
  ComplaintStatsRecord,
  CompletenessRecord,
  FindingRecord,
  OversightStatsRecord,
  RegionRecord,
  ReleaseInput,
  ReportSummaryRecord,
  RuleInForceRecord,
  ServiceContractRecord,
  RuleVersionReleaseRecord,
} from '@dibao/datasets';
import { ReleaseReadError, requestGraphQL } from './client.js';
import {
  ASSESSMENT_AND_ALLOCATIONS,
  COMPLETENESS_BATCH,
  completenessDocument,
  FINDINGS,
  PROVINCES,
  PUBLISHED_BULLETINS,
  REGION_RULES,
  REGION_STATS_TREE,
  REGION_TREE,
  SERVICE_CONTRACTS,
  YEAR_PROBE,
} from './documents.js';

export interface ReadReleaseOptions {
  gatewayUrl: string;
  /** Shown to the gateway as the hub's own process (see WriteReleaseOptions). */
  gatewaySecret?: string;
  /** The release token of a province. */
  tokenFor(province: string): Promise<string>;
  /** Statistical years; by default those of the last 15 with any data. */
  years?: number[];
  now: Date;
  log: (line: string) => void;
}

export interface ReleaseSource {
  input: ReleaseInput;
  provinces: string[];
  publisher: Bilingual;
}

/** How far back the years with data are looked for when none are given. */
const YEARS_LOOKED_AT = 15;

type TreeRegion = RegionRecord & { children?: TreeRegion[] };

/** The province, its prefectures and their counties, as the tree queries return them. */
function flattenTree(province: TreeRegion): Array<{ region: RegionRecord; depth: number }> {
  const out: Array<{ region: RegionRecord; depth: number }> = [];
  const visit = (node: TreeRegion, depth: number) => {
    const { children, ...region } = node;
    out.push({ region, depth });
    if (depth < 2) for (const child of children ?? []) visit(child, depth + 1);
  };
  visit(province, 0);
  return out;
}

type StatsNode = {
  code: string;
  reportSummary: Omit<ReportSummaryRecord, 'year' | 'regionCode'> | null;
  oversightStats: Omit<OversightStatsRecord, 'year' | 'regionCode'>;
  complaintStats: Omit<ComplaintStatsRecord, 'year' | 'regionCode'>;
  accountabilityStats: Omit<AccountabilityStatsRecord, 'year' | 'regionCode'>;
  /** Null when the monitoring subgraph refuses the release principal (it never should: see RELEASE_ROLES). */
  alertStats: Array<Omit<AlertStatsRecord, 'year' | 'regionCode'>> | null;
  children?: StatsNode[];
};

const sumOf = (values: number[]) => values.reduce((total, value) => total + value, 0);

class ReleaseReader {
  private readonly tokens = new Map<string, Promise<string>>();
  constructor(private readonly options: ReadReleaseOptions) {}

  private token(province: string): Promise<string> {
    let token = this.tokens.get(province);
    if (!token) {
      token = this.options.tokenFor(province);
      this.tokens.set(province, token);
    }
    return token;
  }

  private async asRelease<T>(province: string, document: string, variables: Record<string, unknown>): Promise<T> {
    return requestGraphQL<T>(this.options.gatewayUrl, document, variables, {
      token: await this.token(province),
      gatewaySecret: this.options.gatewaySecret,
    });
  }

  /** Public documents are read without a token, so that the API itself guarantees they are public. */
  private async asPublic<T>(document: string, variables: Record<string, unknown>): Promise<T> {
    return requestGraphQL<T>(this.options.gatewayUrl, document, variables, {
      gatewaySecret: this.options.gatewaySecret,
    });
  }

  async provinces(): Promise<Array<{ code: string }>> {
    const data = await this.asPublic<{ regions: { edges: Array<{ node: { code: string } }> } }>(PROVINCES, {});
    const provinces = data.regions.edges.map((edge) => edge.node).sort((a, b) => a.code.localeCompare(b.code));
    if (provinces.length === 0) throw new ReleaseReadError('The registry holds no province: nothing to release');
    return provinces;
  }

  async tree(province: string) {
    const data = await this.asRelease<{
      region: (TreeRegion & { agencies: Array<{ name: string; nameEn: string }> }) | null;
    }>(province, REGION_TREE, { province });
    if (!data.region) throw new ReleaseReadError(`Province ${province} not found`);
    const { agencies, ...tree } = data.region;
    return { regions: flattenTree(tree), agency: agencies[0] };
  }

  async yearHasData(province: string, year: number): Promise<boolean> {
    const data = await this.asRelease<{
      reportingCompleteness: { levels: Array<{ submittedOnTime: number; submittedLate: number }> };
      region: {
        oversightStats: { findings: number };
        complaintStats: { received: number };
        accountabilityStats: { casesOpened: number };
      } | null;
    }>(province, YEAR_PROBE, { province, year });
    const filed = sumOf(data.reportingCompleteness.levels.map((level) => level.submittedOnTime + level.submittedLate));
    const region = data.region;
    return (
      filed > 0 ||
      (region?.oversightStats.findings ?? 0) > 0 ||
      (region?.complaintStats.received ?? 0) > 0 ||
      (region?.accountabilityStats.casesOpened ?? 0) > 0
    );
  }

  async stats(province: string, year: number, input: ReleaseInput) {
    const data = await this.asRelease<{ region: StatsNode | null }>(province, REGION_STATS_TREE, { province, year });
    if (!data.region) throw new ReleaseReadError(`Province ${province} not found`);
    const visit = (node: StatsNode, depth: number) => {
      const regionCode = node.code;
      if (node.reportSummary) input.reportSummaries.push({ ...node.reportSummary, year, regionCode });
      input.oversightStats.push({ ...node.oversightStats, year, regionCode });
      input.complaintStats.push({ ...node.complaintStats, year, regionCode });
      input.accountabilityStats.push({ ...node.accountabilityStats, year, regionCode });
      if (node.alertStats === null) throw new ReleaseReadError(`Alert statistics of ${regionCode} were refused`);
      // A year without any alert publishes no rows of monitoring-alerts (see the dataset).
      if (node.alertStats.some((stats) => stats.raised > 0)) {
        for (const stats of node.alertStats) input.alertStats.push({ ...stats, year, regionCode });
      }
      if (depth < 2) for (const child of node.children ?? []) visit(child, depth + 1);
    };
    visit(data.region, 0);
  }

  async serviceContracts(province: string): Promise<ServiceContractRecord[]> {
    const records: ServiceContractRecord[] = [];
    let after: string | null = null;
    for (;;) {
      const data: {
        region: {
          socialOrganizationContracts: {
            pageInfo: { hasNextPage: boolean; endCursor: string | null };
            edges: Array<{ node: ServiceContractRecord }>;
          };
        } | null;
      } = await this.asRelease(province, SERVICE_CONTRACTS, { province, after });
      const page = data.region?.socialOrganizationContracts;
      for (const { node } of page?.edges ?? []) records.push(node);
      if (!page?.pageInfo.hasNextPage || !page.pageInfo.endCursor) return records;
      after = page.pageInfo.endCursor;
    }
  }

  async findings(province: string, year: number): Promise<FindingRecord[]> {
    type Node = Omit<FindingRecord, 'year' | 'countyCode'> & { county: { code: string } };
    const records: FindingRecord[] = [];
    let after: string | null = null;
    for (;;) {
      const data: {
        region: {
          findings: { pageInfo: { hasNextPage: boolean; endCursor: string | null }; edges: Array<{ node: Node }> };
        } | null;
      } = await this.asRelease(province, FINDINGS, { province, year, after });
      const page = data.region?.findings;
      for (const { node } of page?.edges ?? []) {
        const { county, ...finding } = node;
        records.push({ ...finding, year, countyCode: county.code });
      }
      if (!page?.pageInfo.hasNextPage || !page.pageInfo.endCursor) return records;
      after = page.pageInfo.endCursor;
    }
  }

  async completeness(province: string, year: number, under: string[]): Promise<CompletenessRecord[]> {
    const records: CompletenessRecord[] = [];
    for (let start = 0; start < under.length; start += COMPLETENESS_BATCH) {
      const batch = under.slice(start, start + COMPLETENESS_BATCH);
      const variables: Record<string, unknown> = { year };
      batch.forEach((code, index) => (variables[`u${index}`] = code));
      const data = await this.asRelease<
        Record<string, { levels: Array<Omit<CompletenessRecord, 'year' | 'regionCode'>> }>
      >(province, completenessDocument(batch.length), variables);
      batch.forEach((regionCode, index) => {
        for (const level of data[`c${index}`]?.levels ?? []) records.push({ ...level, year, regionCode });
      });
    }
    return records;
  }

  async bulletins(): Promise<BulletinRecord[]> {
    type Node = Omit<BulletinRecord, 'issuerName' | 'issuerNameEn' | 'issuerRegionCode' | 'documentNumber'> & {
      status: string;
      documentNumber: string | null;
      documentYear: number | null;
      issuer: { name: string; nameEn: string; regionCode: string };
      issuedAt: string | null;
      publishedAt: string | null;
    };
    const bulletins: BulletinRecord[] = [];
    let after: string | null = null;
    for (;;) {
      const data: {
        publishedBulletins: {
          pageInfo: { hasNextPage: boolean; endCursor: string | null };
          edges: Array<{ node: Node }>;
        };
      } = await this.asPublic(PUBLISHED_BULLETINS, { after });
      for (const { node } of data.publishedBulletins.edges) {
        // Published means a number, an issue date and a publication date; anything else is not released.
        if (node.status !== 'PUBLISHED' || !node.documentNumber || !node.issuedAt || !node.publishedAt) continue;
        const { issuer, status: _status, ...rest } = node;
        bulletins.push({
          ...rest,
          documentNumber: node.documentNumber,
          documentYear: node.documentYear ?? Number(node.issuedAt.slice(0, 4)),
          issuedAt: node.issuedAt,
          publishedAt: node.publishedAt,
          issuerName: issuer.name,
          issuerNameEn: issuer.nameEn,
          issuerRegionCode: issuer.regionCode,
        });
      }
      const { hasNextPage, endCursor } = data.publishedBulletins.pageInfo;
      if (!hasNextPage || !endCursor) break;
      after = endCursor;
    }
    return bulletins;
  }

  /** The rules of the province's regions in force on `on`, and their versions: public, read without a token. */
  async rules(province: string, on: string, input: ReleaseInput) {
    interface RulesNode {
      code: string;
      rules: {
        on: string;
        rules: Array<{
          key: string;
          value: string;
          fixed: boolean;
          own: boolean;
          source: { regionCode: string | null; version: number | null };
        }>;
      } | null;
      ruleHistory: Array<{
        version: number;
        effectiveFrom: string;
        basis: { documentNumber: string; title: string; date: string };
        adoptedByAgency: string;
        settings: Array<{ key: string; value: string; fixed: boolean }>;
      }> | null;
      children?: RulesNode[];
    }
    const data = await this.asPublic<{ region: RulesNode | null }>(REGION_RULES, { province, on });
    if (!data.region) throw new ReleaseReadError(`Province ${province} not found`);
    const visit = (node: RulesNode) => {
      if (!node.rules || !node.ruleHistory) throw new ReleaseReadError(`The rules of ${node.code} were refused`);
      for (const rule of node.rules.rules) {
        const record: RuleInForceRecord = {
          regionCode: node.code,
          on: node.rules.on,
          key: rule.key,
          value: rule.value,
          fixed: rule.fixed,
          own: rule.own,
          sourceRegionCode: rule.source.regionCode,
          sourceVersion: rule.source.version,
        };
        input.rulesInForce.push(record);
      }
      for (const version of node.ruleHistory) {
        const record: RuleVersionReleaseRecord = {
          regionCode: node.code,
          version: version.version,
          effectiveFrom: version.effectiveFrom,
          basisNumber: version.basis.documentNumber,
          basisTitle: version.basis.title,
          basisDate: version.basis.date,
          adoptedByAgency: version.adoptedByAgency,
          settings: version.settings,
        };
        input.ruleVersions.push(record);
      }
      for (const child of node.children ?? []) visit(child);
    };
    visit(data.region);
  }

  /** Published assessment and allocations of an assessing region (province or prefecture), keyed by its code. */
  async assessmentAndAllocations(province: string, year: number) {
    const data = await this.asPublic<{
      assessment:
        | (Omit<AssessmentRecord, 'provinceCode' | 'publishedAt'> & { status: string; publishedAt: string | null })
        | null;
      allocations: Array<
        Omit<AllocationRecord, 'provinceCode' | 'publishedAt'> & { status: string; publishedAt: string | null }
      >;
    }>(ASSESSMENT_AND_ALLOCATIONS, { assessor: province, year });
    const assessments: AssessmentRecord[] = [];
    const allocations: AllocationRecord[] = [];
    const { assessment } = data;
    if (assessment && assessment.status === 'PUBLISHED' && assessment.publishedAt) {
      const { status: _status, ...rest } = assessment;
      assessments.push({ ...rest, provinceCode: province, publishedAt: assessment.publishedAt });
    }
    for (const allocation of data.allocations) {
      if (allocation.status !== 'PUBLISHED' || !allocation.publishedAt) continue;
      const { status: _status, ...rest } = allocation;
      allocations.push({ ...rest, provinceCode: province, publishedAt: allocation.publishedAt });
    }
    return { assessments, allocations };
  }
}

/**
 * Reads everything a release is built from through the gateway: per province (with that province's release
 * token) the region tree, and per year the statistics of the whole tree in one request, its findings in one,
 * and completeness in batches; published bulletins, assessments and allocations without a token.
 */
export async function readReleaseInput(options: ReadReleaseOptions): Promise<ReleaseSource> {
  const reader = new ReleaseReader(options);
  const input: ReleaseInput = {
    years: [],
    regions: [],
    completeness: [],
    reportSummaries: [],
    findings: [],
    oversightStats: [],
    complaintStats: [],
    accountabilityStats: [],
    alertStats: [],
    serviceContracts: [],
    bulletins: [],
    assessments: [],
    allocations: [],
    rulesInForce: [],
    ruleVersions: [],
  };
  const provinces = await reader.provinces();
  const trees = new Map<string, Awaited<ReturnType<ReleaseReader['tree']>>>();
  const agencies: Array<{ name: string; nameEn: string }> = [];
  for (const { code } of provinces) {
    const tree = await reader.tree(code);
    trees.set(code, tree);
    input.regions.push(...tree.regions.map((entry) => entry.region));
    if (tree.agency) agencies.push(tree.agency);
  }
  options.log(`registry: ${provinces.length} province(s), ${input.regions.length} regions`);

  if (options.years) input.years = [...options.years].sort((a, b) => a - b);
  else {
    const thisYear = Number(new Date(options.now.getTime() + 8 * 3_600_000).toISOString().slice(0, 4));
    const years = new Set<number>();
    for (const { code } of provinces) {
      for (let year = thisYear - YEARS_LOOKED_AT + 1; year <= thisYear; year++) {
        if (!years.has(year) && (await reader.yearHasData(code, year))) years.add(year);
      }
    }
    input.years = [...years].sort((a, b) => a - b);
  }
  if (input.years.length === 0) throw new ReleaseReadError('No year has any data: nothing to release');
  options.log(`years: ${input.years.join(', ')}`);

  for (const { code } of provinces) {
    const tree = trees.get(code)!;
    const filedTo = tree.regions.filter((entry) => entry.depth < 2).map((entry) => entry.region.code);
    for (const year of input.years) {
      await reader.stats(code, year, input);
      input.findings.push(...(await reader.findings(code, year)));
      input.completeness.push(...(await reader.completeness(code, year, filedTo)));
      // The province's own, then each prefecture's of its counties.
      const assessors = [
        code,
        ...tree.regions
          .filter((entry) => entry.depth === 1 && entry.region.level === 'PREFECTURE')
          .map((entry) => entry.region.code),
      ];
      for (const assessor of assessors) {
        const published = await reader.assessmentAndAllocations(assessor, year);
        input.assessments.push(...published.assessments);
        input.allocations.push(...published.allocations);
      }
    }
    input.serviceContracts.push(...(await reader.serviceContracts(code)));
    options.log(`${code}: statistics of ${input.years.length} year(s) read`);
    // The rules in force on the day of the release (Beijing time), and every version adopted so far.
    await reader.rules(code, new Date(options.now.getTime() + 8 * 3_600_000).toISOString().slice(0, 10), input);
  }
  input.bulletins = await reader.bulletins();
  options.log(
    `published: ${input.bulletins.length} bulletins, ${input.assessments.length} assessments, ${input.allocations.length} allocations, ${input.ruleVersions.length} rule versions`,
  );

  const publisher: Bilingual =
    agencies.length > 0
      ? { zh: agencies.map((agency) => agency.name).join('、'), en: agencies.map((agency) => agency.nameEn).join(', ') }
      : { zh: '民政部门', en: 'Departments of civil affairs' };
  return { input, provinces: provinces.map((province) => province.code), publisher };
}
