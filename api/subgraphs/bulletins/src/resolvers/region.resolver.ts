import { Arg, Ctx, FieldResolver, Int, Resolver, Root } from 'type-graphql';
import { checkedYear, connectionInOrder } from '@dibao/server';
import type { BulletinItemKind } from '@dibao/domain';
import type { BulletinsContext } from '../context.js';
import { pairKey, regionItemsKey } from '../loaders.js';
import { AssessmentScoreType } from '../schema/assessment.type.js';
import { BulletinItemConnection } from '../schema/bulletin-item.type.js';
import { BulletinItemKindEnum } from '../schema/enums.js';
import { RegionRef } from '../schema/region.type.js';

/** The bulletins and performance fields of Region (owned by the registry, extended here by key). */
@Resolver(() => RegionRef)
export class RegionBulletinsResolver {
  @FieldResolver(() => BulletinItemConnection, {
    description:
      'Commendations and criticisms of the region and the regions below it, newest bulletin first; anonymous callers see published ones / 本地区及下级地区受到的表扬和批评',
  })
  async bulletinItems(
    @Root() region: RegionRef,
    @Ctx() { loaders }: BulletinsContext,
    @Arg('kind', () => BulletinItemKindEnum, { nullable: true }) kind?: BulletinItemKind,
    @Arg('published', () => Boolean, {
      nullable: true,
      description: 'Only items of published bulletins / 仅限已公开的通报',
    })
    published?: boolean,
    @Arg('first', () => Int, { nullable: true }) first?: number,
    @Arg('after', () => String, { nullable: true }) after?: string,
  ) {
    const items = await loaders.itemsUnder.load(regionItemsKey(region.code, kind, published === true));
    return connectionInOrder(items, (item) => item.id, { first, after });
  }

  @FieldResolver(() => AssessmentScoreType, {
    nullable: true,
    description:
      "The region's score and rank in its province's assessment of the year: public once published, before that for officials whose scope includes the region / 本地区年度绩效得分",
  })
  assessment(@Root() region: RegionRef, @Arg('year', () => Int) year: number, @Ctx() { loaders }: BulletinsContext) {
    return loaders.scoreOfRegion.load(pairKey(region.code, checkedYear(year)));
  }
}
