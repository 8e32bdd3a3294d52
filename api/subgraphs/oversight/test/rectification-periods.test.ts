import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { putRuleVersion } from '../../../../test/support/rules.js';
import {
  findingInput,
  inspectionUnderWay,
  provinceInspectorA,
  RECORD,
  SET_PLAN,
  startOversightHarness,
  type OversightHarness,
} from './harness.js';

const DAY_MS = 86_400_000;

/** Datong County (630121) sets shorter default rectification periods from 1 October 2025. */
describe('default rectification periods by severity, from the rules in force', () => {
  let hub: OversightHarness;
  let inspectionId: string;

  beforeAll(async () => {
    hub = await startOversightHarness('oversight_rectification_periods');
    await putRuleVersion(hub.registry, {
      regionCode: '630121',
      effectiveFrom: '2025-10-01',
      settings: {
        rectificationDaysSevere: { value: 15, fixed: false },
        rectificationDaysMinor: { value: 45, fixed: false },
      },
    });
    inspectionId = await inspectionUnderWay(hub, ['630121', '630102']);
  });
  afterAll(async () => hub?.stop());

  const daysGiven = (finding: { deadline: string }, from: Date) =>
    (Date.parse(finding.deadline) - from.getTime()) / DAY_MS;

  it("gives a plan without a deadline the period of the finding's severity in its region on that day", async () => {
    hub.clock.now = new Date('2025-09-20T02:00:00Z');
    const before = await hub.ok(RECORD, provinceInspectorA, {
      input: findingInput(inspectionId, { measures: '全部资金发放到户。' }),
    });
    expect(daysGiven(before.recordFinding, hub.clock.now)).toBe(30); // the national baseline for SEVERE

    hub.clock.now = new Date('2025-10-02T02:00:00Z');
    const severe = await hub.ok(RECORD, provinceInspectorA, {
      input: findingInput(inspectionId, { measures: '全部资金发放到户。' }),
    });
    expect(daysGiven(severe.recordFinding, hub.clock.now)).toBe(15);
    const minor = await hub.ok(RECORD, provinceInspectorA, {
      input: findingInput(inspectionId, { measures: '补齐公示材料。', severity: 'MINOR' }),
    });
    expect(daysGiven(minor.recordFinding, hub.clock.now)).toBe(45);
    // Another county keeps the baseline; an explicit deadline is kept as given.
    const elsewhere = await hub.ok(RECORD, provinceInspectorA, {
      input: findingInput(inspectionId, {
        measures: '全部资金发放到户。',
        regionCode: '630102',
        responsibleAgencyId: '630102:GOVERNMENT',
      }),
    });
    expect(daysGiven(elsewhere.recordFinding, hub.clock.now)).toBe(30);
    const explicit = await hub.ok(RECORD, provinceInspectorA, {
      input: findingInput(inspectionId, { measures: '全部资金发放到户。', deadline: '2026-03-31T15:59:59Z' }),
    });
    expect(explicit.recordFinding.deadline).toBe('2026-03-31T15:59:59.000Z');

    // A plan set later without a deadline takes the period in force then.
    const unplanned = await hub.ok(RECORD, provinceInspectorA, {
      input: findingInput(inspectionId, { severity: 'MINOR' }),
    });
    expect(unplanned.recordFinding.deadline).toBeNull();
    const planned = await hub.ok(SET_PLAN, provinceInspectorA, {
      input: { findingId: unplanned.recordFinding.id, measures: '补齐公示材料。' },
    });
    expect(daysGiven(planned.setRectificationPlan, hub.clock.now)).toBe(45);
  });

  it('still refuses a deadline without measures', async () => {
    const refused = await hub.run(RECORD, provinceInspectorA, {
      input: findingInput(inspectionId, { deadline: '2026-03-31T15:59:59Z' }),
    });
    expect(refused.code).toBe('BAD_USER_INPUT');
  });
});
