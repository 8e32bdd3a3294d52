import { SafeIntResolver } from 'graphql-scalars';
import { Field, Int, ObjectType } from 'type-graphql';
import { ProblemCount } from './report-content.js';

@ObjectType('ReportSummary', {
  description:
    "Figures over a region's subtree from accepted county reports / 辖区内已审核县级报告的汇总数据（不重复计算市州报告）",
})
export class ReportSummary {
  @Field(() => Int)
  year: number;

  @Field(() => Int, { description: 'County reports included / 纳入汇总的县级报告数' })
  reportsIncluded: number;

  @Field(() => Int, { description: 'County-level units obliged to report / 应报县级单位数' })
  reportsExpected: number;

  @Field(() => Int) urbanHouseholds: number;
  @Field(() => Int) urbanPersons: number;
  @Field(() => Int) ruralHouseholds: number;
  @Field(() => Int) ruralPersons: number;
  @Field(() => Int) applications: number;
  @Field(() => Int) approvals: number;
  @Field(() => Int) rejections: number;
  @Field(() => Int) exits: number;

  @Field(() => SafeIntResolver, {
    nullable: true,
    description: 'Lowest urban standard (fen/person/month) / 城市标准最低值',
  })
  urbanStandardMinFen: number | null;
  @Field(() => SafeIntResolver, { nullable: true, description: 'Highest urban standard / 城市标准最高值' })
  urbanStandardMaxFen: number | null;
  @Field(() => SafeIntResolver, { nullable: true, description: 'Lowest rural standard / 农村标准最低值' })
  ruralStandardMinFen: number | null;
  @Field(() => SafeIntResolver, { nullable: true, description: 'Highest rural standard / 农村标准最高值' })
  ruralStandardMaxFen: number | null;

  @Field(() => SafeIntResolver, { description: 'Funds raised from all sources / 筹集资金合计' })
  raisedFen: number;
  @Field(() => SafeIntResolver) raisedCentralFen: number;
  @Field(() => SafeIntResolver) raisedProvincialFen: number;
  @Field(() => SafeIntResolver) raisedPrefectureFen: number;
  @Field(() => SafeIntResolver) raisedCountyFen: number;
  @Field(() => SafeIntResolver) carryOverFen: number;
  @Field(() => SafeIntResolver) disbursedFen: number;
  @Field(() => SafeIntResolver) balanceFen: number;
  @Field(() => SafeIntResolver) paidViaBankFen: number;

  @Field(() => Int) householdVisits: number;
  @Field(() => Int) dynamicReviews: number;
  @Field(() => Int) staff: number;
  @Field(() => Int) emergenciesHandled: number;
  @Field(() => Int) inspections: number;
  @Field(() => [ProblemCount]) problemsFound: ProblemCount[];
  @Field(() => Int) problemsRectified: number;
  @Field(() => Int) complaintsReceived: number;
  @Field(() => Int) complaintsClosed: number;
  @Field(() => Int) peopleHeldAccountable: number;
}
