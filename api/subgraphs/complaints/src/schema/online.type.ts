import { Field, ID, Int, ObjectType } from 'type-graphql';
import type { ProblemCategory } from '@dibao/domain';
import { ComplaintDeadlineStateType } from './complaint.type.js';
import { ProblemCategoryEnum } from './enums.js';

@ObjectType('ComplaintChallenge', {
  description:
    'A single-use challenge a public submission spends (proof of work, or a short wait for forms) / 提交验证凭据',
})
export class ComplaintChallengeType {
  @Field()
  token: string;

  @Field({ description: 'WORK (solve it) or FORM (wait, then confirm) / 验证方式' })
  lane: string;

  @Field(() => Int, { description: 'Leading zero bits SHA-256(token ":" solution) must have / 难度' })
  difficultyBits: number;

  @Field({ description: 'Not accepted before / 最早可提交时间' })
  notBefore: Date;

  @Field()
  expiresAt: Date;
}

@ObjectType('OnlineComplaintReceipt', {
  description: 'What the complainant keeps: the receipt code (shown only now) and the deadlines / 网上投诉回执',
})
export class OnlineComplaintReceiptType {
  @Field({ description: 'Keep it: the only way to follow the complaint; never shown again / 查询码（仅显示一次）' })
  receiptCode: string;

  @Field()
  receivedAt: Date;

  @Field(() => ID)
  regionCode: string;

  @Field(() => ProblemCategoryEnum)
  category: ProblemCategory;

  @Field()
  anonymous: boolean;

  @Field()
  rewardOptIn: boolean;

  @Field(() => [ComplaintDeadlineStateType], { description: 'Deadlines stamped at receipt / 办理期限' })
  deadlines: ComplaintDeadlineStateType[];
}
