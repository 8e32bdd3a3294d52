import type { DataSource, EntityManager } from 'typeorm';
import type { AuditActor } from '@dibao/db';
import { auditedWrite, auditImport } from '@dibao/server';
import { defaultDocumentPrefix, regionLevelOf, subtreeCodePrefix, type BulletinsImport } from '@dibao/domain';
import {
  AllocationEntity,
  AllocationLineEntity,
  AssessmentEntity,
  AssessmentSchemeEntity,
  BulletinEntity,
  BulletinEvidenceEntity,
  BulletinItemEntity,
  DocumentCounterEntity,
  DocumentPrefixEntity,
} from '../entities/index.js';
import { allocate } from './allocation.js';
import { storeScores } from './assessment.service.js';
import { issuerRegionOf } from './bulletin.service.js';
import { checkedEvidence } from './evidence.js';
import { assessmentInputsHash } from './inputs-hash.js';
import { scoreRegions } from './scoring.js';

async function importBulletin(
  manager: EntityManager,
  bulletin: BulletinsImport['bulletins'][number],
  prefixOf: (issuerId: string, regionCode: string) => string,
  actor: AuditActor,
) {
  const issuerRegionCode = issuerRegionOf(bulletin.issuerId);
  // Inserted as a draft and then moved to its status: the database lets only drafts take items.
  await manager.insert(BulletinEntity, {
    id: bulletin.id,
    issuerId: bulletin.issuerId,
    issuerRegionCode,
    issuerPrefix: subtreeCodePrefix(issuerRegionCode),
    title: bulletin.title,
    titleEn: bulletin.titleEn ?? null,
    summaryEn: bulletin.summaryEn ?? null,
    periodFrom: bulletin.periodFrom,
    periodTo: bulletin.periodTo,
    audience: bulletin.audience,
    status: 'DRAFT',
    body: bulletin.body,
    documentPrefix: null,
    documentYear: null,
    documentSerial: null,
    createdAt: bulletin.createdAt,
    createdBy: actor,
    updatedAt: bulletin.publishedAt ?? bulletin.issuedAt ?? bulletin.createdAt,
    issuedAt: null,
    issuedBy: null,
    publishedAt: null,
    publishedBy: null,
  });
  for (const [index, item] of bulletin.items.entries()) {
    await manager.insert(BulletinItemEntity, {
      id: item.id,
      bulletinId: bulletin.id,
      position: index + 1,
      kind: item.kind,
      category: item.category,
      regionCode: item.regionCode,
      summary: item.summary,
      publicText: item.publicText,
      createdAt: bulletin.createdAt,
      updatedAt: bulletin.createdAt,
    });
    const evidence = checkedEvidence(
      item.evidence.map((entry) => ({ kind: entry.kind, ref: entry.ref, note: entry.note ?? undefined })),
      issuerRegionCode,
    );
    if (evidence.length > 0) {
      await manager.insert(
        BulletinEvidenceEntity,
        evidence.map((entry) => ({ ...entry, itemId: item.id })),
      );
    }
  }
  if (bulletin.status !== 'DRAFT') {
    if (bulletin.documentYear === null || bulletin.documentSerial === null || bulletin.issuedAt === null) {
      throw new Error(`bulletin ${bulletin.id} is ${bulletin.status} but has no document number or issue time`);
    }
    await manager.update(
      BulletinEntity,
      { id: bulletin.id },
      {
        status: bulletin.status,
        documentPrefix: prefixOf(bulletin.issuerId, issuerRegionCode),
        documentYear: bulletin.documentYear,
        documentSerial: bulletin.documentSerial,
        issuedAt: bulletin.issuedAt,
        issuedBy: actor,
        publishedAt: bulletin.publishedAt,
        publishedBy: bulletin.publishedAt ? actor : null,
      },
    );
  }
}

async function importAssessment(
  manager: EntityManager,
  assessment: BulletinsImport['assessments'][number],
  actor: AuditActor,
) {
  const { provinceCode, year, level, indicators, regions } = assessment;
  // A prefecture's scheme is its local rule, not a scheme of the year; the assessment keeps its copy.
  if (regionLevelOf(provinceCode) === 'PROVINCE') {
    await manager.insert(AssessmentSchemeEntity, {
      provinceCode,
      year,
      level,
      indicators,
      definedAt: assessment.computedAt,
      definedBy: actor,
    });
  }
  const scores = scoreRegions(indicators, regions);
  const inputsHash = assessmentInputsHash({ provinceCode, year, level, indicators, regions });
  const saved = await manager.save(
    manager.create(AssessmentEntity, {
      provinceCode,
      year,
      level,
      indicators,
      status: 'COMPUTED',
      inputsHash,
      computedAt: assessment.computedAt,
      computedBy: actor,
      publishedAt: null,
      publishedBy: null,
    }),
  );
  await storeScores(manager, saved.id, scores);
  for (const allocation of assessment.allocations) {
    const lines = allocate({
      poolFen: allocation.poolFen,
      method: allocation.method,
      performanceShareBasisPoints: allocation.performanceShareBasisPoints,
      regions: scores.map((score) => ({
        regionCode: score.regionCode,
        score: score.score,
        recipients: score.recipients ?? 0,
      })),
    });
    await manager.insert(AllocationEntity, {
      id: allocation.id,
      provinceCode,
      year,
      assessmentId: saved.id,
      assessmentHash: inputsHash,
      title: allocation.title,
      poolFen: allocation.poolFen,
      method: allocation.method,
      performanceShareBasisPoints:
        allocation.method === 'REWARD_IN_LIEU_OF_SUBSIDY' ? 10_000 : allocation.performanceShareBasisPoints,
      status: 'DRAFT',
      createdAt: allocation.createdAt,
      createdBy: actor,
      updatedAt: allocation.publishedAt ?? allocation.finalisedAt ?? allocation.createdAt,
      finalisedAt: null,
      finalisedBy: null,
      publishedAt: null,
      publishedBy: null,
    });
    await manager.insert(
      AllocationLineEntity,
      lines.map((line) => ({ ...line, allocationId: allocation.id })),
    );
    if (allocation.status !== 'DRAFT') {
      await manager.update(
        AllocationEntity,
        { id: allocation.id },
        {
          status: allocation.status,
          finalisedAt: allocation.finalisedAt ?? allocation.createdAt,
          finalisedBy: actor,
          publishedAt: allocation.publishedAt,
          publishedBy: allocation.publishedAt ? actor : null,
        },
      );
    }
  }
  if (assessment.publishedAt) {
    await manager.update(
      AssessmentEntity,
      { id: saved.id },
      { status: 'PUBLISHED', publishedAt: assessment.publishedAt, publishedBy: actor },
    );
  }
  return assessment.allocations.length;
}

/**
 * Loads document prefixes, bulletins (with items and evidence) and assessments with their allocations in one
 * transaction (all or nothing), with one audit record per kind. Document counters are set to the highest
 * number imported per issuer and year, so that the next issue continues without a gap.
 */
export async function importBulletins(
  dataSource: DataSource,
  data: BulletinsImport,
  actor: AuditActor,
  progress: (message: string) => void = () => undefined,
) {
  return auditedWrite(dataSource, actor, async (tx) => {
    const { manager } = tx;
    const now = new Date();
    if (data.documentPrefixes.length > 0) {
      await manager.insert(
        DocumentPrefixEntity,
        data.documentPrefixes.map((entry) => ({ ...entry, updatedAt: now, updatedBy: actor })),
      );
    }
    const configured = new Map(data.documentPrefixes.map((entry) => [entry.issuerId, entry.prefix]));
    const prefixOf = (issuerId: string, regionCode: string) =>
      configured.get(issuerId) ?? defaultDocumentPrefix(regionCode);
    for (const [index, bulletin] of data.bulletins.entries()) {
      await importBulletin(manager, bulletin, prefixOf, actor);
      progress(`bulletins ${index + 1}/${data.bulletins.length}`);
    }
    const counters = new Map<string, DocumentCounterEntity>();
    for (const bulletin of data.bulletins) {
      if (bulletin.documentYear === null || bulletin.documentSerial === null) continue;
      const key = `${bulletin.issuerId}|${bulletin.documentYear}`;
      const lastSerial = Math.max(counters.get(key)?.lastSerial ?? 0, bulletin.documentSerial);
      counters.set(key, { issuerId: bulletin.issuerId, year: bulletin.documentYear, lastSerial });
    }
    if (counters.size > 0) await manager.insert(DocumentCounterEntity, [...counters.values()]);

    let allocations = 0;
    for (const [index, assessment] of data.assessments.entries()) {
      allocations += await importAssessment(manager, assessment, actor);
      progress(`assessments ${index + 1}/${data.assessments.length}`);
    }
    const items = data.bulletins.reduce((sum, bulletin) => sum + bulletin.items.length, 0);
    await auditImport(tx, [
      ['DocumentPrefix', data.documentPrefixes.length],
      ['Bulletin', data.bulletins.length],
      ['BulletinItem', items],
      ['Assessment', data.assessments.length],
      ['Allocation', allocations],
    ]);
    return {
      documentPrefixes: data.documentPrefixes.length,
      bulletins: data.bulletins.length,
      items,
      assessments: data.assessments.length,
      allocations,
    };
  });
}
