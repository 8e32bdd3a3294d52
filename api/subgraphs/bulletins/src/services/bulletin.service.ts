import type { Principal } from '@dibao/auth';
import {
  civilAffairsAgencyId,
  civilAffairsRegionOf,
  formatDocumentNumber,
  isAgencyRegionCode,
  subtreeCodePrefix,
  type BulletinAudience,
} from '@dibao/domain';
import { actorOf, auditedWrite, badInput, changeAudited, conflict } from '@dibao/server';
import { BulletinEntity, BulletinItemEntity, DocumentPrefixEntity } from '../entities/index.js';
import type { CreateBulletinDraftInput, UpdateBulletinDraftInput } from '../schema/bulletin.inputs.js';
import { requireIssuerReviewer } from './access.js';
import { bulletinChange, bulletinState, lockBulletinForChange, requireDraft } from './bulletin-store.js';
import { shanghaiYear, type BulletinsDeps } from './deps.js';
import { bulletinIssuedNotices } from './notices.js';
import { documentPrefixOf, nextDocumentSerial } from './numbering.js';

/** The region of an issuer id; only civil affairs departments issue bulletins. */
export function issuerRegionOf(issuerId: string): string {
  const regionCode = civilAffairsRegionOf(issuerId);
  if (!regionCode || !isAgencyRegionCode(regionCode)) {
    throw badInput(
      `The issuer must be a civil affairs department, \`<region code>:CIVIL_AFFAIRS\`; got "${issuerId}"`,
      `发文机关须为民政部门（\`<区划代码>:CIVIL_AFFAIRS\`），收到“${issuerId}”`,
    );
  }
  return regionCode;
}

function checkPeriod(from: Date, to: Date): void {
  if (Number.isNaN(from.getTime()) || Number.isNaN(to.getTime()) || to.getTime() < from.getTime()) {
    throw badInput('The period must end on or after its start', '通报期间的结束时间不能早于开始时间');
  }
}

/** Optional text as stored: trimmed, and null when blank (an empty string removes an English title). */
const optionalText = (value: string | null | undefined) => value?.trim() || null;

const distinctAudience = (audience: readonly BulletinAudience[]) => [...new Set(audience)];

/** Starts a draft (no number yet: numbers are given on issue, so drafts that are dropped leave no gaps). */
export async function createBulletinDraft(deps: BulletinsDeps, principal: Principal, input: CreateBulletinDraftInput) {
  const issuerId = input.issuer ?? civilAffairsAgencyId(principal.region);
  const issuerRegionCode = issuerRegionOf(issuerId);
  requireIssuerReviewer(principal, issuerRegionCode);
  checkPeriod(input.periodFrom, input.periodTo);
  const now = deps.now();
  return auditedWrite(deps.dataSource, principal, async ({ manager, audit }) => {
    const bulletin = await manager.save(
      manager.create(BulletinEntity, {
        issuerId,
        issuerRegionCode,
        issuerPrefix: subtreeCodePrefix(issuerRegionCode),
        title: input.title.trim(),
        titleEn: optionalText(input.titleEn),
        summaryEn: optionalText(input.summaryEn),
        periodFrom: input.periodFrom,
        periodTo: input.periodTo,
        audience: distinctAudience(input.audience),
        status: 'DRAFT',
        body: input.body.trim(),
        documentPrefix: null,
        documentYear: null,
        documentSerial: null,
        createdAt: now,
        createdBy: actorOf(principal),
        updatedAt: now,
        issuedAt: null,
        issuedBy: null,
        publishedAt: null,
        publishedBy: null,
      }),
    );
    await audit({
      entityType: 'Bulletin',
      entityId: bulletin.id,
      action: 'CREATE_DRAFT',
      after: bulletinState(bulletin),
    });
    return bulletin;
  });
}

export async function updateBulletinDraft(deps: BulletinsDeps, principal: Principal, input: UpdateBulletinDraftInput) {
  return auditedWrite(deps.dataSource, principal, async ({ manager, audit }) => {
    const bulletin = await lockBulletinForChange(manager, principal, input.id);
    requireDraft(bulletin);
    const before = bulletinState(bulletin);
    if (input.title != null) bulletin.title = input.title.trim();
    if (input.titleEn != null) bulletin.titleEn = optionalText(input.titleEn);
    if (input.summaryEn != null) bulletin.summaryEn = optionalText(input.summaryEn);
    if (input.periodFrom != null) bulletin.periodFrom = input.periodFrom;
    if (input.periodTo != null) bulletin.periodTo = input.periodTo;
    if (input.audience != null) bulletin.audience = distinctAudience(input.audience);
    if (input.body != null) bulletin.body = input.body.trim();
    checkPeriod(bulletin.periodFrom, bulletin.periodTo);
    bulletin.updatedAt = deps.now();
    const saved = await manager.save(BulletinEntity, bulletin);
    await audit({
      entityType: 'Bulletin',
      entityId: saved.id,
      action: 'UPDATE_DRAFT',
      before,
      after: bulletinState(saved),
    });
    return saved;
  });
}

/** Drops a draft and its items; an issued bulletin stays for good. */
export async function discardBulletinDraft(deps: BulletinsDeps, principal: Principal, id: string) {
  return auditedWrite(deps.dataSource, principal, async ({ manager, audit }) => {
    const bulletin = await lockBulletinForChange(manager, principal, id);
    requireDraft(bulletin);
    const items = await manager.countBy(BulletinItemEntity, { bulletinId: id });
    await manager.delete(BulletinEntity, { id });
    await audit({
      entityType: 'Bulletin',
      entityId: id,
      action: 'DISCARD_DRAFT',
      before: { ...bulletinState(bulletin), items },
    });
    return id;
  });
}

/**
 * DRAFT → ISSUED: the bulletin gets the issuer's next document number of the year (Beijing calendar), inside
 * this transaction and under the counter's row lock, and its content is frozen.
 */
export function issueBulletin(deps: BulletinsDeps, principal: Principal, id: string) {
  return changeAudited(deps.dataSource, principal, {
    ...bulletinChange(principal, id),
    action: 'ISSUE',
    async apply(bulletin, { manager, actor }) {
      if (bulletin.status !== 'DRAFT') {
        throw conflict(
          `The bulletin is already ${bulletin.status}`,
          `该通报已是 ${bulletin.status} 状态，不能再次印发`,
        );
      }
      const items = await manager.countBy(BulletinItemEntity, { bulletinId: id });
      if (items === 0) {
        throw conflict('A bulletin without items cannot be issued', '没有通报事项的通报不能印发');
      }
      const now = deps.now();
      const year = shanghaiYear(now);
      const prefix = await documentPrefixOf(manager, bulletin.issuerId, bulletin.issuerRegionCode);
      const serial = await nextDocumentSerial(manager, bulletin.issuerId, year);
      bulletin.documentPrefix = prefix;
      bulletin.documentYear = year;
      bulletin.documentSerial = serial;
      bulletin.status = 'ISSUED';
      bulletin.issuedAt = now;
      bulletin.issuedBy = actor;
      bulletin.updatedAt = now;
      return formatDocumentNumber(prefix, year, serial);
    },
    after: (saved, documentNumber) => ({ ...bulletinState(saved), documentNumber }),
    raises: (saved, documentNumber) => bulletinIssuedNotices(saved, documentNumber),
  });
}

/** ISSUED → PUBLISHED: a deliberate act of its own; from now on the bulletin and its public texts are public. */
export function publishBulletin(deps: BulletinsDeps, principal: Principal, id: string) {
  return changeAudited(deps.dataSource, principal, {
    ...bulletinChange(principal, id),
    action: 'PUBLISH',
    apply(bulletin, { actor }) {
      if (bulletin.status !== 'ISSUED') {
        throw conflict(
          bulletin.status === 'DRAFT'
            ? 'A draft cannot be published: issue it first'
            : 'The bulletin is already published',
          bulletin.status === 'DRAFT' ? '草稿不能公开，请先印发' : '该通报已公开',
        );
      }
      const now = deps.now();
      bulletin.status = 'PUBLISHED';
      bulletin.publishedAt = now;
      bulletin.publishedBy = actor;
      bulletin.updatedAt = now;
    },
  });
}

const PREFIX = /^[^\s〔〕]{1,20}$/u;

/** Configures the prefix an issuer's future documents are numbered under (issued ones keep theirs). */
export async function setDocumentPrefix(deps: BulletinsDeps, principal: Principal, issuerId: string, prefix: string) {
  const issuerRegionCode = issuerRegionOf(issuerId);
  requireIssuerReviewer(principal, issuerRegionCode);
  const trimmed = prefix.trim();
  if (!PREFIX.test(trimmed)) {
    throw badInput(
      'A prefix has 1 to 20 characters, without spaces or 〔〕',
      '发文字号前缀须为 1 至 20 个字符，不含空格和〔〕',
    );
  }
  return auditedWrite(deps.dataSource, principal, async ({ manager, audit }) => {
    const before = await manager.findOne(DocumentPrefixEntity, {
      where: { issuerId },
      lock: { mode: 'pessimistic_write' },
    });
    await manager.upsert(
      DocumentPrefixEntity,
      { issuerId, prefix: trimmed, updatedAt: deps.now(), updatedBy: actorOf(principal) },
      ['issuerId'],
    );
    await audit({
      entityType: 'DocumentPrefix',
      entityId: issuerId,
      action: 'SET',
      before: before ? { prefix: before.prefix } : null,
      after: { prefix: trimmed },
    });
    return trimmed;
  });
}
