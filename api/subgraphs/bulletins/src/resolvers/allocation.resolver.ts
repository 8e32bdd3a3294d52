import { Arg, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { AllocationMethod, AllocationStatus } from '@dibao/domain';
import { Label, labelFor, requirePrincipal, checkedYear } from '@dibao/server';
import type { BulletinsContext } from '../context.js';
import type { AllocationEntity, AllocationLineEntity } from '../entities/index.js';
import { pairKey } from '../loaders.js';
import { CreateAllocationInput, UpdateAllocationInput } from '../schema/allocation.inputs.js';
import { IncentiveAllocationLineType, IncentiveAllocationType } from '../schema/allocation.type.js';
import { AssessmentType } from '../schema/assessment.type.js';
import { RegionRef, regionRef } from '../schema/region.type.js';
import {
  createAllocation,
  finaliseAllocation,
  publishAllocation,
  updateAllocation,
} from '../services/allocation.service.js';
import { assessorArgument, isUuid } from './arguments.js';

/** Allocation of subsidy funds and rewards by performance (以奖代补, 奖补结合). */
@Resolver(() => IncentiveAllocationType)
export class AllocationResolver {
  @Query(() => IncentiveAllocationType, {
    nullable: true,
    description: 'An allocation: public once published; before that for officials of the province / 资金分配方案',
  })
  allocation(@Arg('id', () => ID) id: string, @Ctx() { loaders }: BulletinsContext) {
    return isUuid(id) ? loaders.allocationById.load(id) : null;
  }

  @Query(() => [IncentiveAllocationType], {
    description:
      'The allocations of a year by a province or a prefecture (among its counties) you may read / 年度资金分配方案',
  })
  allocations(
    @Arg('year', () => Int) year: number,
    @Ctx() context: BulletinsContext,
    @Arg('province', () => ID, { nullable: true, description: 'Default: your province / 默认本省' }) province?: string,
    @Arg('assessor', () => ID, {
      nullable: true,
      description:
        'The assessing region: a province, or a prefecture for its assessment of its counties; overrides province / 评价主体（省或市州）',
    })
    assessor?: string,
  ) {
    return context.loaders.allocationsOf.load(
      pairKey(assessorArgument(context, province, assessor), checkedYear(year)),
    );
  }

  @Authorized('REVIEWER')
  @Mutation(() => IncentiveAllocationType, {
    description: "Divide a pool by the year's assessment (draft) / 新建资金分配方案（草案）",
  })
  createAllocation(@Arg('input') input: CreateAllocationInput, @Ctx() context: BulletinsContext) {
    return createAllocation(context.deps, requirePrincipal(context), input);
  }

  @Authorized('REVIEWER')
  @Mutation(() => IncentiveAllocationType, {
    description: 'Change a draft allocation; CONFLICT once finalised / 修改分配方案草案（定稿后不可修改）',
  })
  updateAllocation(@Arg('input') input: UpdateAllocationInput, @Ctx() context: BulletinsContext) {
    return updateAllocation(context.deps, requirePrincipal(context), input);
  }

  @Authorized('REVIEWER')
  @Mutation(() => IncentiveAllocationType, { description: 'Finalise: immutable from now on / 定稿' })
  finaliseAllocation(@Arg('id', () => ID) id: string, @Ctx() context: BulletinsContext) {
    return finaliseAllocation(context.deps, requirePrincipal(context), id);
  }

  @Authorized('REVIEWER')
  @Mutation(() => IncentiveAllocationType, {
    description: 'Publish a finalised allocation (its assessment must be published) / 公布资金分配结果',
  })
  publishAllocation(@Arg('id', () => ID) id: string, @Ctx() context: BulletinsContext) {
    return publishAllocation(context.deps, requirePrincipal(context), id);
  }

  @FieldResolver(() => RegionRef, {
    description: 'The allocating region: a province, or a prefecture dividing its pool among its counties / 分配主体',
  })
  province(@Root() allocation: AllocationEntity): RegionRef {
    return regionRef(allocation.provinceCode);
  }

  @FieldResolver(() => Label)
  methodLabel(@Root() allocation: AllocationEntity): Label {
    return labelFor(AllocationMethod, allocation.method);
  }

  @FieldResolver(() => Label)
  statusLabel(@Root() allocation: AllocationEntity): Label {
    return labelFor(AllocationStatus, allocation.status);
  }

  @FieldResolver(() => AssessmentType, { nullable: true, description: 'The assessment it divides by / 依据的绩效评价' })
  assessment(@Root() allocation: AllocationEntity, @Ctx() { loaders }: BulletinsContext) {
    return loaders.assessmentById.load(allocation.assessmentId);
  }

  @FieldResolver(() => Boolean, {
    nullable: true,
    description:
      'True when the assessment was recomputed after the amounts (update before finalising); null when you may not see the assessment / 绩效评价是否已重新测算',
  })
  async stale(@Root() allocation: AllocationEntity, @Ctx() { loaders }: BulletinsContext) {
    const assessment = await loaders.assessmentById.load(allocation.assessmentId);
    return assessment ? assessment.inputsHash !== allocation.assessmentHash : null;
  }

  @FieldResolver(() => [IncentiveAllocationLineType], {
    description: 'Amounts by region; before publication only those within your scope / 各地区分配金额',
  })
  lines(@Root() allocation: AllocationEntity, @Ctx() { loaders }: BulletinsContext) {
    return loaders.linesOf.load(allocation.id);
  }
}

@Resolver(() => IncentiveAllocationLineType)
export class AllocationLineResolver {
  @FieldResolver(() => RegionRef)
  region(@Root() line: AllocationLineEntity): RegionRef {
    return regionRef(line.regionCode);
  }
}
