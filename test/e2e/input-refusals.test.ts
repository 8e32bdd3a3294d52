import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestHub, type TestHub } from '../support/hub.js';

const REPORT_INCIDENT = `mutation($input: ReportIncidentInput!) { reportIncident(input: $input) { id } }`;
const incident = {
  regionCode: '630121',
  occurredAt: '2025-03-01T08:00:00.000Z',
  severity: 'MAJOR',
  category: 'FUND_SECURITY',
  title: '某镇低保资金被挪用',
  description: '经核查，某镇挪用低保资金。',
  causeAnalysis: '',
  rectificationMeasures: '',
};

describe('input is refused before the database, with the path of the value, through the gateway', () => {
  let hub: TestHub;
  let reporter: string;
  let provinceReviewer: string;

  beforeAll(async () => {
    hub = await startTestHub('e2e_input_refusals');
    reporter = await hub.token({ region: '630121', roles: ['REPORTER'] });
    provinceReviewer = await hub.token({ region: '630000', roles: ['REVIEWER'] });
  });
  afterAll(async () => {
    await hub?.stop();
  });

  const rows = async (table: string) =>
    Number((await hub.adminQuery<{ count: string }>(`SELECT count(*) FROM ${table}`))[0]!.count);

  function expectRefusal(
    response: Awaited<ReturnType<TestHub['query']>>,
    field: string,
    code = 'BAD_USER_INPUT',
  ): void {
    expect(response.status, JSON.stringify(response)).toBeLessThan(500);
    const error = response.errors?.[0];
    expect(error?.extensions?.code, JSON.stringify(response)).toBe(code);
    expect(error?.extensions?.field).toBe(field);
    const messages = error?.extensions?.messages as { en: string; zh: string };
    expect(messages.en.length).toBeGreaterThan(0);
    expect(messages.zh).toMatch(/[\u4e00-\u9fff]/);
  }

  it('refuses a year out of range and writes nothing', async () => {
    const before = await rows('reporting.deadline_exception');
    const response = await hub.query(
      `mutation { grantDeadlineException(regionCode: "630102", year: -5, until: "2022-01-31T00:00:00Z", reason: "雪灾影响") { until } }`,
      {},
      provinceReviewer,
    );
    expectRefusal(response, 'year');
    expect(response.data).toEqual({ grantDeadlineException: null });
    expect(await rows('reporting.deadline_exception')).toBe(before);
  });

  it.each([
    ['a NUL byte', { title: '火灾\u0000' }, 'input.title'],
    ['whitespace only', { title: '   ' }, 'input.title'],
    ['a lone surrogate', { description: '说明\ud800说明' }, 'input.description'],
    ['an escape sequence', { description: '\u001b[31m红色' }, 'input.description'],
    ['a date out of range', { occurredAt: '1899-12-31T00:00:00.000Z' }, 'input.occurredAt'],
    ['a too short title (class-validator), with the path from the argument', { title: '火' }, 'input.title'],
  ])('refuses %s in an incident with BAD_USER_INPUT', async (_label, change, field) => {
    const before = await rows('reporting.incident');
    const response = await hub.query(REPORT_INCIDENT, { input: { ...incident, ...change } }, reporter);
    expectRefusal(response, field);
    expect(await rows('reporting.incident')).toBe(before);
  });

  it('still accepts tabs and line breaks in text', async () => {
    const response = await hub.query<{ reportIncident: { id: string } }>(
      REPORT_INCIDENT,
      { input: { ...incident, description: '第一段\n\t第二段\r\n完' } },
      reporter,
    );
    expect(response.errors).toBeUndefined();
    expect(response.data?.reportIncident.id).toBeTruthy();
  });

  it('gives variable errors of the gateway a code and both languages', async () => {
    const wrongEnum = await hub.query(REPORT_INCIDENT, { input: { ...incident, severity: 'NOPE' } }, reporter);
    expect(wrongEnum.status).toBe(400);
    expectRefusal(wrongEnum, 'input');
    const overflow = await hub.query(
      `query($year: Int) { findings(under: "630121", year: $year) { totalCount } }`,
      { year: 2 ** 40 },
      reporter,
    );
    expectRefusal(overflow, 'year');
    const inline = await hub.query(`{ findings(under: "630121", year: 99999999999) { totalCount } }`, {}, reporter);
    expect(inline.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
  });
});
