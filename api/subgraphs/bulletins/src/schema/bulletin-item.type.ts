import { Directive, Field, ID, Int, ObjectType } from 'type-graphql';
import type { BulletinEvidenceKind, BulletinItemCategory, BulletinItemKind } from '@dibao/domain';
import { ConnectionType, Label } from '@dibao/server';
import { BulletinEvidenceKindEnum, BulletinItemCategoryEnum, BulletinItemKindEnum } from './enums.js';
import { AccountabilityCaseStub, ComplaintStub, FindingStub, IncidentStub, InspectionStub } from './evidence-refs.js';
import { RegionRef } from './region.type.js';

@Directive('@key(fields: "id")')
@ObjectType('BulletinItem', {
  description:
    'A commendation or criticism in a bulletin; public fields once the bulletin is published / 通报事项（表扬或批评）',
})
export class BulletinItemType {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  bulletinId: string;

  @Field(() => Int, { description: 'Order in the bulletin / 序号' })
  position: number;

  @Field(() => BulletinItemKindEnum)
  kind: BulletinItemKind;

  @Field(() => BulletinItemCategoryEnum)
  category: BulletinItemCategory;

  @Field(() => ID, { description: 'The region commended or criticised / 被表扬或批评的地区' })
  regionCode: string;

  @Field({ description: 'The text made public with the bulletin / 公开文本' })
  publicText: string;
}

@ObjectType('BulletinEvidenceRef', { description: 'What the evidence names / 依据引用' })
export class BulletinEvidenceRefType {
  @Field(() => ID, { nullable: true, description: 'Id of the record, for record evidence / 记录 ID' })
  id: string | null;

  @Field(() => ID, { nullable: true, description: 'Region of statistics evidence / 统计地区' })
  regionCode: string | null;

  @Field(() => Int, { nullable: true, description: 'Year of statistics evidence / 统计年度' })
  year: number | null;
}

@ObjectType('BulletinEvidence', {
  description:
    'Evidence behind an item, kept in another subgraph and reached through the gateway (internal) / 通报依据（内部）',
})
export class BulletinEvidenceType {
  @Field(() => Int)
  position: number;

  @Field(() => BulletinEvidenceKindEnum)
  kind: BulletinEvidenceKind;

  @Field(() => Label)
  kindLabel: Label;

  @Field(() => BulletinEvidenceRefType)
  ref: BulletinEvidenceRefType;

  @Field(() => String, { nullable: true, description: 'What it shows (internal note) / 说明（内部）' })
  note: string | null;

  @Field(() => RegionRef, {
    nullable: true,
    description:
      'For statistics evidence: the region, to ask e.g. `complaintStats(year)` or `reportSummary(year)` / 统计地区',
  })
  region: RegionRef | null;

  @Field(() => Int, { nullable: true, description: 'For statistics evidence: the year / 统计年度' })
  year: number | null;

  @Field(() => IncidentStub, { nullable: true, description: 'The incident (reporting) / 重大事项和突发事件' })
  incident: IncidentStub | null;

  @Field(() => InspectionStub, { nullable: true, description: 'The special inspection (oversight) / 专项督察' })
  inspection: InspectionStub | null;

  @Field(() => FindingStub, { nullable: true, description: 'The finding (oversight) / 督察发现问题' })
  finding: FindingStub | null;

  @Field(() => ComplaintStub, { nullable: true, description: 'The complaint (complaints) / 投诉举报' })
  complaint: ComplaintStub | null;

  @Field(() => AccountabilityCaseStub, {
    nullable: true,
    description: 'The accountability case (accountability) / 问责案件',
  })
  accountabilityCase: AccountabilityCaseStub | null;
}

export const BulletinItemConnection = ConnectionType(BulletinItemType, 'BulletinItem');
