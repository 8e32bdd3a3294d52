import type { DataSource } from 'typeorm';
import type { RegistryImport } from '@dibao/domain';
import { forEachChunk, insertWriter, type AuditActor, type RowWriter } from '@dibao/db';
import { auditedWrite, auditImport } from '@dibao/server';
import { AgencyEntity, OfficialEntity, RegionEntity, RuleVersionEntity } from '../entities/index.js';

export interface ImportSummary {
  regions: number;
  villages: number;
  agencies: number;
  officials: number;
  ruleVersions: number;
}

/** Regions and agencies have few, narrow columns: larger chunks than the default. */
const CHUNK_SIZE = 2000;
/** Villages go in as arrays unnested by one statement each: 20,000 rows a round trip. */
const VILLAGE_CHUNK_SIZE = 20_000;

/**
 * Loads regions (parents first), their agencies and officials in one transaction: all or nothing. Regions and
 * agencies are upserted, so re-importing a newer division list updates names; officials are added only to
 * an empty table (they are edited through the API afterwards). One audit record per entity type.
 */
export async function importRegistry(
  dataSource: DataSource,
  data: RegistryImport,
  actor: AuditActor,
  progress: (message: string) => void = () => undefined,
  /** INSERT (the default) or COPY for bulk loads; the audit records of a copy carry its checksums. */
  writer: RowWriter = insertWriter(),
): Promise<ImportSummary> {
  return auditedWrite(dataSource, actor, async (tx) => {
    const { manager } = tx;
    // A bulk load (COPY) writes into empty tables; an ordinary import upserts, to take a newer division list.
    const copying = writer.mode === 'COPY';
    if (copying) {
      await writer.write(manager, RegionEntity, data.regions, { progress: (done) => progress(`regions ${done}`) });
      await writer.write(
        manager,
        AgencyEntity,
        data.agencies.map(({ key, ...agency }) => ({ id: key, ...agency })),
        { progress: (done) => progress(`agencies ${done}`) },
      );
    } else {
      await forEachChunk(
        data.regions,
        (chunk) =>
          manager
            .createQueryBuilder()
            .insert()
            .into(RegionEntity)
            .values(chunk)
            .orUpdate(['name', 'name_en', 'level', 'parent_code'], ['code'])
            .execute(),
        { size: CHUNK_SIZE, progress: (done) => progress(`regions ${done}/${data.regions.length}`) },
      );
    }
    // Villages (12-digit codes) come after the townships they belong to, in either mode.
    const villages = data.villages ?? [];
    await forEachChunk(
      villages,
      (chunk) =>
        manager.query(
          `INSERT INTO region (code, name, name_en, level, parent_code)
           SELECT code, name, name_en, 'VILLAGE', parent_code
             FROM unnest($1::text[], $2::text[], $3::text[], $4::text[]) AS v (code, name, name_en, parent_code)
           ON CONFLICT (code) DO UPDATE
             SET name = EXCLUDED.name, name_en = EXCLUDED.name_en, level = EXCLUDED.level,
                 parent_code = EXCLUDED.parent_code`,
          [
            chunk.map((v) => v.code),
            chunk.map((v) => v.name),
            chunk.map((v) => v.nameEn),
            chunk.map((v) => v.parentCode),
          ],
        ),
      { size: VILLAGE_CHUNK_SIZE, progress: (done) => progress(`villages ${done}/${villages.length}`) },
    );
    if (!copying) {
      await forEachChunk(
        data.agencies.map(({ key, ...agency }) => ({ id: key, ...agency })),
        (chunk) =>
          manager
            .createQueryBuilder()
            .insert()
            .into(AgencyEntity)
            .values(chunk)
            .orUpdate(['name', 'name_en'], ['id'])
            .execute(),
        { size: CHUNK_SIZE, progress: (done) => progress(`agencies ${done}/${data.agencies.length}`) },
      );
    }
    let officials = 0;
    if ((await manager.count(OfficialEntity)) === 0) {
      const regionOfAgency = new Map(data.agencies.map((agency) => [agency.key, agency.regionCode]));
      const rows = data.officials.map(({ agencyKey, ...official }) => {
        const regionCode = regionOfAgency.get(agencyKey);
        if (!regionCode) throw new Error(`official ${official.name} names an unknown agency ${agencyKey}`);
        return { ...official, agencyId: agencyKey, regionCode, active: true };
      });
      await writer.write(manager, OfficialEntity, rows, {
        size: CHUNK_SIZE,
        progress: (done) => progress(`officials ${done}/${rows.length}`),
      });
      officials = rows.length;
    }
    // Rule versions are never changed once adopted: the demo's go only into a registry that has none.
    let ruleVersions = 0;
    if (data.ruleVersions?.length && (await manager.count(RuleVersionEntity)) === 0) {
      await manager.insert(
        RuleVersionEntity,
        data.ruleVersions.map((version) => ({ ...version, adoptedBy: tx.actor, adoptedAt: new Date() })),
      );
      ruleVersions = data.ruleVersions.length;
    }
    const summary = {
      regions: data.regions.length,
      villages: villages.length,
      agencies: data.agencies.length,
      officials,
      ruleVersions,
    };
    await auditImport(
      tx,
      [
        ['Region', summary.regions + summary.villages],
        ['Agency', summary.agencies],
        ['Official', summary.officials],
        ['RuleVersion', summary.ruleVersions],
      ],
      writer,
    );
    return summary;
  });
}
