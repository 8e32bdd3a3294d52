import { Field, ObjectType, registerEnumType } from 'type-graphql';
import type { ReportSection } from '@dibao/domain';
import { Label } from '@dibao/server';
import { ReportSectionEnum } from './enums.js';

export enum IssueSeverity {
  /** Blocks submission. */
  ERROR = 'ERROR',
  /** Shown to the reviewer; does not block. */
  WARNING = 'WARNING',
}
registerEnumType(IssueSeverity, {
  name: 'IssueSeverity',
  description: 'ERROR blocks submission, WARNING does not / 错误阻止报送，警告不阻止',
});

@ObjectType('ValidationIssue', { description: 'A validation rule a report breaks / 校验问题' })
export class ValidationIssue {
  @Field({ description: 'Rule code, e.g. PERSONS_AT_LEAST_HOUSEHOLDS / 规则代码' })
  rule: string;

  @Field(() => IssueSeverity)
  severity: IssueSeverity;

  @Field(() => ReportSectionEnum, { nullable: true })
  section: ReportSection | null;

  @Field(() => String, { nullable: true, description: 'The figure concerned / 涉及的数据项' })
  field: string | null;

  @Field(() => Label)
  message: Label;
}
