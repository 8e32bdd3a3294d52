import type { Principal } from '@dibao/auth';
import { createSupergraphClient } from '@dibao/server';
import type { Candidate, Severity } from './detect.service.js';
import type { SupergraphReader } from './referral.service.js';
import type { Thresholds } from './thresholds.js';

/*
 * The process rules read the other mechanisms through the supergraph, as monitoring's service principal (civil
 * affairs of each province, read-only roles): annual reports not filed by their deadline (reporting), findings
 * whose rectification deadline has passed (oversight), complaints past a handling deadline (complaints). Each
 * lead is one record, so its fingerprint is the record: running again refreshes the open alert and never
 * duplicates it. A record counts once it is more than the region's `graceDays` overdue.
 */

/** Reads the supergraph as the service principal of one province. */
export interface ProcessSource {
  provinces: readonly string[];
  readerOf(province: string): SupergraphReader | Promise<SupergraphReader>;
}

/** How many report years before the current one the overdue-report rule looks at (the current one too). */
export const REPORT_YEARS = 5;

const PAGE = 500;
const DAY_MS = 86_400_000;
const SHANGHAI_OFFSET_MS = 8 * 3_600_000;

/** The month (Asia/Shanghai) an instant falls in, as YYYY-MM. */
export const shanghaiMonth = (at: Date | string) =>
  new Date(new Date(at).getTime() + SHANGHAI_OFFSET_MS).toISOString().slice(0, 7);
const shanghaiDay = (at: Date | string) =>
  new Date(new Date(at).getTime() + SHANGHAI_OFFSET_MS).toISOString().slice(0, 10);

const severityOf = (days: number): Severity => (days >= 90 ? 'HIGH' : days >= 30 ? 'MEDIUM' : 'LOW');

interface Page<T> {
  edges: Array<{ node: T }>;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
}

async function allPages<T>(fetch: (after: string | null) => Promise<Page<T>>): Promise<T[]> {
  const nodes: T[] = [];
  for (let after: string | null = null; ;) {
    const page = await fetch(after);
    nodes.push(...page.edges.map((edge) => edge.node));
    if (!page.pageInfo.hasNextPage || !page.pageInfo.endCursor) return nodes;
    after = page.pageInfo.endCursor;
  }
}

const OVERDUE_FINDINGS = `query OverdueFindings($under: ID!, $after: String) {
  findings(under: $under, overdue: true, first: ${PAGE}, after: $after) {
    edges { node { id region { code } category status deadline daysOverdue } }
    pageInfo { hasNextPage endCursor } } }`;

interface OverdueFinding {
  id: string;
  region: { code: string };
  category: string;
  status: string;
  deadline: string;
  daysOverdue: number;
}

const OVERDUE_COMPLAINTS = `query OverdueComplaints($under: ID!, $after: String) {
  region(code: $under) { complaints(overdue: true, first: ${PAGE}, after: $after) {
    edges { node { id regionCode category status supervisedByProvince deadlines { kind dueAt overdue } } }
    pageInfo { hasNextPage endCursor } } } }`;

interface OverdueComplaint {
  id: string;
  regionCode: string;
  category: string;
  status: string;
  supervisedByProvince: boolean;
  deadlines: Array<{ kind: string; dueAt: string; overdue: boolean }>;
}

const OVERDUE_REPORTS = `query OverdueReports($under: ID!, $year: Int!) {
  reportingCompleteness(under: $under, year: $year) { levels { level overdue { region { code } deadline daysOverdue } } } }`;

interface OverdueReports {
  reportingCompleteness: {
    levels: Array<{
      level: string;
      overdue: Array<{ region: { code: string }; deadline: string; daysOverdue: number }>;
    }>;
  };
}

function overdueCandidate(
  rule: Candidate['rule'],
  key: string,
  regionCode: string,
  due: string,
  daysOverdue: number,
  figures: Record<string, unknown>,
  evidence: Record<string, unknown>,
): Candidate {
  return {
    fingerprint: `${rule}:${key}`,
    rule,
    regionCode,
    month: `${shanghaiMonth(due)}-01`,
    severity: severityOf(daysOverdue),
    figures: { ...figures, dueDate: shanghaiDay(due), daysOverdue },
    evidence: [{ ...evidence, dueAt: new Date(due).toISOString(), daysOverdue }],
  };
}

/** The process rules' leads over the provinces of the source, judged at `now`, in a fixed order. */
export async function findProcessCandidates(
  source: ProcessSource,
  thresholdsOf: (regionCode: string) => Promise<Thresholds>,
  now: Date,
): Promise<Candidate[]> {
  const found: Candidate[] = [];
  const thisYear = new Date(now.getTime() + SHANGHAI_OFFSET_MS).getUTCFullYear();
  for (const province of source.provinces) {
    const read = await source.readerOf(province);

    const findings = await allPages((after) =>
      read<{ findings: Page<OverdueFinding> }>(OVERDUE_FINDINGS, { under: province, after }).then((d) => d.findings),
    );
    for (const finding of findings) {
      const grace = (await thresholdsOf(finding.region.code)).OVERDUE_RECTIFICATION.graceDays;
      if (finding.daysOverdue <= grace) continue;
      found.push(
        overdueCandidate(
          'OVERDUE_RECTIFICATION',
          finding.id,
          finding.region.code,
          finding.deadline,
          finding.daysOverdue,
          { findingId: finding.id, category: finding.category, status: finding.status, graceDays: grace },
          { recordKind: 'FINDING', recordId: finding.id, status: finding.status },
        ),
      );
    }

    const complaints = await allPages((after) =>
      read<{ region: { complaints: Page<OverdueComplaint> | null } | null }>(OVERDUE_COMPLAINTS, {
        under: province,
        after,
      }).then((d) => d.region?.complaints ?? { edges: [], pageInfo: { hasNextPage: false, endCursor: null } }),
    );
    for (const complaint of complaints) {
      // The deadline passed longest ago is the one the lead is about.
      const missed = complaint.deadlines
        .filter((deadline) => deadline.overdue)
        .sort((a, b) => (a.dueAt < b.dueAt ? -1 : a.dueAt > b.dueAt ? 1 : 0))[0];
      if (!missed) continue;
      const days = Math.ceil((now.getTime() - new Date(missed.dueAt).getTime()) / DAY_MS);
      const grace = (await thresholdsOf(complaint.regionCode)).OVERDUE_COMPLAINT.graceDays;
      if (days <= grace) continue;
      found.push(
        overdueCandidate(
          'OVERDUE_COMPLAINT',
          complaint.id,
          complaint.regionCode,
          missed.dueAt,
          days,
          {
            complaintId: complaint.id,
            deadline: missed.kind,
            status: complaint.status,
            supervisedByProvince: complaint.supervisedByProvince,
            graceDays: grace,
          },
          { recordKind: 'COMPLAINT', recordId: complaint.id, status: `${complaint.status} (${missed.kind})` },
        ),
      );
    }

    for (let year = thisYear - REPORT_YEARS; year <= thisYear; year += 1) {
      const answer = await read<OverdueReports>(OVERDUE_REPORTS, { under: province, year });
      for (const level of answer.reportingCompleteness.levels) {
        for (const filing of level.overdue) {
          const grace = (await thresholdsOf(filing.region.code)).OVERDUE_REPORT.graceDays;
          if (filing.daysOverdue <= grace) continue;
          found.push(
            overdueCandidate(
              'OVERDUE_REPORT',
              `${filing.region.code}:${year}`,
              filing.region.code,
              filing.deadline,
              filing.daysOverdue,
              { year, level: level.level, graceDays: grace },
              { recordKind: 'ANNUAL_REPORT', recordId: `${filing.region.code}:${year}`, status: 'NOT_SUBMITTED' },
            ),
          );
        }
      }
    }
  }
  return found.sort((a, b) => (a.fingerprint < b.fingerprint ? -1 : a.fingerprint > b.fingerprint ? 1 : 0));
}

/**
 * Monitoring's service principal of a province: civil affairs, reading only (findings and reports need any role
 * in scope, complaints a COMPLAINT_HANDLER; the documents above select no personal data).
 */
export function monitoringServicePrincipal(province: string): Principal {
  return {
    subject: 'monitoring-service',
    agency: 'CIVIL_AFFAIRS',
    region: province,
    roles: ['VIEWER', 'COMPLAINT_HANDLER'],
  };
}

/** The process rules' source over a gateway: one token per province, minted by the caller (the hub's CLI). */
export function supergraphProcessSource(options: {
  gatewayUrl: () => string;
  provinces: readonly string[];
  tokenOf: (principal: Principal) => Promise<string>;
}): ProcessSource {
  const client = createSupergraphClient(options.gatewayUrl);
  return {
    provinces: options.provinces,
    async readerOf(province) {
      const token = await options.tokenOf(monitoringServicePrincipal(province));
      return <T>(document: string, variables: Record<string, unknown>) => client.query<T>(document, variables, token);
    },
  };
}
