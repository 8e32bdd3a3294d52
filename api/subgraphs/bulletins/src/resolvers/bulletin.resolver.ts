import { Arg, Authorized, Ctx, FieldResolver, ID, Int, Query, Resolver, Root } from 'type-graphql';
import {
  BulletinAudience,
  BulletinItemKind,
  BulletinStatus,
  defaultDocumentPrefix,
  formatDocumentNumber,
} from '@dibao/domain';
import { Label, labelFor, requirePrincipal, requireRegionInScope, checkedYear } from '@dibao/server';
import type { BulletinsContext } from '../context.js';
import type { BulletinEntity } from '../entities/index.js';
import { BulletinItemType } from '../schema/bulletin-item.type.js';
import { BulletinConnection, BulletinType } from '../schema/bulletin.type.js';
import { BulletinItemKindEnum, BulletinStatusEnum } from '../schema/enums.js';
import { AgencyStub, stubOf } from '../schema/evidence-refs.js';
import { RegionRef, regionRef } from '../schema/region.type.js';
import { issuerRegionOf } from '../services/bulletin.service.js';
import { isUuid } from './arguments.js';

@Resolver(() => BulletinType)
export class BulletinResolver {
  @Authorized()
  @Query(() => BulletinConnection, {
    description:
      'Bulletins you may read (drafts of your own department and those above, issued ones circulated to you), in creation order / 可查阅的通报',
  })
  bulletins(
    @Ctx() context: BulletinsContext,
    @Arg('issuer', () => ID, { nullable: true, description: 'Issuing agency / 发文机关' }) issuer?: string,
    @Arg('year', () => Int, {
      nullable: true,
      description: 'Year of the document number (drafts have none) / 发文年份',
    })
    year?: number,
    @Arg('status', () => BulletinStatusEnum, { nullable: true }) status?: BulletinStatus,
    @Arg('first', () => Int, { nullable: true }) first?: number,
    @Arg('after', () => String, { nullable: true }) after?: string,
  ) {
    requirePrincipal(context);
    const issuerId = issuer ? `${issuerRegionOf(issuer)}:CIVIL_AFFAIRS` : null;
    const documentYear = year != null ? checkedYear(year) : null;
    return context.loaders.bulletinsPage({ issuerId, year: documentYear, status }, { first, after });
  }

  @Query(() => BulletinConnection, {
    description: 'Published bulletins, open to everyone, by document number / 已公开的通报（社会公众可查阅）',
  })
  publishedBulletins(
    @Ctx() context: BulletinsContext,
    @Arg('year', () => Int, { nullable: true, description: 'Year of the document number / 发文年份' }) year?: number,
    @Arg('issuer', () => ID, { nullable: true, description: 'Issuing agency / 发文机关' }) issuer?: string,
    @Arg('first', () => Int, { nullable: true }) first?: number,
    @Arg('after', () => String, { nullable: true }) after?: string,
  ) {
    const issuerId = issuer ? `${issuerRegionOf(issuer)}:CIVIL_AFFAIRS` : null;
    const documentYear = year != null ? checkedYear(year) : null;
    return context.loaders.publishedBulletinsPage({ issuerId, year: documentYear }, { first, after });
  }

  @Query(() => BulletinType, {
    nullable: true,
    description: 'A bulletin you may read; published ones are open to everyone / 通报',
  })
  bulletin(@Arg('id', () => ID) id: string, @Ctx() { loaders }: BulletinsContext) {
    return isUuid(id) ? loaders.bulletinById.load(id) : null;
  }

  @Authorized()
  @Query(() => String, {
    description: "The prefix an issuer's next documents are numbered under / 发文机关代字（如 青民发）",
  })
  async documentPrefix(@Arg('issuer', () => ID) issuer: string, @Ctx() context: BulletinsContext) {
    const regionCode = issuerRegionOf(issuer);
    requireRegionInScope(context, regionCode);
    return (await context.loaders.configuredDocumentPrefix(issuer)) ?? defaultDocumentPrefix(regionCode);
  }

  @FieldResolver(() => AgencyStub, { description: 'The issuing agency (registry) / 发文机关' })
  issuer(@Root() bulletin: BulletinEntity): AgencyStub {
    return stubOf(bulletin.issuerId);
  }

  @FieldResolver(() => RegionRef, { description: "The issuer's region / 发文机关所在地区" })
  issuerRegion(@Root() bulletin: BulletinEntity): RegionRef {
    return regionRef(bulletin.issuerRegionCode);
  }

  @FieldResolver(() => String, {
    nullable: true,
    description: 'Document number, e.g. 青民发〔2025〕3号; null for a draft / 发文字号',
  })
  documentNumber(@Root() bulletin: BulletinEntity): string | null {
    return bulletin.documentPrefix && bulletin.documentYear && bulletin.documentSerial
      ? formatDocumentNumber(bulletin.documentPrefix, bulletin.documentYear, bulletin.documentSerial)
      : null;
  }

  @FieldResolver(() => Label)
  statusLabel(@Root() bulletin: BulletinEntity): Label {
    return labelFor(BulletinStatus, bulletin.status);
  }

  @FieldResolver(() => [Label], { description: 'Audience in both languages / 主送抄送对象名称' })
  audienceLabels(@Root() bulletin: BulletinEntity): Label[] {
    return bulletin.audience.map((audience) => labelFor(BulletinAudience, audience));
  }

  @FieldResolver(() => [BulletinItemType], { description: 'Commendations and criticisms, in order / 通报事项' })
  async items(
    @Root() bulletin: BulletinEntity,
    @Ctx() { loaders }: BulletinsContext,
    @Arg('kind', () => BulletinItemKindEnum, { nullable: true }) kind?: BulletinItemKind,
  ) {
    const items = await loaders.itemsOf.load(bulletin.id);
    return kind ? items.filter((item) => item.kind === kind) : items;
  }
}
