import {
  AgencyKind,
  ComplaintAppealStatus,
  ComplaintChannel,
  ComplaintConclusion,
  ComplaintDeadline,
  ComplaintLinkKind,
  ComplaintMessageAuthor,
  ComplaintRewardStatus,
  ComplaintStatus,
  ComplaintTransferKind,
  IdentityRevealStatus,
  ProblemCategory,
} from '@dibao/domain';
import { vocabularyEnum } from '@dibao/server';

// Shared with other subgraphs: the same vocabulary, name and description, so the enums compose as one.
export const ProblemCategoryEnum = vocabularyEnum(ProblemCategory, 'ProblemCategory', 'Problem taxonomy / 问题类别');
export const AgencyKindEnum = vocabularyEnum(AgencyKind, 'AgencyKind', 'Kind of agency / 机构类别');

export const ComplaintChannelEnum = vocabularyEnum(
  ComplaintChannel,
  'ComplaintChannel',
  'How a complaint arrived / 投诉举报渠道',
);
export const ComplaintStatusEnum = vocabularyEnum(
  ComplaintStatus,
  'ComplaintStatus',
  'Status of a complaint / 办理状态',
);
export const ComplaintConclusionEnum = vocabularyEnum(
  ComplaintConclusion,
  'ComplaintConclusion',
  'Outcome of the investigation / 核查结论',
);
export const ComplaintDeadlineEnum = vocabularyEnum(
  ComplaintDeadline,
  'ComplaintDeadline',
  'A deadline a complaint runs against / 办理期限',
);
export const ComplaintTransferKindEnum = vocabularyEnum(
  ComplaintTransferKind,
  'ComplaintTransferKind',
  'How ownership changed hands / 承办人变更方式',
);
export const ComplaintMessageAuthorEnum = vocabularyEnum(
  ComplaintMessageAuthor,
  'ComplaintMessageAuthor',
  'Who wrote a message / 留言人',
);
export const IdentityRevealStatusEnum = vocabularyEnum(
  IdentityRevealStatus,
  'IdentityRevealStatus',
  'Status of a request to reveal a complainant / 身份查看申请状态',
);
export const ComplaintRewardStatusEnum = vocabularyEnum(
  ComplaintRewardStatus,
  'ComplaintRewardStatus',
  'Status of a tip-off reward / 举报奖励状态',
);
export const ComplaintAppealStatusEnum = vocabularyEnum(
  ComplaintAppealStatus,
  'ComplaintAppealStatus',
  'Status of a review by the level above / 复查状态',
);
const ComplaintAppealOutcome = {
  UPHELD: ComplaintAppealStatus.UPHELD,
  OVERTURNED: ComplaintAppealStatus.OVERTURNED,
} as const;
export const ComplaintAppealOutcomeEnum = vocabularyEnum(
  ComplaintAppealOutcome,
  'ComplaintAppealOutcome',
  'Decision on a review / 复查结论',
);
export const ComplaintLinkKindEnum = vocabularyEnum(
  ComplaintLinkKind,
  'ComplaintLinkKind',
  'What a complaint is linked to elsewhere / 关联对象类别',
);
