import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { shanghaiDate } from '@dibao/domain';
import { startTestHub, type TestHub } from '../support/hub.js';

/*
 * Implementing rules through the gateway, on the Qinghai demo: the province fixes the limits (2021), Xining
 * shortens the time to conclude a complaint to 45 days and Datong County its acknowledgement to 2 days (2026).
 */
const RULES = `query($code: ID!, $on: LocalDate) { region(code: $code) { rules(on: $on) {
  regionCode on ownVersion { version basis { documentNumber title date } adoptedByAgency }
  rules { key value fixed own source { regionCode version } label { zh en } } } } }`;

const ADOPT = `mutation($input: AdoptRuleVersionInput!) { adoptRuleVersion(input: $input) {
  id regionCode version effectiveFrom basis { documentNumber } adoptedByAgency settings { key value fixed } } }`;

const DAY_MS = 86_400_000;

describe('local implementing rules through the gateway', () => {
  let hub: TestHub;
  const today = shanghaiDate(new Date());
  const tomorrow = shanghaiDate(new Date(Date.now() + DAY_MS));

  beforeAll(async () => {
    hub = await startTestHub('e2e_local_rules');
  });
  afterAll(async () => hub?.stop());

  const rulesOf = async (code: string, on?: string) => {
    const response = await hub.query<{
      region: {
        rules: {
          ownVersion: { version: number; basis: { documentNumber: string } } | null;
          rules: Array<{
            key: string;
            value: string;
            fixed: boolean;
            own: boolean;
            source: { regionCode: string | null };
          }>;
        };
      };
    }>(RULES, { code, on });
    expect(response.errors).toBeUndefined();
    const rules = response.data!.region.rules;
    return { ...rules, byKey: Object.fromEntries(rules.rules.map((rule) => [rule.key, rule])) };
  };

  const adoption = (regionCode: string, effectiveFrom: string, settings: Array<Record<string, unknown>>) => ({
    input: {
      regionCode,
      effectiveFrom,
      documentNumber: '城民发〔2026〕7号',
      title: '城东区最低生活保障投诉举报办理规定',
      documentDate: today,
      settings,
    },
  });

  it('answers anyone the rules in force on a day, each with where it comes from', async () => {
    const before = await rulesOf('630121', '2025-06-01');
    expect(before.ownVersion).toBeNull();
    expect(before.byKey.complaintAcknowledgeDays).toMatchObject({
      value: '3',
      own: false,
      source: { regionCode: '630000' },
    });
    expect(before.byKey.complaintConcludeDays).toMatchObject({
      value: '60',
      fixed: true,
      source: { regionCode: '630000' },
    });

    const after = await rulesOf('630121', '2026-06-01');
    expect(after.ownVersion).toMatchObject({ version: 1, basis: { documentNumber: '大民发〔2025〕19号' } });
    expect(after.byKey.complaintAcknowledgeDays).toMatchObject({
      value: '2',
      own: true,
      source: { regionCode: '630121' },
    });
    expect(after.byKey.complaintConcludeDays).toMatchObject({ value: '45', source: { regionCode: '630100' } });
    // Another prefecture's county keeps the province's rules.
    expect((await rulesOf('630202', '2026-06-01')).byKey.complaintConcludeDays).toMatchObject({
      value: '60',
      source: { regionCode: '630000' },
    });

    const history = await hub.query<{ region: { ruleHistory: Array<{ version: number; effectiveFrom: string }> } }>(
      `{ region(code: "630000") { ruleHistory { version effectiveFrom basis { documentNumber title date } } } }`,
    );
    expect(history.data?.region.ruleHistory).toEqual([
      {
        version: 1,
        effectiveFrom: '2021-01-01',
        basis: {
          documentNumber: '青民发〔2020〕86号',
          title: '青海省城乡最低生活保障监督检查和问责实施办法',
          date: '2020-12-18',
        },
      },
    ]);
  });

  it('lets only an ADMIN of civil affairs of the region or above adopt, audited', async () => {
    const settings = [{ key: 'complaintConcludeDays', value: '30' }];
    const cases: Array<[string | undefined, string]> = [
      [undefined, 'UNAUTHENTICATED'],
      [await hub.token({ region: '630102', agency: 'CIVIL_AFFAIRS', roles: ['REVIEWER'] }), 'FORBIDDEN'],
      [await hub.token({ region: '630102', agency: 'FINANCE', roles: ['ADMIN'] }), 'FORBIDDEN'],
      [await hub.token({ region: '630121', agency: 'CIVIL_AFFAIRS', roles: ['ADMIN'] }), 'FORBIDDEN'],
      [await hub.token({ region: '630200', agency: 'CIVIL_AFFAIRS', roles: ['ADMIN'] }), 'FORBIDDEN'],
    ];
    for (const [token, code] of cases) {
      const refused = await hub.query(ADOPT, adoption('630102', today, settings), token);
      expect(refused.errors?.[0]?.extensions?.code).toBe(code);
    }
    const none = await hub.adminQuery<{ n: number }>(
      `SELECT count(*)::int AS n FROM registry.rule_version WHERE region_code = '630102'`,
    );
    expect(none).toEqual([{ n: 0 }]);

    // Xining's civil affairs ADMIN adopts for one of its districts, from today: stricter than Xining's 45 days.
    const xiningAdmin = await hub.token({
      subject: 'xining-admin',
      region: '630100',
      agency: 'CIVIL_AFFAIRS',
      roles: ['ADMIN'],
    });
    const adopted = await hub.query<{ adoptRuleVersion: Record<string, unknown> }>(
      ADOPT,
      adoption('630102', today, settings),
      xiningAdmin,
    );
    expect(adopted.errors).toBeUndefined();
    expect(adopted.data?.adoptRuleVersion).toMatchObject({
      regionCode: '630102',
      version: 1,
      effectiveFrom: today,
      adoptedByAgency: '630100:CIVIL_AFFAIRS',
      settings: [{ key: 'complaintConcludeDays', value: '30', fixed: false }],
    });
    const audit = await hub.adminQuery<{ action: string; actor: { subject: string } }>(
      `SELECT action, actor FROM registry.audit_record WHERE entity_type = 'RuleVersion' AND entity_id = $1`,
      [adopted.data?.adoptRuleVersion.id],
    );
    expect(audit).toEqual([
      expect.objectContaining({ action: 'ADOPT', actor: expect.objectContaining({ subject: 'xining-admin' }) }),
    ]);
    expect((await rulesOf('630102')).byKey.complaintConcludeDays).toMatchObject({
      value: '30',
      own: true,
      fixed: true,
    });
  });

  it('refuses a value looser than a bound fixed above, a past date and a bad value, writing nothing', async () => {
    const admin = await hub.token({ region: '630102', agency: 'CIVIL_AFFAIRS', roles: ['ADMIN'] });
    const count = async () =>
      (await hub.adminQuery<{ n: number }>(`SELECT count(*)::int AS n FROM registry.rule_version`))[0]!.n;
    const before = await count();

    const looser = await hub.query(
      ADOPT,
      adoption('630102', tomorrow, [{ key: 'complaintConcludeDays', value: '50' }]),
      admin,
    );
    expect(looser.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      reason: 'RULE_LOOSER_THAN_ABOVE',
      problems: [expect.objectContaining({ key: 'complaintConcludeDays' })],
    });
    expect(looser.errors?.[0]?.message).toMatch(/630100/);

    const past = await hub.query(
      ADOPT,
      adoption('630102', '2025-01-01', [{ key: 'complaintConcludeDays', value: '20' }]),
      admin,
    );
    expect(past.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.effectiveFrom' });
    const sameDay = await hub.query(
      ADOPT,
      adoption('630102', today, [{ key: 'complaintConcludeDays', value: '20' }]),
      admin,
    );
    expect(sameDay.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.effectiveFrom' });
    const bad = await hub.query(
      ADOPT,
      adoption('630102', tomorrow, [{ key: 'rewardsOffered', value: 'maybe' }]),
      admin,
    );
    expect(bad.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.settings' });
    expect(await count()).toBe(before);

    // Tightening from tomorrow is allowed, by the district's own department; today's value stays in force.
    const tighter = await hub.query(
      ADOPT,
      adoption('630102', tomorrow, [{ key: 'complaintConcludeDays', value: '20' }]),
      admin,
    );
    expect(tighter.errors).toBeUndefined();
    expect((await rulesOf('630102', today)).byKey.complaintConcludeDays?.value).toBe('30');
    expect((await rulesOf('630102', tomorrow)).byKey.complaintConcludeDays?.value).toBe('20');
  });

  it("carries the monitoring rules' thresholds in the same rule set, from the one place they are set", async () => {
    const query = `{ region(code: "630121") { rules { regionCode monitoringThresholds { rule parameters setBy } } } }`;
    // Not public: the rest of the rule set still answers an anonymous reader.
    const anonymous = await hub.query<{ region: { rules: { regionCode: string; monitoringThresholds: unknown } } }>(
      query,
    );
    expect(anonymous.data?.region.rules).toEqual({ regionCode: '630121', monitoringThresholds: null });
    expect(anonymous.errors?.[0]).toMatchObject({
      path: ['region', 'rules', 'monitoringThresholds'],
      extensions: { code: 'UNAUTHENTICATED' },
    });
    // Adopted like any rule, with its legal basis, from tomorrow: today's thresholds stay as they were.
    const xiningAdmin = await hub.token({ region: '630100', agency: 'CIVIL_AFFAIRS', roles: ['ADMIN'] });
    const loose = await hub.query(
      ADOPT,
      adoption('630100', tomorrow, [{ key: 'monitoring.EQUAL_SPLITTING.share', value: '1.5' }]),
      xiningAdmin,
    );
    expect(loose.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT' });
    const set = await hub.query<{ adoptRuleVersion: { settings: Array<{ key: string }> } }>(
      ADOPT,
      adoption('630100', tomorrow, [
        { key: 'complaintConcludeDays', value: '45' },
        { key: 'monitoring.EQUAL_SPLITTING.share', value: '0.7' },
      ]),
      xiningAdmin,
    );
    expect(set.errors).toBeUndefined();
    // The version's published settings leave the threshold out: only alert readers see it.
    expect(set.data?.adoptRuleVersion.settings.map((setting) => setting.key)).toEqual(['complaintConcludeDays']);
    const thresholdsOn = async (on: string, bearer?: string) => {
      const read = await hub.query<{
        region: {
          rules: {
            rules: Array<{ key: string }>;
            monitoringThresholds: Array<{ rule: string; parameters: string; setBy: string | null }>;
          };
        };
      }>(
        `query($on: LocalDate) { region(code: "630121") { rules(on: $on) { rules { key } monitoringThresholds { rule parameters setBy } } } }`,
        { on },
        bearer,
      );
      expect(read.errors).toBeUndefined();
      expect(read.data?.region.rules.rules.some((rule) => rule.key.startsWith('monitoring.'))).toBe(false);
      return read.data?.region.rules.monitoringThresholds.find((entry) => entry.rule === 'EQUAL_SPLITTING');
    };
    const before = await thresholdsOn(today, xiningAdmin);
    expect(JSON.parse(before?.parameters ?? '{}')).toMatchObject({ share: 0.6 });
    const after = await thresholdsOn(tomorrow, xiningAdmin);
    // Datong County (630121) inherits its prefecture's value.
    expect(after?.setBy).toBe('630100');
    expect(JSON.parse(after?.parameters ?? '{}')).toMatchObject({ share: 0.7 });
  });

  it("stamps a complaint's deadlines from the rules in force for its region on the day received", async () => {
    const receive = async (regionCode: string) => {
      const handler = await hub.token({ region: regionCode, roles: ['COMPLAINT_HANDLER'] });
      const received = await hub.query<{
        receiveComplaint: { complaint: { receivedAt: string; concludeDeadline: string } };
      }>(
        `mutation($input: ReceiveComplaintInput!) { receiveComplaint(input: $input) {
          complaint { receivedAt concludeDeadline } } }`,
        {
          input: { channel: 'HOTLINE', regionCode, category: 'EQUAL_SPLITTING', summary: '村里低保金平均分配给各户。' },
        },
        handler,
      );
      expect(received.errors).toBeUndefined();
      const { receivedAt, concludeDeadline } = received.data!.receiveComplaint.complaint;
      return (Date.parse(concludeDeadline) - Date.parse(receivedAt)) / DAY_MS;
    };
    expect(await receive('630102')).toBe(30); // the district's own rule from today
    expect(await receive('630103')).toBe(45); // Xining's
    expect(await receive('630202')).toBe(60); // the province's
  });
});
