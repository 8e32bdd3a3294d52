import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestHub, type TestHub } from '../support/hub.js';

const ORIGIN_TABLES = {
  FINDING: 'oversight.finding',
  COMPLAINT: 'complaints.complaint',
  INCIDENT: 'reporting.incident',
  INSPECTION: 'oversight.inspection',
} as const;

const OPEN = `mutation($input: OpenAccountabilityCaseInput!) { openAccountabilityCase(input: $input) {
  id origins { kind id finding { id region { code } } complaint { id } } } }`;
const LINK = `mutation($caseId: ID!, $kind: AccountabilityOriginKind!, $id: ID!) {
  linkCaseOrigin(caseId: $caseId, kind: $kind, id: $id) { id origins { kind id incident { id regionCode } } } }`;

const subject = {
  kind: 'OFFICIAL',
  name: '测试对象',
  position: '民政办主任',
  regionCode: '630121200',
  cadreLevel: 'COUNTY_MANAGED',
};

describe('accountability origins through the gateway', () => {
  let hub: TestHub;
  /** Reads across the subgraphs' schemas need the administrator: each subgraph's role sees its own only. */
  let db: { query: TestHub['adminQuery'] };
  let datongAdmin: string;
  let datongOfficer: string;
  beforeAll(async () => {
    hub = await startTestHub('e2e_accountability');
    db = { query: (sql, parameters) => hub.adminQuery(sql, parameters) };
    datongAdmin = await hub.token({ region: '630121', agency: 'DISCIPLINE_INSPECTION', roles: ['ADMIN'] });
    datongOfficer = await hub.token({
      region: '630121',
      agency: 'DISCIPLINE_INSPECTION',
      roles: ['DISCIPLINE_OFFICER'],
    });
  });
  afterAll(async () => hub?.stop());

  it("links every demo case's origins to a record its owning subgraph holds", async () => {
    const origins = (await db.query(`SELECT kind, origin_id AS id FROM accountability.case_origin`)) as Array<{
      kind: keyof typeof ORIGIN_TABLES;
      id: string;
    }>;
    expect(origins.length).toBeGreaterThan(40);
    expect(new Set(origins.map((origin) => origin.kind))).toEqual(new Set(Object.keys(ORIGIN_TABLES)));
    for (const [kind, table] of Object.entries(ORIGIN_TABLES)) {
      const ids = origins.filter((origin) => origin.kind === kind).map((origin) => origin.id);
      const [{ n }] = (await db.query(`SELECT count(*)::int AS n FROM ${table} WHERE id::text = ANY($1)`, [ids])) as [
        { n: number },
      ];
      expect(n, kind).toBe(new Set(ids).size);
    }
  });

  it('opens the origins of a case as the records themselves', async () => {
    const response = await hub.query<{ accountabilityCases: { edges: Array<{ node: any }> } }>(
      `{ accountabilityCases(under: "630121", first: 100) { edges { node { disclosure
          origins { kind id finding { id regionCode: region { code } category } complaint { id regionCode }
            incident { id regionCode } inspection { id } } } } } }`,
      {},
      datongAdmin,
    );
    expect(response.errors).toBeUndefined();
    const origins = response.data!.accountabilityCases.edges.flatMap((edge) => edge.node.origins ?? []);
    expect(origins.length).toBeGreaterThan(0);
    for (const origin of origins) {
      const record = origin[origin.kind.toLowerCase()];
      expect(record?.id, `${origin.kind} ${origin.id}`).toBe(origin.id);
      if (record.regionCode) expect(record.regionCode.startsWith('630121')).toBe(true);
    }
  });

  it('links only records that exist and that the caller may read', async () => {
    const ids = async (sql: string) => ((await db.query(sql)) as Array<{ id: string }>).map((row) => row.id);
    const [datongFinding] = await ids(`SELECT id FROM oversight.finding WHERE region_code LIKE '630121%' LIMIT 1`);
    const [otherFinding] = await ids(`SELECT id FROM oversight.finding WHERE region_code LIKE '630102%' LIMIT 1`);
    const [datongIncident] = await ids(`SELECT id FROM reporting.incident WHERE region_code LIKE '630121%' LIMIT 1`);
    const [datongComplaint] = await ids(`SELECT id FROM complaints.complaint WHERE region_code LIKE '630121%' LIMIT 1`);
    const input = (origins: unknown[]) => ({
      input: { subject, violation: 'NEGLECT_OF_DUTY', facts: '审核把关不严。', openedOn: '2025-11-01', origins },
    });

    const opened = await hub.query<{ openAccountabilityCase: any }>(
      OPEN,
      input([
        { kind: 'FINDING', id: datongFinding },
        { kind: 'COMPLAINT', id: datongComplaint },
      ]),
      datongAdmin,
    );
    expect(opened.errors).toBeUndefined();
    expect(opened.data!.openAccountabilityCase.origins).toEqual([
      {
        kind: 'FINDING',
        id: datongFinding,
        finding: { id: datongFinding, region: { code: expect.any(String) } },
        complaint: null,
      },
      { kind: 'COMPLAINT', id: datongComplaint, finding: null, complaint: { id: datongComplaint } },
    ]);
    const caseId = opened.data!.openAccountabilityCase.id as string;
    const count = async () =>
      ((await db.query(`SELECT count(*)::int AS n FROM accountability.accountability_case`)) as [{ n: number }])[0].n;
    const before = await count();

    // Outside the caller's scope, made up, or of another kind: as if it did not exist; nothing opened.
    for (const origin of [
      { kind: 'FINDING', id: otherFinding },
      { kind: 'FINDING', id: '00000000-0000-4000-8000-000000000000' },
      { kind: 'INCIDENT', id: datongFinding },
      { kind: 'INSPECTION', id: 'no-such-inspection' },
    ]) {
      const refused = await hub.query(OPEN, input([origin]), datongAdmin);
      expect(refused.errors?.[0]?.extensions?.code, JSON.stringify(origin)).toBe('NOT_FOUND');
    }
    // A discipline officer without the complaint handler's role may not read complaints, so cannot link one.
    const complaintRefused = await hub.query(OPEN, input([{ kind: 'COMPLAINT', id: datongComplaint }]), datongOfficer);
    expect(complaintRefused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(await count()).toBe(before);

    // Linking: a real incident once, audited once; a made-up one refused and not linked.
    const linked = await hub.query<{ linkCaseOrigin: any }>(
      LINK,
      { caseId, kind: 'INCIDENT', id: datongIncident },
      datongOfficer,
    );
    expect(linked.errors).toBeUndefined();
    expect(linked.data!.linkCaseOrigin.origins.at(-1)).toEqual({
      kind: 'INCIDENT',
      id: datongIncident,
      incident: { id: datongIncident, regionCode: expect.stringMatching(/^630121/) },
    });
    const again = await hub.query(LINK, { caseId, kind: 'INCIDENT', id: datongIncident }, datongOfficer);
    expect(again.errors).toBeUndefined();
    const made = await hub.query(LINK, { caseId, kind: 'FINDING', id: otherFinding }, datongOfficer);
    expect(made.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    const links = (await db.query(`SELECT kind FROM accountability.case_origin WHERE case_id = $1 ORDER BY kind`, [
      caseId,
    ])) as Array<{ kind: string }>;
    expect(links.map((row) => row.kind)).toEqual(['COMPLAINT', 'FINDING', 'INCIDENT']);
    const [{ n }] = (await db.query(
      `SELECT count(*)::int AS n FROM accountability.audit_record WHERE entity_id = $1 AND action = 'LINK_ORIGIN'`,
      [caseId],
    )) as [{ n: number }];
    expect(n).toBe(1);
  });

  it("keeps a case's file from a finance viewer of Xining through the gateway", async () => {
    const viewer = await hub.token({ region: '630100', agency: 'FINANCE', roles: ['VIEWER'] });
    const response = await hub.query<{ accountabilityCases: { totalCount: number; edges: Array<{ node: any }> } }>(
      `{ accountabilityCases(under: "630121", first: 100) { totalCount edges { node {
          disclosure status managingRegion { code } subjectName facts origins { id }
          decision { summary sanctions { sanction } } } } } }`,
      {},
      viewer,
    );
    expect(response.errors).toBeUndefined();
    const nodes = response.data!.accountabilityCases.edges.map((edge) => edge.node);
    expect(nodes.length).toBe(response.data!.accountabilityCases.totalCount);
    expect(nodes.length).toBeGreaterThan(0);
    // Xining's finance bureau sits in Xining's joint meeting: it follows up the cases Xining manages (市管).
    const countyManaged = nodes.filter((node) => node.managingRegion.code === '630121');
    expect(countyManaged.length).toBeGreaterThan(0);
    for (const node of nodes.filter((item) => item.managingRegion.code === '630100')) {
      expect(node.disclosure).toBe('FULL');
    }
    for (const node of countyManaged) {
      expect(node).toMatchObject({ disclosure: 'SUMMARY', subjectName: null, facts: null, origins: null });
      if (node.status !== 'CLOSED') expect(node.decision).toBeNull();
      else expect(node.decision.summary).toBeNull();
    }
  });
});
