import { Field, Int, ObjectType } from 'type-graphql';
import type { AccountabilityCaseStatus, AccountabilityViolation, DisciplineTrack, Sanction } from '@dibao/domain';
import { Label } from '@dibao/server';
import {
  AccountabilityCaseStatusEnum,
  AccountabilityViolationEnum,
  DisciplineTrackEnum,
  SanctionEnum,
} from './enums.js';

@ObjectType('AccountabilityViolationCount', { description: 'Cases of one violation / 某类事由的案件数' })
export class AccountabilityViolationCount {
  @Field(() => AccountabilityViolationEnum, { description: 'Violation / 追责事由' })
  violation: AccountabilityViolation;

  @Field(() => Label, { description: 'Name in both languages / 名称' })
  label: Label;

  @Field(() => Int, { description: 'Number of cases / 案件数' })
  count: number;
}

@ObjectType('AccountabilityStatusCount', { description: 'Cases in one status / 某状态的案件数' })
export class AccountabilityStatusCount {
  @Field(() => AccountabilityCaseStatusEnum, { description: 'Current status / 当前状态' })
  status: AccountabilityCaseStatus;

  @Field(() => Label, { description: 'Name in both languages / 名称' })
  label: Label;

  @Field(() => Int, { description: 'Number of cases / 案件数' })
  count: number;
}

@ObjectType('AccountabilitySanctionCount', { description: 'Decisions with one sanction on one track / 某类处分数' })
export class AccountabilitySanctionCount {
  @Field(() => DisciplineTrackEnum, { description: 'Party discipline or government sanction / 处分类别' })
  track: DisciplineTrack;

  @Field(() => SanctionEnum, { description: 'Sanction / 处分种类' })
  sanction: Sanction;

  @Field(() => Label, { description: 'Name in both languages / 名称' })
  label: Label;

  @Field(() => Int, { description: 'Number of cases / 案件数' })
  count: number;
}

@ObjectType('AccountabilityStats', {
  description: "Accountability figures of a region's subtree for one year / 辖区年度责任追究统计",
})
export class AccountabilityStats {
  @Field(() => Int, { description: 'Calendar year (Beijing dates) / 年度' })
  year: number;

  @Field(() => Int, { description: 'Cases opened in the year / 当年立案数' })
  casesOpened: number;

  @Field(() => Int, { description: 'Cases decided in the year / 当年作出处理决定的案件数' })
  casesDecided: number;

  @Field(() => Int, {
    description:
      'Officials held accountable: cases decided in the year against an official with a sanction other than NONE on some track / 当年被问责人数（处理决定含处分的个人案件）',
  })
  peopleHeldAccountable: number;

  @Field(() => Int, {
    description:
      'Units held accountable: cases decided in the year against a unit with a sanction other than NONE / 当年被问责单位数',
  })
  unitsHeldAccountable: number;

  @Field(() => [AccountabilityViolationCount], {
    description: 'Cases opened in the year, by violation (every violation, zeros included) / 当年立案数（按事由）',
  })
  byViolation: AccountabilityViolationCount[];

  @Field(() => [AccountabilityStatusCount], {
    description: 'Cases opened in the year, by their current status / 当年立案案件的当前状态分布',
  })
  byStatus: AccountabilityStatusCount[];

  @Field(() => [AccountabilitySanctionCount], {
    description:
      'Decisions of the year, by track and sanction (each sanction a track knows, zeros included) / 当年处理决定（按处分类别）',
  })
  bySanction: AccountabilitySanctionCount[];
}
