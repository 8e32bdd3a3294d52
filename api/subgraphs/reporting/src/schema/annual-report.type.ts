import { Directive, Field, ID, Int, ObjectType } from 'type-graphql';
import type { ReportSection, ReportStatus } from '@dibao/domain';
import { ConnectionType } from '@dibao/server';
import { RegionLevelEnum, ReportSectionEnum, ReportStatusEnum } from './enums.js';
import { AnnualReportContentType } from './report-content.js';

@Directive('@key(fields: "id")')
@ObjectType('AnnualReport', { description: "A region's annual dibao work report / 低保工作年度报告" })
export class AnnualReportType {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  regionCode: string;

  @Field(() => RegionLevelEnum, { description: 'Level of the filing region / 报告单位级别' })
  level: 'PREFECTURE' | 'COUNTY';

  @Field(() => ID, { description: 'The region it is filed to / 上报对象区划' })
  parentCode: string;

  @Field(() => Int)
  year: number;

  @Field(() => ReportStatusEnum)
  status: ReportStatus;

  @Field(() => Int, { description: 'Number of the current content version / 当前版本号' })
  currentVersion: number;

  @Field(() => AnnualReportContentType)
  content: AnnualReportContentType;

  @Field({ description: 'First submitted after the deadline / 是否逾期报送' })
  late: boolean;

  @Field(() => Date, { nullable: true })
  firstSubmittedAt: Date | null;

  @Field(() => Date, { nullable: true })
  lastSubmittedAt: Date | null;

  @Field(() => Date, { nullable: true })
  acceptedAt: Date | null;

  @Field(() => String, { nullable: true, description: 'Why it was last returned / 退回原因' })
  returnedReason: string | null;

  @Field(() => [ReportSectionEnum], { description: 'Sections to revise after a return / 需修改的部分' })
  returnedSections: ReportSection[];
}

export const AnnualReportConnection = ConnectionType(AnnualReportType, 'AnnualReport');

@ObjectType('AnnualReportVersion', { description: 'One saved content of a report / 报告历史版本' })
export class AnnualReportVersionType {
  @Field(() => Int)
  version: number;

  @Field(() => ReportStatusEnum, { description: 'Status right after this save / 保存后状态' })
  status: ReportStatus;

  @Field()
  savedAt: Date;

  @Field({ description: 'Who saved it (token subject) / 保存人' })
  savedBy: string;

  @Field(() => AnnualReportContentType)
  content: AnnualReportContentType;
}

@ObjectType('DeadlineException', { description: 'A later deadline granted by the reviewer / 延期报送' })
export class DeadlineExceptionType {
  @Field()
  until: Date;

  @Field()
  reason: string;

  @Field()
  grantedAt: Date;
}

@ObjectType('ReportWaiver', { description: 'A waived county report / 免报说明' })
export class ReportWaiverType {
  @Field(() => ID)
  regionCode: string;

  @Field(() => Int)
  year: number;

  @Field()
  reason: string;

  @Field()
  grantedAt: Date;
}
