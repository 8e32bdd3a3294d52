import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { totalStatements } from '@dibao/db';
import { startTestHub, type TestHub } from '../support/hub.js';

describe('oversight and complaints through the gateway', () => {
  let hub: TestHub;
  let province: string;

  beforeAll(async () => {
    hub = await startTestHub('e2e_oversight_complaints');
    province = await hub.token({ region: '630000', roles: ['VIEWER', 'INSPECTOR', 'COMPLAINT_HANDLER'] });
  });
  afterAll(async () => hub?.stop());

  it('joins registry, reporting, oversight and complaints for one prefecture', async () => {
    const response = await hub.query<{ region: any }>(
      `{ region(code: "630100") {
          name
          reportSummary(year: 2024) { reportsIncluded ruralPersons }
          oversightStats(year: 2025) { findings rectificationRate overdue byCategory { category findings } }
          complaintStats(year: 2025) { received byChannel { channel count } onTimeClosureRate }
          children {
            code name
            annualReports(year: 2024) { edges { node { status } } }
            findings(year: 2025) { edges { node { category status region { name } } } }
            complaints(year: 2025, first: 3) { totalCount edges { node { status region { name } } } }
          }
        } }`,
      {},
      province,
    );
    expect(response.errors).toBeUndefined();
    const region = response.data!.region;
    expect(region.name).toBe('西宁市');
    expect(region.reportSummary.reportsIncluded).toBeGreaterThan(0);
    expect(region.complaintStats.received).toBeGreaterThan(0);
    const datong = region.children.find((child: { code: string }) => child.code === '630121');
    expect(datong.name).toBe('大通回族土族自治县');
    expect(datong.annualReports.edges).toEqual([{ node: { status: 'ACCEPTED' } }]);
    // Story step 3: the equal-splitting finding in a Datong township, reported fixed, found not fixed, reopened.
    const story = datong.findings.edges
      .map((edge: { node: { category: string } }) => edge.node)
      .find((finding: { category: string }) => finding.category === 'EQUAL_SPLITTING');
    expect(story).toMatchObject({ status: 'RECTIFYING', region: { name: expect.stringMatching(/镇|乡/) } });
    expect(datong.complaints.totalCount).toBeGreaterThan(0);
    for (const edge of datong.complaints.edges) expect(edge.node.region.name).toBeTruthy();
  });

  it('keeps SQL statements flat across prefectures for findings and complaint counts', async () => {
    const query = `query($first: Int!) { regions(level: PREFECTURE, first: $first) { edges { node {
      children { findings { totalCount edges { node { status } } } complaints(first: 1) { totalCount } oversightStats(year: 2025) { findings } } } } } }`;
    const measure = async (first: number) => {
      const before = totalStatements();
      const response = await hub.query(query, { first }, province);
      expect(response.errors).toBeUndefined();
      return totalStatements() - before;
    };
    const few = await measure(1);
    expect(await measure(8)).toBe(few);
  });

  it('lets an anonymous caller follow a complaint with the receipt code only, rate limited', async () => {
    const handler = await hub.token({ subject: 'datong-hotline', region: '630121', roles: ['COMPLAINT_HANDLER'] });
    const received = await hub.query<{ receiveComplaint: { receiptCode: string; complaint: { id: string } } }>(
      `mutation($input: ReceiveComplaintInput!) { receiveComplaint(input: $input) { receiptCode complaint { id status } } }`,
      {
        input: {
          channel: 'HOTLINE',
          regionCode: '630121',
          category: 'EQUAL_SPLITTING',
          summary: '村里低保金平均分配给各户。',
          complainant: { name: '测试来电人', contact: '13800000000' },
        },
      },
      handler,
    );
    expect(received.errors).toBeUndefined();
    const { receiptCode } = received.data!.receiveComplaint;
    expect(receiptCode.replace(/\W/g, '').length).toBeGreaterThanOrEqual(20);

    const status = await hub.query(
      `query($code: String!) { complaintStatus(receiptCode: $code) { status messages { text } } }`,
      {
        code: receiptCode,
      },
    );
    expect(status.errors).toBeUndefined();
    expect(status.data).toEqual({ complaintStatus: { status: 'RECEIVED', messages: [] } });
    // Nothing about the complainant travels back, even to the handler who took the call.
    const handlerView = await hub.query(
      `query($id: ID!) { complaint(id: $id) { status } }`,
      { id: received.data!.receiveComplaint.complaint.id },
      handler,
    );
    expect(JSON.stringify(handlerView)).not.toMatch(/测试来电人|13800000000/);

    const wrong = await hub.query(`{ complaintStatus(receiptCode: "AAAA-BBBB-CCCC-DDDD-EEEE") { status } }`);
    expect(wrong.data).toEqual({ complaintStatus: null });

    let limited: Awaited<ReturnType<TestHub['query']>> | undefined;
    for (let attempt = 0; attempt < 100 && !limited; attempt += 1) {
      const response = await hub.query(`{ complaintStatus(receiptCode: "WRONG-${attempt}") { status } }`);
      if (response.errors?.length) limited = response;
    }
    expect(limited?.errors?.[0]?.extensions?.code).toBe('RATE_LIMITED');
    expect(limited?.errors?.[0]?.message).toMatch(/\/.+/);
  });
});
