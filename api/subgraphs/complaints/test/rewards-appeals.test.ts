import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { putRuleVersion } from '../../../../test/support/rules.js';
import { complaintRewardFen, DEFAULT_COMPLAINT_REWARD_RULE } from '@dibao/domain';
import {
  assigned,
  cast,
  closed,
  CONCLUDE,
  designateOfficers,
  principal,
  START,
  startComplaintsHarness,
  STATUS,
  type ComplaintsHarness,
} from './harness.js';

const DECIDE = `mutation($id: ID!) { decideReward(complaintId: $id) { id amountFen status decidedBy rule { baseFen shareBasisPoints capFen } } }`;
const APPROVE = `mutation($id: ID!) { approveReward(rewardId: $id) { id status approvedBy } }`;
const REJECT = `mutation($id: ID!) { rejectReward(rewardId: $id, reason: "线索此前已掌握") { id status rejectionReason } }`;
const PAY = `mutation($id: ID!, $ref: String!) { recordRewardPayment(rewardId: $id, reference: $ref) { id status paymentReference paidAt } }`;
const CLAIM = `mutation($code: String!) { claimReward(receiptCode: $code) { status amountFen claimInstructions } }`;
const RATE = `mutation($code: String!, $satisfied: Boolean!) { rateComplaintHandling(receiptCode: $code, satisfied: $satisfied, comment: "核查没有入户") { satisfied appealOpened } }`;
const DECIDE_APPEAL = `mutation($id: ID!, $outcome: ComplaintAppealOutcome!) { decideComplaintAppeal(appealId: $id, outcome: $outcome, reason: "经复查，原核查未入户走访") { id status reviewRegion { code } complaint { id status conclusion } } }`;

describe('rewarded tip-offs', () => {
  let hub: ComplaintsHarness;
  beforeAll(async () => {
    hub = await startComplaintsHarness('complaints_rewards');
    await designateOfficers(hub);
  });
  afterAll(async () => hub?.stop());

  it('computes the amount by the rule: base plus share, capped, half when partly substantiated', () => {
    const rule = DEFAULT_COMPLAINT_REWARD_RULE;
    expect(complaintRewardFen(rule, 'SUBSTANTIATED', 0)).toBe(20_000);
    expect(complaintRewardFen(rule, 'SUBSTANTIATED', 1_000_000)).toBe(70_000);
    expect(complaintRewardFen(rule, 'SUBSTANTIATED', 18_640_000)).toBe(500_000);
    expect(complaintRewardFen(rule, 'PARTLY_SUBSTANTIATED', 1_000_000)).toBe(35_000);
    expect(complaintRewardFen(rule, 'PARTLY_SUBSTANTIATED', 99_999_999)).toBe(250_000);
    expect(complaintRewardFen(rule, 'UNSUBSTANTIATED', 1_000_000)).toBeNull();
    expect(complaintRewardFen({ baseFen: 0, shareBasisPoints: 333, capFen: 10_000 }, 'SUBSTANTIATED', 1001)).toBe(33);
  });

  it('goes decided → approved by someone else → paid → claimed with the receipt code, never showing who called', async () => {
    const complaint = await closed(hub, 'SUBSTANTIATED', 18_640_000, {
      rewardOptIn: true,
      complainant: { name: '韩梅', contact: '13500001111' },
    });
    const officer = cast.townshipOfficer;
    expect((await hub.run(DECIDE, cast.countyDuty, { id: complaint.id })).code).toBe('FORBIDDEN');
    const decided = await hub.run(DECIDE, officer, { id: complaint.id });
    expect(decided.data?.decideReward).toMatchObject({
      amountFen: 500_000,
      status: 'DECIDED',
      decidedBy: 'taer-petition-officer',
      rule: DEFAULT_COMPLAINT_REWARD_RULE,
    });
    const rewardId = decided.data?.decideReward.id as string;
    expect((await hub.run(DECIDE, officer, { id: complaint.id })).code).toBe('CONFLICT');
    expect((await hub.run(CLAIM, null, { code: complaint.receiptCode })).data?.claimReward).toEqual({
      status: 'DECIDED',
      amountFen: 500_000,
      claimInstructions: null,
    });

    // Approval: an ADMIN of civil affairs in scope, not the decider; a finance ADMIN cannot approve.
    expect((await hub.run(APPROVE, cast.townshipOfficer, { id: rewardId })).code).toBe('FORBIDDEN');
    expect((await hub.run(APPROVE, cast.datongFinance, { id: rewardId })).code).toBe('FORBIDDEN');
    expect((await hub.run(APPROVE, principal('630102', ['ADMIN'], 'chengdong-director'), { id: rewardId })).code).toBe(
      'NOT_FOUND',
    );
    expect((await hub.run(PAY, cast.countyDirector, { id: rewardId, ref: 'QHMZ-JB-2025-0001' })).code).toBe('CONFLICT');
    const approved = await hub.run(APPROVE, cast.countyDirector, { id: rewardId });
    expect(approved.data?.approveReward).toEqual({ id: rewardId, status: 'APPROVED', approvedBy: 'datong-director' });
    expect((await hub.run(APPROVE, cast.countyDirector, { id: rewardId })).code).toBe('CONFLICT');
    // The approver sees the amount and the complaint, never the identity.
    const approverView = await hub.run(
      `{ complaintRewards(under: "630121", status: APPROVED) { edges { node { amountFen complaint { id summary identity { name } } } } } }`,
      cast.countyDirector,
    );
    expect(approverView.code).toBe('FORBIDDEN');
    expect(approverView.errors?.[0]?.path).toEqual(['complaintRewards', 'edges', 0, 'node', 'complaint', 'identity']);
    expect(approverView.data?.complaintRewards.edges[0].node).toMatchObject({
      amountFen: 500_000,
      complaint: { id: complaint.id, identity: null },
    });

    expect((await hub.run(PAY, cast.datongFinance, { id: rewardId, ref: 'x' })).code).toBe('BAD_USER_INPUT');
    const paid = await hub.run(PAY, cast.datongFinance, { id: rewardId, ref: 'QHMZ-JB-2025-0001' });
    expect(paid.data?.recordRewardPayment).toMatchObject({ status: 'PAID', paymentReference: 'QHMZ-JB-2025-0001' });
    const claim = await hub.run(CLAIM, null, { code: complaint.receiptCode });
    expect(claim.data?.claimReward).toMatchObject({ status: 'PAID', amountFen: 500_000 });
    expect(claim.data?.claimReward.claimInstructions).toContain('QHMZ-JB-2025-0001');
    const claims = await hub.dataSource.query(
      `SELECT actor FROM audit_record WHERE entity_type = 'ComplaintReward' AND action = 'CLAIM'`,
    );
    expect(claims).toEqual([{ actor: { kind: 'system', subject: 'complainant-with-receipt-code' } }]);
    await hub.run(CLAIM, null, { code: complaint.receiptCode });
    expect(await hub.count(`SELECT count(*)::int AS n FROM audit_record WHERE action = 'CLAIM'`)).toBe(1);
    expect((await hub.run(CLAIM, null, { code: 'AAAAA-AAAAA-AAAAA-AAAAA-AAAAA' })).data?.claimReward).toBeNull();
  });

  it('gives half for partly substantiated, nothing for unsubstantiated or without opt-in, and can be rejected', async () => {
    const partly = await closed(hub, 'PARTLY_SUBSTANTIATED', 1_000_000, { rewardOptIn: true });
    const decided = await hub.run(DECIDE, cast.townshipOfficer, { id: partly.id });
    expect(decided.data?.decideReward.amountFen).toBe(35_000);
    const rejected = await hub.run(REJECT, cast.countyDirector, { id: decided.data?.decideReward.id });
    expect(rejected.data?.rejectReward).toMatchObject({ status: 'REJECTED', rejectionReason: '线索此前已掌握' });

    const unfounded = await closed(hub, 'UNSUBSTANTIATED', 0, { rewardOptIn: true });
    expect((await hub.run(DECIDE, cast.townshipOfficer, { id: unfounded.id })).code).toBe('CONFLICT');
    const notAsked = await closed(hub, 'SUBSTANTIATED', 1_000_000, { rewardOptIn: false });
    expect((await hub.run(DECIDE, cast.townshipOfficer, { id: notAsked.id })).code).toBe('CONFLICT');
    const open = await assigned(hub, { rewardOptIn: true });
    expect((await hub.run(DECIDE, cast.townshipOfficer, { id: open.id })).code).toBe('CONFLICT');
  });

  it("uses the reward rule of the complaint's region, and none where rewards are not offered", async () => {
    const generous = await startComplaintsHarness('complaints_reward_rule');
    try {
      await putRuleVersion(generous.registry, {
        regionCode: '630000',
        effectiveFrom: '2021-01-01',
        settings: {
          rewardBaseFen: { value: 50_000, fixed: false },
          rewardShareBasisPoints: { value: 1000, fixed: false },
          rewardCapFen: { value: 1_000_000, fixed: false },
        },
      });
      await designateOfficers(generous);
      const complaint = await closed(generous, 'SUBSTANTIATED', 2_000_000, { rewardOptIn: true });
      const decided = await generous.run(DECIDE, cast.townshipOfficer, { id: complaint.id });
      expect(decided.data?.decideReward.amountFen).toBe(250_000);
      // From a later day the province offers no rewards: a complaint concluded then earns none.
      await putRuleVersion(generous.registry, {
        regionCode: '630000',
        version: 2,
        effectiveFrom: '2026-01-01',
        settings: { rewardsOffered: { value: false, fixed: false } },
      });
      const later = await closed(generous, 'SUBSTANTIATED', 2_000_000, { rewardOptIn: true });
      generous.clock.now = new Date('2026-01-02T02:00:00Z');
      const refused = await generous.run(DECIDE, cast.townshipOfficer, { id: later.id });
      expect(refused.code).toBe('CONFLICT');
      expect(refused.errors?.[0]?.message).toMatch(/offers no rewards/);
    } finally {
      await generous.stop();
    }
  });
});

describe('rating and review by the level above', () => {
  let hub: ComplaintsHarness;
  beforeAll(async () => {
    hub = await startComplaintsHarness('complaints_appeals');
    await designateOfficers(hub);
  });
  afterAll(async () => hub?.stop());

  it('takes one rating per closure, only once closed; satisfied opens nothing', async () => {
    const open = await assigned(hub);
    expect((await hub.run(RATE, null, { code: open.receiptCode, satisfied: true })).code).toBe('CONFLICT');
    const done = await closed(hub);
    expect(
      (await hub.run(RATE, null, { code: done.receiptCode, satisfied: true })).data?.rateComplaintHandling,
    ).toEqual({
      satisfied: true,
      appealOpened: false,
    });
    expect((await hub.run(RATE, null, { code: done.receiptCode, satisfied: false })).code).toBe('CONFLICT');
    expect(
      (await hub.run(RATE, null, { code: 'AAAAA-AAAAA-AAAAA-AAAAA-AAAAA', satisfied: false })).data
        ?.rateComplaintHandling,
    ).toBeNull();
  });

  it('opens a review by the parent of the handling region; UPHELD keeps the closure', async () => {
    const done = await closed(hub);
    expect(
      (await hub.run(RATE, null, { code: done.receiptCode, satisfied: false })).data?.rateComplaintHandling
        .appealOpened,
    ).toBe(true);
    // The township handled it: Datong County reviews.
    const toReview = await hub.run(
      `{ complaintAppealsToReview { edges { node { id complaintId reviewRegion { code } status } } } }`,
      cast.countyDuty,
    );
    const appeal = toReview.data?.complaintAppealsToReview.edges
      .map((edge: { node: { complaintId: string } }) => edge.node)
      .find((a: { complaintId: string }) => a.complaintId === done.id);
    expect(appeal).toMatchObject({ reviewRegion: { code: '630121' }, status: 'OPEN' });
    expect(
      (await hub.run(`{ complaintAppealsToReview { edges { node { id } } } }`, cast.townshipOfficer)).data
        ?.complaintAppealsToReview.edges,
    ).toEqual([]);
    expect((await hub.run(DECIDE_APPEAL, cast.townshipOfficer, { id: appeal.id, outcome: 'OVERTURNED' })).code).toBe(
      'NOT_FOUND',
    );
    expect((await hub.run(DECIDE_APPEAL, cast.xiningHandler, { id: appeal.id, outcome: 'OVERTURNED' })).code).toBe(
      'FORBIDDEN',
    );
    const upheld = await hub.run(DECIDE_APPEAL, cast.countyDuty, { id: appeal.id, outcome: 'UPHELD' });
    expect(upheld.data?.decideComplaintAppeal).toMatchObject({ status: 'UPHELD', complaint: { status: 'CLOSED' } });
    expect((await hub.run(DECIDE_APPEAL, cast.countyDuty, { id: appeal.id, outcome: 'OVERTURNED' })).code).toBe(
      'CONFLICT',
    );
  });

  it('reopens the complaint for a new investigation when OVERTURNED, then rates the next closure again', async () => {
    const done = await closed(hub, 'UNSUBSTANTIATED', 0);
    await hub.run(RATE, null, { code: done.receiptCode, satisfied: false });
    const [appeal] = await hub.dataSource.query(`SELECT id FROM complaint_appeal WHERE complaint_id = $1`, [done.id]);
    const overturned = await hub.run(DECIDE_APPEAL, cast.countyOfficer, { id: appeal.id, outcome: 'OVERTURNED' });
    expect(overturned.data?.decideComplaintAppeal).toMatchObject({
      status: 'OVERTURNED',
      complaint: { id: done.id, status: 'INVESTIGATING', conclusion: null },
    });
    expect((await hub.run(STATUS, null, { code: done.receiptCode })).data?.complaintStatus).toMatchObject({
      status: 'INVESTIGATING',
      publicFeedback: null,
    });
    const officer = cast.townshipOfficer;
    await hub.run(CONCLUDE, officer, {
      input: {
        complaintId: done.id,
        conclusion: 'PARTLY_SUBSTANTIATED',
        findings: '重新入户核查，部分属实。',
        amountInvolvedFen: 50_000,
      },
    });
    await hub.run(
      `mutation($id: ID!) { closeComplaint(complaintId: $id, publicFeedback: "经重新核查，部分属实，已整改。") { status } }`,
      officer,
      {
        id: done.id,
      },
    );
    expect(
      (await hub.run(RATE, null, { code: done.receiptCode, satisfied: true })).data?.rateComplaintHandling.satisfied,
    ).toBe(true);
    const read = await hub.run(
      `query($id: ID!) { complaint(id: $id) { status conclusion ratings { closureRound satisfied comment } appeals { status closureRound } } }`,
      officer,
      { id: done.id },
    );
    expect(read.data?.complaint).toEqual({
      status: 'CLOSED',
      conclusion: 'PARTLY_SUBSTANTIATED',
      ratings: [
        { closureRound: 1, satisfied: false, comment: '核查没有入户' },
        { closureRound: 2, satisfied: true, comment: '核查没有入户' },
      ],
      appeals: [{ status: 'OVERTURNED', closureRound: 1 }],
    });
    expect((await hub.run(START, officer, { id: done.id })).code).toBe('CONFLICT');
  });

  it("sends the review of a county's own handling to its prefecture", async () => {
    // The county officer handles a county-level complaint; Xining reviews, and the owner cannot.
    const own = await hub.run(
      `mutation($input: ReceiveComplaintInput!) { receiveComplaint(input: $input) { receiptCode complaint { id } } }`,
      cast.countyOfficer,
      {
        input: {
          channel: 'LETTER_VISIT',
          regionCode: '630121',
          category: 'FAVOR_BASED',
          summary: '来信反映评议不公。',
        },
      },
    );
    const { receiptCode, complaint } = own.data?.receiveComplaint as { receiptCode: string; complaint: { id: string } };
    const officer = cast.countyOfficer;
    await hub.run(`mutation($id: ID!) { acceptHandover(complaintId: $id) { status } }`, officer, { id: complaint.id });
    await hub.run(START, officer, { id: complaint.id });
    await hub.run(CONCLUDE, officer, {
      input: {
        complaintId: complaint.id,
        conclusion: 'UNSUBSTANTIATED',
        findings: '评议程序完整，不属实。',
        amountInvolvedFen: 0,
      },
    });
    await hub.run(
      `mutation($id: ID!) { closeComplaint(complaintId: $id, publicFeedback: "经核查不属实，感谢关注。") { status } }`,
      officer,
      {
        id: complaint.id,
      },
    );
    await hub.run(RATE, null, { code: receiptCode, satisfied: false });
    const [appeal] = await hub.dataSource.query(
      `SELECT id, review_region_code FROM complaint_appeal WHERE complaint_id = $1`,
      [complaint.id],
    );
    expect(appeal.review_region_code).toBe('630100');
    expect(
      (await hub.run(DECIDE_APPEAL, cast.xiningHandler, { id: appeal.id, outcome: 'UPHELD' })).data
        ?.decideComplaintAppeal.status,
    ).toBe('UPHELD');
  });
});
