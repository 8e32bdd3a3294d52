import { Field, ID, ObjectType } from 'type-graphql';
import { ConnectionType } from '@dibao/server';
import type { IdentityRevealStatus } from '@dibao/domain';
import { IdentityRevealStatusEnum } from './enums.js';

@ObjectType('IdentityRevealRequest', {
  description: "A handler's request to see who complained, decided by the custodian / 查看举报人身份申请",
})
export class IdentityRevealRequestType {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  complaintId: string;

  @Field({ description: 'Who asked (token subject) / 申请人' })
  requestedBy: string;

  @Field()
  requestedAt: Date;

  @Field({ description: 'Why the identity is needed / 申请理由' })
  reason: string;

  @Field(() => IdentityRevealStatusEnum)
  status: IdentityRevealStatus;

  @Field(() => String, { nullable: true, description: 'The custodian who decided / 审批人' })
  decidedBy: string | null;

  @Field(() => Date, { nullable: true })
  decidedAt: Date | null;

  @Field(() => String, { nullable: true, description: 'Note on the decision / 审批意见' })
  decisionNote: string | null;
}

export const IdentityRevealRequestConnection = ConnectionType(IdentityRevealRequestType, 'IdentityRevealRequest');
