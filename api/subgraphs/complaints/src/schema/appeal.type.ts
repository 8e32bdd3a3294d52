import { Field, ID, Int, ObjectType } from 'type-graphql';
import { ConnectionType } from '@dibao/server';
import type { ComplaintAppealStatus } from '@dibao/domain';
import { ComplaintAppealStatusEnum } from './enums.js';
import { RegionRef } from './region.type.js';

@ObjectType('ComplaintRating', { description: "The complainant's rating of a closure / 投诉举报人满意度评价" })
export class ComplaintRatingType {
  @Field(() => Int, { description: 'Which closure it rates / 第几次办结' })
  closureRound: number;

  @Field()
  satisfied: boolean;

  @Field()
  ratedAt: Date;

  @Field(() => String, { nullable: true, description: 'Null once erased / 已按期删除的为空' })
  comment: string | null;
}

@ObjectType('ComplaintAppeal', { description: 'A review by the level above / 上级复查' })
export class ComplaintAppealType {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  complaintId: string;

  @Field(() => Int)
  closureRound: number;

  @Field(() => RegionRef, { description: 'Whose complaint handlers decide it / 复查单位' })
  reviewRegion: RegionRef;

  @Field(() => ComplaintAppealStatusEnum)
  status: ComplaintAppealStatus;

  @Field()
  openedAt: Date;

  @Field(() => String, { nullable: true })
  decidedBy: string | null;

  @Field(() => Date, { nullable: true })
  decidedAt: Date | null;

  @Field(() => String, { nullable: true })
  decisionReason: string | null;
}

export const ComplaintAppealConnection = ConnectionType(ComplaintAppealType, 'ComplaintAppeal');
