import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { BulletinEvidenceKind, BulletinItemCategory, BulletinItemKind } from '@dibao/domain';
import { forbidden, Label, labelFor, unauthenticated } from '@dibao/server';
import type { BulletinsContext } from '../context.js';
import type { BulletinEvidenceEntity, BulletinItemEntity } from '../entities/index.js';
import { BulletinEvidenceType, BulletinItemType } from '../schema/bulletin-item.type.js';
import { BulletinType } from '../schema/bulletin.type.js';
import { stubOf } from '../schema/evidence-refs.js';
import { RegionRef, regionRef } from '../schema/region.type.js';
import { canReadInternals } from '../services/access.js';

/** The federated view of a piece of evidence: the reference, and the entity or region it leads to. */
export function evidenceView(entry: BulletinEvidenceEntity): BulletinEvidenceType {
  const record = (kind: BulletinEvidenceEntity['kind']) =>
    entry.kind === kind && entry.refId ? stubOf(entry.refId) : null;
  return {
    position: entry.position,
    kind: entry.kind,
    kindLabel: labelFor(BulletinEvidenceKind, entry.kind),
    ref: { id: entry.refId, regionCode: entry.regionCode, year: entry.year },
    note: entry.note,
    region: entry.regionCode ? regionRef(entry.regionCode) : null,
    year: entry.year,
    incident: record('INCIDENT'),
    inspection: record('INSPECTION'),
    finding: record('FINDING'),
    complaint: record('COMPLAINT'),
    accountabilityCase: record('ACCOUNTABILITY_CASE'),
  };
}

@Resolver(() => BulletinItemType)
export class BulletinItemResolver {
  @FieldResolver(() => Label)
  kindLabel(@Root() item: BulletinItemEntity): Label {
    return labelFor(BulletinItemKind, item.kind);
  }

  @FieldResolver(() => Label)
  categoryLabel(@Root() item: BulletinItemEntity): Label {
    return labelFor(BulletinItemCategory, item.category);
  }

  @FieldResolver(() => RegionRef, { description: 'The region commended or criticised / 被表扬或批评的地区' })
  region(@Root() item: BulletinItemEntity): RegionRef {
    return regionRef(item.regionCode);
  }

  @FieldResolver(() => BulletinType, { nullable: true, description: 'The bulletin it belongs to / 所属通报' })
  bulletin(@Root() item: BulletinItemEntity, @Ctx() { loaders }: BulletinsContext) {
    return loaders.bulletinById.load(item.bulletinId);
  }

  @FieldResolver(() => String, {
    nullable: true,
    description:
      'What the evidence shows (internal: for the issuer and the audience, never public) / 事由摘要（内部，不公开）',
  })
  async summary(@Root() item: BulletinItemEntity, @Ctx() context: BulletinsContext): Promise<string> {
    await requireInternals(context, item);
    return item.summary;
  }

  @FieldResolver(() => [BulletinEvidenceType], {
    nullable: true,
    description:
      'The evidence, leading to the records and statistics of other subgraphs (internal) / 通报依据（内部，不公开）',
  })
  async evidence(@Root() item: BulletinItemEntity, @Ctx() context: BulletinsContext): Promise<BulletinEvidenceType[]> {
    // Both loads are asked for at once, so that every item's evidence goes in one batch.
    const [, evidence] = await Promise.all([requireInternals(context, item), context.loaders.evidenceOf.load(item.id)]);
    return evidence.map(evidenceView);
  }
}

/**
 * Internal fields are for the issuer's side and the audience: anonymous callers get UNAUTHENTICATED and other
 * principals FORBIDDEN, while the public fields of a published item stay readable beside the error.
 */
async function requireInternals(context: BulletinsContext, item: BulletinItemEntity): Promise<void> {
  const bulletin = await context.loaders.bulletinOfItem.load(item.bulletinId);
  if (bulletin && canReadInternals(context.principal, bulletin)) return;
  if (!context.principal) {
    throw unauthenticated(
      'Internal notes and evidence need a signed-in official',
      '内部说明和依据仅供登录的工作人员查阅',
    );
  }
  throw forbidden(
    'Internal notes and evidence are for the issuer and the audience of the bulletin',
    '内部说明和依据仅供发文机关和通报对象查阅',
  );
}
