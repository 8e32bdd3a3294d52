import { Directive, Field, ID, Int, ObjectType } from 'type-graphql';
import type { BulletinAudience, BulletinStatus } from '@dibao/domain';
import { ConnectionType } from '@dibao/server';
import { BulletinAudienceEnum, BulletinStatusEnum } from './enums.js';

@Directive('@key(fields: "id")')
@ObjectType('Bulletin', {
  description:
    'A bulletin of commendations and criticisms; public once PUBLISHED / 通报（表扬与批评），公开后社会可查阅',
})
export class BulletinType {
  @Field(() => ID)
  id: string;

  @Field(() => ID, { description: 'Registry id of the issuing agency, `<region>:CIVIL_AFFAIRS` / 发文机关' })
  issuerId: string;

  @Field(() => BulletinStatusEnum)
  status: BulletinStatus;

  @Field({ description: 'Title / 标题' })
  title: string;

  @Field(() => String, { nullable: true, description: 'English title, if the issuer gave one / 英文标题' })
  titleEn: string | null;

  @Field(() => String, { nullable: true, description: 'English summary, if the issuer gave one / 英文摘要' })
  summaryEn: string | null;

  @Field({ description: 'Start of the period it covers / 通报期间起' })
  periodFrom: Date;

  @Field({ description: 'End of the period it covers / 通报期间止' })
  periodTo: Date;

  @Field(() => [BulletinAudienceEnum], { description: 'Who it is circulated to / 主送抄送对象' })
  audience: BulletinAudience[];

  @Field({ description: 'Body text / 正文' })
  body: string;

  @Field(() => Int, { nullable: true, description: 'Year of the document number; null for a draft / 发文年份' })
  documentYear: number | null;

  @Field(() => Int, { nullable: true, description: 'Serial of the document number; null for a draft / 发文序号' })
  documentSerial: number | null;

  @Field(() => Date, { nullable: true, description: 'When it was issued / 印发时间' })
  issuedAt: Date | null;

  @Field(() => Date, { nullable: true, description: 'When it was made public / 公开时间' })
  publishedAt: Date | null;

  @Field({ description: 'When the draft was created / 创建时间' })
  createdAt: Date;

  @Field({ description: 'Last change / 最后修改时间' })
  updatedAt: Date;
}

export const BulletinConnection = ConnectionType(BulletinType, 'Bulletin');
