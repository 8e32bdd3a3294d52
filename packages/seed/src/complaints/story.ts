import { complaintRewardFen, DEFAULT_COMPLAINT_REWARD_RULE } from '@dibao/domain';

import { shanghaiTime } from '../reporting/shanghai-time.js';
import { shortRegionName } from '../reporting/short-names.js';
import {
  bureauDirector,
  complaintOfficial,
  countyDutyOfficial,
  petitionOfficerOf,
  PROVINCIAL_SUPERVISOR,
} from './officials.js';
import type { ComplaintSeed } from './types.js';

/** Datong County and the township of the story's village (塔尔镇). */
export const COMPLAINT_STORY_COUNTY = '630121';
export const COMPLAINT_STORY_TOWNSHIP = '630121102';

const AMOUNT_INVOLVED_FEN = 18_640_000;

/**
 * Step 4 of the end-to-end story: a villager calls the hotline without giving a name; the Datong County
 * official who takes the call owns it until the township's petition officer accepts the handover; the
 * province supervises it directly because it concerns a whole village; the tip proves true (benefit money
 * split equally, EQUAL_SPLITTING), and a reward is paid that the caller collects with the receipt code.
 */
export function storyComplaint(id: string, countyName: string, townshipName: string): ComplaintSeed {
  const county = shortRegionName(countyName);
  const receivedBy = countyDutyOfficial(COMPLAINT_STORY_COUNTY);
  const townshipOfficer = petitionOfficerOf(COMPLAINT_STORY_TOWNSHIP);
  const countyDirector = bureauDirector(COMPLAINT_STORY_COUNTY);
  const receivedAt = shanghaiTime(2025, 5, 12, 10, 24);
  const acknowledgedAt = shanghaiTime(2025, 5, 13, 9, 40);
  const concludedAt = shanghaiTime(2025, 6, 5, 16, 10);
  const closedAt = shanghaiTime(2025, 6, 10, 11, 0);
  return {
    id,
    channel: 'HOTLINE',
    receivedAt,
    regionCode: COMPLAINT_STORY_TOWNSHIP,
    category: 'EQUAL_SPLITTING',
    summary:
      `匿名来电反映：${county}${townshipName}上庄村把全村的低保金集中起来按户平均分配，每户每季度只分到几百元，` +
      '村里几户重病、残疾的困难家庭实际拿到的钱反而少了。来电人担心被村干部知道，未留姓名。',
    major: false,
    rewardOptIn: true,
    complainant: null,
    volunteerId: null,
    contractId: null,
    receivedBy,
    handovers: [
      {
        to: townshipOfficer,
        at: acknowledgedAt,
        reason: `移交${townshipName}低保信访专人办理 / Handed over to the township's designated petition officer`,
      },
    ],
    pendingHandover: null,
    status: 'CLOSED',
    acknowledgedAt,
    investigationStartedAt: shanghaiTime(2025, 5, 14, 9, 0),
    concludedAt,
    closedAt,
    conclusion: 'SUBSTANTIATED',
    findings:
      `经${townshipName}会同${county}民政局、县纪委监委联合核查，上庄村村委会自 2024 年起将全村 38 户低保对象的低保金集中提取后按户平均分配，` +
      '涉及资金 186,400 元，反映问题属实。已责令立即纠正，按核定标准补发困难家庭应得低保金，村党支部书记、村委会主任移交县纪委监委处理。',
    amountInvolvedFen: AMOUNT_INVOLVED_FEN,
    householdsAffected: 38,
    publicFeedback:
      '您反映的上庄村平分低保金问题经核查属实。当地已纠正违规做法，按标准向困难家庭补发低保金，相关责任人已移交纪检监察机关处理。感谢您的监督。',
    closureRound: 1,
    supervision: {
      at: shanghaiTime(2025, 5, 14, 15, 0),
      reason: '反映全村低保金平均分配，涉及面广、社会影响大，省民政厅直接督办。',
      by: PROVINCIAL_SUPERVISOR,
    },
    duplicateOfId: null,
    messages: [
      {
        author: 'COMPLAINANT',
        at: shanghaiTime(2025, 5, 20, 20, 15),
        text: '请问调查有结果了吗？我不希望村里知道是我打的电话。',
        by: null,
      },
      {
        author: 'HANDLER',
        at: shanghaiTime(2025, 5, 21, 9, 30),
        text: '您好，核查组已入户走访，我们会严格为您保密，结果将通过本渠道反馈。',
        by: townshipOfficer,
      },
    ],
    ratings: [{ closureRound: 1, satisfied: true, at: shanghaiTime(2025, 6, 12, 19, 5), comment: '处理及时，感谢。' }],
    appeals: [],
    revealRequests: [],
    reward: {
      amountFen: complaintRewardFen(DEFAULT_COMPLAINT_REWARD_RULE, 'SUBSTANTIATED', AMOUNT_INVOLVED_FEN) as number,
      status: 'PAID',
      decidedAt: shanghaiTime(2025, 6, 6, 10, 0),
      decidedBy: townshipOfficer,
      approvedAt: shanghaiTime(2025, 6, 16, 15, 30),
      approvedBy: countyDirector,
      rejectionReason: null,
      paymentReference: 'QHMZ-JB-2025-0001',
      paidAt: shanghaiTime(2025, 6, 25, 10, 0),
      paidBy: complaintOfficial(COMPLAINT_STORY_COUNTY, 'deputy-director'),
      claimedAt: shanghaiTime(2025, 6, 28, 14, 20),
    },
  };
}
