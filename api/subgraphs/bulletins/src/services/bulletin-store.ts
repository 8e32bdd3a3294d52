import type { EntityManager } from 'typeorm';
import type { Principal } from '@dibao/auth';
import { conflict, notFound } from '@dibao/server';
import { BulletinEntity } from '../entities/index.js';
import { canReadInternals, requireIssuerReviewer } from './access.js';

/**
 * Loads a bulletin for a change, locked until the transaction ends. NOT_FOUND for callers who may not read it
 * (its existence is not revealed), FORBIDDEN for readers who may not write it.
 */
export async function lockBulletinForChange(manager: EntityManager, principal: Principal, id: string) {
  const bulletin = await manager.findOne(BulletinEntity, { where: { id }, lock: { mode: 'pessimistic_write' } });
  if (!bulletin || !canReadInternals(principal, bulletin)) {
    throw notFound(`Bulletin ${id} does not exist`, `通报 ${id} 不存在`);
  }
  requireIssuerReviewer(principal, bulletin.issuerRegionCode);
  return bulletin;
}

/** What every audited change of a bulletin shares: its audit name, the locked row, the fields compared. */
export const bulletinChange = (principal: Principal, id: string) => ({
  entityType: 'Bulletin',
  lock: (manager: EntityManager) => lockBulletinForChange(manager, principal, id),
  state: bulletinState,
});

/** Drafts alone may change; an issued bulletin is the document that went out. */
export function requireDraft(bulletin: BulletinEntity): void {
  if (bulletin.status !== 'DRAFT') {
    throw conflict(
      `The bulletin is ${bulletin.status}: only a draft can change`,
      `该通报状态为 ${bulletin.status}，只有草稿可以修改`,
    );
  }
}

/** A snapshot of the fields audit records compare. */
export function bulletinState(bulletin: BulletinEntity) {
  return {
    issuerId: bulletin.issuerId,
    status: bulletin.status,
    title: bulletin.title,
    titleEn: bulletin.titleEn,
    summaryEn: bulletin.summaryEn,
    periodFrom: bulletin.periodFrom,
    periodTo: bulletin.periodTo,
    audience: bulletin.audience,
    body: bulletin.body,
    documentPrefix: bulletin.documentPrefix,
    documentYear: bulletin.documentYear,
    documentSerial: bulletin.documentSerial,
    issuedAt: bulletin.issuedAt,
    publishedAt: bulletin.publishedAt,
  };
}
