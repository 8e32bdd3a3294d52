import type { EntityManager } from 'typeorm';
import type { Principal } from '@dibao/auth';
import { BULLETIN_CATEGORY_KIND, BulletinItemCategory, isWithinRegion, type BulletinItemKind } from '@dibao/domain';
import { auditedWrite, badInput, notFound } from '@dibao/server';
import { BulletinEntity, BulletinEvidenceEntity, BulletinItemEntity } from '../entities/index.js';
import type { AddBulletinItemInput, UpdateBulletinItemInput } from '../schema/bulletin.inputs.js';
import { lockBulletinForChange, requireDraft } from './bulletin-store.js';
import type { BulletinsDeps } from './deps.js';
import { checkedEvidence, type CheckedEvidence } from './evidence.js';

function checkKindAndCategory(kind: BulletinItemKind, category: BulletinItemCategory): void {
  if (BULLETIN_CATEGORY_KIND[category] !== kind) {
    const label = BulletinItemCategory[category];
    throw badInput(
      `${label.en} (${category}) is a ${BULLETIN_CATEGORY_KIND[category]}, not a ${kind}`,
      `“${label.zh}”不属于${kind === 'COMMENDATION' ? '通报表扬' : '通报批评'}`,
    );
  }
}

function checkRegion(regionCode: string, bulletin: BulletinEntity): void {
  if (!isWithinRegion(regionCode, bulletin.issuerRegionCode)) {
    throw badInput(
      `Region ${regionCode} is outside the issuer's region ${bulletin.issuerRegionCode}`,
      `地区 ${regionCode} 不在发文机关辖区 ${bulletin.issuerRegionCode} 内`,
    );
  }
}

async function replaceEvidence(manager: EntityManager, itemId: string, evidence: readonly CheckedEvidence[]) {
  await manager.delete(BulletinEvidenceEntity, { itemId });
  if (evidence.length > 0) {
    await manager.insert(
      BulletinEvidenceEntity,
      evidence.map((entry) => ({ ...entry, itemId })),
    );
  }
}

function itemState(item: BulletinItemEntity, evidence: readonly CheckedEvidence[]) {
  return {
    bulletinId: item.bulletinId,
    position: item.position,
    kind: item.kind,
    category: item.category,
    regionCode: item.regionCode,
    summary: item.summary,
    publicText: item.publicText,
    evidence,
  };
}

async function touch(manager: EntityManager, bulletin: BulletinEntity, now: Date) {
  await manager.update(BulletinEntity, { id: bulletin.id }, { updatedAt: now });
}

export async function addBulletinItem(deps: BulletinsDeps, principal: Principal, input: AddBulletinItemInput) {
  checkKindAndCategory(input.kind, input.category);
  return auditedWrite(deps.dataSource, principal, async ({ manager, audit }) => {
    const bulletin = await lockBulletinForChange(manager, principal, input.bulletinId);
    requireDraft(bulletin);
    checkRegion(input.regionCode, bulletin);
    const evidence = checkedEvidence(input.evidence, bulletin.issuerRegionCode);
    const [{ last }] = (await manager.query(
      'SELECT coalesce(max(position), 0)::int AS last FROM bulletin_item WHERE bulletin_id = $1',
      [bulletin.id],
    )) as [{ last: number }];
    const now = deps.now();
    const item = await manager.save(
      manager.create(BulletinItemEntity, {
        bulletinId: bulletin.id,
        position: last + 1,
        kind: input.kind,
        category: input.category,
        regionCode: input.regionCode,
        summary: input.summary.trim(),
        publicText: input.publicText.trim(),
        createdAt: now,
        updatedAt: now,
      }),
    );
    await replaceEvidence(manager, item.id, evidence);
    await touch(manager, bulletin, now);
    await audit({
      entityType: 'BulletinItem',
      entityId: item.id,
      action: 'ADD',
      after: itemState(item, evidence),
    });
    return item;
  });
}

async function lockItem(manager: EntityManager, principal: Principal, id: string) {
  const found = await manager.findOneBy(BulletinItemEntity, { id });
  if (!found) throw notFound(`Bulletin item ${id} does not exist`, `通报事项 ${id} 不存在`);
  const bulletin = await lockBulletinForChange(manager, principal, found.bulletinId);
  requireDraft(bulletin);
  // Read again under the bulletin's lock: a concurrent change or removal has finished by now.
  const item = await manager.findOneBy(BulletinItemEntity, { id });
  if (!item) throw notFound(`Bulletin item ${id} does not exist`, `通报事项 ${id} 不存在`);
  const evidence = await manager.find(BulletinEvidenceEntity, { where: { itemId: id }, order: { position: 'ASC' } });
  return { item, bulletin, evidence: evidence.map(({ itemId: _itemId, ...entry }) => entry) };
}

export async function updateBulletinItem(deps: BulletinsDeps, principal: Principal, input: UpdateBulletinItemInput) {
  return auditedWrite(deps.dataSource, principal, async ({ manager, audit }) => {
    const { item, bulletin, evidence: previous } = await lockItem(manager, principal, input.id);
    const before = itemState(item, previous);
    if (input.kind != null) item.kind = input.kind;
    if (input.category != null) item.category = input.category;
    checkKindAndCategory(item.kind, item.category);
    if (input.regionCode != null) {
      checkRegion(input.regionCode, bulletin);
      item.regionCode = input.regionCode;
    }
    if (input.summary != null) item.summary = input.summary.trim();
    if (input.publicText != null) item.publicText = input.publicText.trim();
    const evidence = input.evidence != null ? checkedEvidence(input.evidence, bulletin.issuerRegionCode) : previous;
    const now = deps.now();
    item.updatedAt = now;
    const saved = await manager.save(BulletinItemEntity, item);
    if (input.evidence != null) await replaceEvidence(manager, item.id, evidence);
    await touch(manager, bulletin, now);
    await audit({
      entityType: 'BulletinItem',
      entityId: item.id,
      action: 'UPDATE',
      before,
      after: itemState(saved, evidence),
    });
    return saved;
  });
}

/** Removes an item from a draft; returns the bulletin. */
export async function removeBulletinItem(deps: BulletinsDeps, principal: Principal, id: string) {
  return auditedWrite(deps.dataSource, principal, async ({ manager, audit }) => {
    const { item, bulletin, evidence } = await lockItem(manager, principal, id);
    await manager.delete(BulletinItemEntity, { id });
    const now = deps.now();
    await touch(manager, bulletin, now);
    await audit({
      entityType: 'BulletinItem',
      entityId: id,
      action: 'REMOVE',
      before: itemState(item, evidence),
    });
    return { ...bulletin, updatedAt: now };
  });
}
