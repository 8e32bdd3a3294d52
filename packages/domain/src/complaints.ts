import { vocabularyCodes, type Vocabulary } from './vocabulary.js';

/*
 * Complaints and tip-offs (投诉举报核查), mechanism 3 of the notice: one province-wide hotline, first-contact
 * responsibility (首问负责制), direct provincial supervision of major matters (省级直接督办), rewarded tip-offs
 * (有奖举报), volunteer supervisors (义务监督员) and social organisations engaged by purchase of services.
 */

/** How a complaint reached the system. */
export const ComplaintChannel = {
  HOTLINE: { zh: '全省社会救助服务热线', en: 'Provincial hotline' },
  LETTER_VISIT: { zh: '来信来访', en: 'Letter or visit' },
  ONLINE: { zh: '网上投诉', en: 'Online' },
  VOLUNTEER_SUPERVISOR: { zh: '义务监督员反映', en: 'Volunteer supervisor' },
  SOCIAL_ORGANIZATION: { zh: '社会组织反映（政府购买服务）', en: 'Social organisation (purchased service)' },
  MEDIA: { zh: '媒体反映', en: 'Media' },
  REFERRAL: { zh: '上级交办或部门转办', en: 'Referral' },
} as const satisfies Vocabulary;
export type ComplaintChannel = keyof typeof ComplaintChannel;
export const complaintChannelValues: readonly ComplaintChannel[] = vocabularyCodes(ComplaintChannel);

/**
 * The main workflow. Provincial supervision (督办) is not a status of its own: it is a flag with its own
 * deadline while the complaint moves through these states, so that escalation never stalls the handling.
 */
export const ComplaintStatus = {
  RECEIVED: { zh: '已登记', en: 'Received' },
  ASSIGNED: { zh: '已交办', en: 'Assigned' },
  INVESTIGATING: { zh: '核查中', en: 'Investigating' },
  CONCLUDED: { zh: '已形成核查结论', en: 'Concluded' },
  CLOSED: { zh: '已办结并反馈', en: 'Closed with feedback' },
} as const satisfies Vocabulary;
export type ComplaintStatus = keyof typeof ComplaintStatus;
export const complaintStatusValues: readonly ComplaintStatus[] = vocabularyCodes(ComplaintStatus);

/**
 * The moves the owner's workflow allows; any other move is a conflict. The one way back, CLOSED →
 * INVESTIGATING, is not the owner's to make: it happens only when the level above overturns the handling
 * on appeal.
 */
export const COMPLAINT_TRANSITIONS: Readonly<Record<ComplaintStatus, readonly ComplaintStatus[]>> = {
  RECEIVED: ['ASSIGNED'],
  ASSIGNED: ['INVESTIGATING'],
  INVESTIGATING: ['CONCLUDED'],
  CONCLUDED: ['CLOSED'],
  CLOSED: [],
};

export function isComplaintTransitionAllowed(from: ComplaintStatus, to: ComplaintStatus): boolean {
  return COMPLAINT_TRANSITIONS[from].includes(to);
}

/** The outcome of the investigation (核查结论). */
export const ComplaintConclusion = {
  SUBSTANTIATED: { zh: '属实', en: 'Substantiated' },
  PARTLY_SUBSTANTIATED: { zh: '部分属实', en: 'Partly substantiated' },
  UNSUBSTANTIATED: { zh: '不属实', en: 'Unsubstantiated' },
} as const satisfies Vocabulary;
export type ComplaintConclusion = keyof typeof ComplaintConclusion;
export const complaintConclusionValues: readonly ComplaintConclusion[] = vocabularyCodes(ComplaintConclusion);

/** The deadlines a complaint runs against; each is met at a step of the workflow. */
export const ComplaintDeadline = {
  ACKNOWLEDGE: { zh: '受理交办期限', en: 'Acknowledge' },
  CONCLUDE: { zh: '办结期限', en: 'Conclude' },
  SUPERVISION: { zh: '省级督办期限', en: 'Provincial supervision' },
} as const satisfies Vocabulary;
export type ComplaintDeadline = keyof typeof ComplaintDeadline;

/** How ownership of a complaint changed hands (首问负责制: it never lapses). */
export const ComplaintTransferKind = {
  INTAKE: { zh: '首问受理', en: 'Intake' },
  HANDOVER: { zh: '移交信访专人', en: 'Handover to the designated petition officer' },
} as const satisfies Vocabulary;
export type ComplaintTransferKind = keyof typeof ComplaintTransferKind;

/** Who wrote a message in the thread the receipt code opens. */
export const ComplaintMessageAuthor = {
  COMPLAINANT: { zh: '投诉举报人', en: 'Complainant' },
  HANDLER: { zh: '承办人', en: 'Handler' },
} as const satisfies Vocabulary;
export type ComplaintMessageAuthor = keyof typeof ComplaintMessageAuthor;

/** A request to reveal a complainant's identity to the handler, decided by the custodian. */
export const IdentityRevealStatus = {
  PENDING: { zh: '待审批', en: 'Pending' },
  APPROVED: { zh: '已批准', en: 'Approved' },
  REJECTED: { zh: '未批准', en: 'Rejected' },
} as const satisfies Vocabulary;
export type IdentityRevealStatus = keyof typeof IdentityRevealStatus;

/** A reward for a substantiated tip-off (有奖举报). */
export const ComplaintRewardStatus = {
  DECIDED: { zh: '已核定待审批', en: 'Decided, awaiting approval' },
  APPROVED: { zh: '已审批待发放', en: 'Approved, awaiting payment' },
  PAID: { zh: '已发放', en: 'Paid' },
  REJECTED: { zh: '未予批准', en: 'Rejected' },
} as const satisfies Vocabulary;
export type ComplaintRewardStatus = keyof typeof ComplaintRewardStatus;

/** A review by the level above, opened by an unsatisfied rating. */
export const ComplaintAppealStatus = {
  OPEN: { zh: '复查中', en: 'Open' },
  UPHELD: { zh: '维持原处理', en: 'Upheld' },
  OVERTURNED: { zh: '撤销原处理并重新核查', en: 'Overturned, reinvestigation' },
} as const satisfies Vocabulary;
export type ComplaintAppealStatus = keyof typeof ComplaintAppealStatus;
export type ComplaintAppealOutcome = Exclude<ComplaintAppealStatus, 'OPEN'>;

/** What a complaint may later be linked to in another subgraph (by id only). */
export const ComplaintLinkKind = {
  ACCOUNTABILITY_CASE: { zh: '问责案件', en: 'Accountability case' },
  OVERSIGHT_FINDING: { zh: '专项督察发现问题', en: 'Special inspection finding' },
} as const satisfies Vocabulary;
export type ComplaintLinkKind = keyof typeof ComplaintLinkKind;

/**
 * How much a rewarded tip-off earns: a base amount plus a share of the money involved, capped. A partly
 * substantiated complaint earns half. All amounts are integer fen; the share is in basis points (1/10,000).
 */
export interface ComplaintRewardRule {
  baseFen: number;
  shareBasisPoints: number;
  capFen: number;
}

/** 200 yuan plus 5% of the amount involved, at most 5,000 yuan. */
export const DEFAULT_COMPLAINT_REWARD_RULE: ComplaintRewardRule = {
  baseFen: 20_000,
  shareBasisPoints: 500,
  capFen: 500_000,
};

/**
 * The reward for a concluded complaint, in fen, or null when its conclusion earns none. Rounded down to the
 * fen; the half for a partly substantiated complaint is taken after the cap.
 */
export function complaintRewardFen(
  rule: ComplaintRewardRule,
  conclusion: ComplaintConclusion,
  amountInvolvedFen: number,
): number | null {
  if (conclusion === 'UNSUBSTANTIATED') return null;
  const full = Math.min(
    rule.capFen,
    rule.baseFen + Math.floor((Math.max(0, amountInvolvedFen) * rule.shareBasisPoints) / 10_000),
  );
  return conclusion === 'PARTLY_SUBSTANTIATED' ? Math.floor(full / 2) : full;
}
