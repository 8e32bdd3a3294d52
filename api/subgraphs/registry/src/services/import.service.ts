import type { DataSource } from 'typeorm';
import type { RegistryImport } from '@dibao/domain';
import { forEachChunk, insertWriter, type AuditActor, type RowWriter } from '@dibao/db';
import { auditedWrite, auditImport } from '@dibao/server';
import { AgencyEntity, OfficialEntity, RegionEntity } from '../entities/index.js';

export interface ImportSummary {
  regions: number;
  agencies: number;
  officials: number;
}

/** Regions and agencies have few, narrow columns: larger chunks than the default. */
const CHUNK_SIZE = 2000;

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
    const summary = { regions: data.regions.length, agencies: data.agencies.length, officials };
    await auditImport(
      tx,
      [
        ['Region', summary.regions],
        ['Agency', summary.agencies],
        ['Official', summary.officials],
      ],
      writer,
    );
    return summary;
  });
}
