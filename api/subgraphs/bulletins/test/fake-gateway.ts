import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * A stand-in for the gateway, on 127.0.0.1: it answers the two documents computeAssessment sends
 * (BulletinsAssessedRegions, BulletinsRegionIndicators) from fixed data, and records what it was asked. The
 * real supergraph is assembled by the integrator; the end-to-end test through it lives with the gateway.
 */

export interface FakeRegion {
  code: string;
  /** reportingCompleteness(under: code).levels */
  levels: Array<{ level: string; expected: number; submittedOnTime: number }>;
  annualReports: Array<{
    status: string;
    late: boolean;
    firstSubmittedAt: string | null;
    validationIssues: Array<{ severity: string }>;
  }>;
  reportSummary: { urbanPersons: number; ruralPersons: number } | null;
  oversightStats: { findings: number; overdue: number; closedNotFixed: number } | null;
  complaintStats: { closed: number; closedOnTime: number; onTimeClosureRate: number | null } | null;
  accountabilityStats: { casesOpened: number; byStatus: Array<{ status: string; count: number }> } | null;
}

export interface FakeGateway {
  url: string;
  /** The data it answers from; tests change it between computations. */
  regions: Map<string, FakeRegion>;
  requests: Array<{ operationName: string | null; variables: Record<string, unknown>; authorization: string | null }>;
  /** When set, every request is answered with this GraphQL error. */
  failWith: { message: string; code: string } | null;
  close(): Promise<void>;
}

function operationNameOf(query: string): string | null {
  return /query\s+(\w+)/.exec(query)?.[1] ?? null;
}

export async function startFakeGateway(regions: FakeRegion[]): Promise<FakeGateway> {
  const state: Omit<FakeGateway, 'url' | 'close'> = {
    regions: new Map(regions.map((region) => [region.code, region])),
    requests: [],
    failWith: null,
  };
  const answer = (operationName: string | null, variables: Record<string, unknown>) => {
    if (operationName === 'BulletinsAssessedRegions') {
      const province = String(variables.province);
      return {
        region: {
          code: province,
          children: [...state.regions.keys()].map((code) => ({ code, level: 'PREFECTURE', children: [] })),
        },
      };
    }
    if (operationName === 'BulletinsRegionIndicators') {
      const region = state.regions.get(String(variables.code));
      if (!region) return { reportingCompleteness: null, region: null };
      const { levels, ...fields } = region;
      const annualReports = { edges: fields.annualReports.map((node) => ({ node })) };
      return { reportingCompleteness: { levels }, region: { ...fields, annualReports } };
    }
    throw new Error(`unexpected operation ${operationName}`);
  };
  const server: Server = createServer((request, response) => {
    let body = '';
    request.on('data', (chunk: Buffer) => (body += chunk.toString('utf8')));
    request.on('end', () => {
      const { query, variables } = JSON.parse(body) as { query: string; variables: Record<string, unknown> };
      const operationName = operationNameOf(query);
      state.requests.push({ operationName, variables, authorization: request.headers.authorization ?? null });
      response.setHeader('content-type', 'application/json');
      if (state.failWith) {
        response.end(
          JSON.stringify({ errors: [{ message: state.failWith.message, extensions: { code: state.failWith.code } }] }),
        );
        return;
      }
      response.end(JSON.stringify({ data: answer(operationName, variables) }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return Object.assign(state, {
    url: `http://127.0.0.1:${port}/graphql`,
    close: () => new Promise<void>((resolve, reject) => server.close((error) => (error ? reject(error) : resolve()))),
  });
}

/** A prefecture's answers, built from a few figures. */
export function fakePrefecture(
  code: string,
  figures: {
    countiesExpected: number;
    countiesOnTime: number;
    ownOnTime: boolean;
    validationIssues: number;
    persons: number;
    findings: number;
    overdue: number;
    closedNotFixed?: number;
    complaintsClosed: number;
    complaintsOnTime: number;
    casesOpened: number;
    casesDecided: number;
  },
): FakeRegion {
  return {
    code,
    levels: [{ level: 'COUNTY', expected: figures.countiesExpected, submittedOnTime: figures.countiesOnTime }],
    annualReports: [
      {
        status: 'SUBMITTED',
        late: !figures.ownOnTime,
        firstSubmittedAt: '2025-12-20T02:00:00.000Z',
        validationIssues: Array.from({ length: figures.validationIssues }, () => ({ severity: 'WARNING' })),
      },
    ],
    reportSummary: {
      urbanPersons: Math.floor(figures.persons / 4),
      ruralPersons: figures.persons - Math.floor(figures.persons / 4),
    },
    oversightStats: {
      findings: figures.findings,
      overdue: figures.overdue,
      closedNotFixed: figures.closedNotFixed ?? 0,
    },
    complaintStats: {
      closed: figures.complaintsClosed,
      closedOnTime: figures.complaintsOnTime,
      onTimeClosureRate: figures.complaintsClosed > 0 ? figures.complaintsOnTime / figures.complaintsClosed : null,
    },
    accountabilityStats: {
      casesOpened: figures.casesOpened,
      byStatus: [
        { status: 'OPENED', count: figures.casesOpened - figures.casesDecided },
        { status: 'DECIDED', count: figures.casesDecided },
      ],
    },
  };
}

/** Three prefectures: Xining does best on everything, Haidong worst, Haibei in between. */
export const threePrefectures = (): FakeRegion[] => [
  fakePrefecture('630100', {
    countiesExpected: 7,
    countiesOnTime: 7,
    ownOnTime: true,
    validationIssues: 0,
    persons: 40_000,
    findings: 8,
    overdue: 0,
    complaintsClosed: 50,
    complaintsOnTime: 50,
    casesOpened: 4,
    casesDecided: 4,
  }),
  fakePrefecture('630200', {
    countiesExpected: 6,
    countiesOnTime: 2,
    ownOnTime: false,
    validationIssues: 4,
    persons: 50_000,
    findings: 40,
    overdue: 20,
    complaintsClosed: 40,
    complaintsOnTime: 20,
    casesOpened: 4,
    casesDecided: 0,
  }),
  fakePrefecture('632200', {
    countiesExpected: 4,
    countiesOnTime: 3,
    ownOnTime: true,
    validationIssues: 2,
    persons: 10_000,
    findings: 6,
    overdue: 2,
    complaintsClosed: 0,
    complaintsOnTime: 0,
    casesOpened: 0,
    casesDecided: 0,
  }),
];
