import type { DataSource } from 'typeorm';
import type { Principal } from '@dibao/auth';
import { badInput, changeAudited, createAudited, notFound, requireRegionInScope } from '@dibao/server';
import { AgencyEntity, OfficialEntity } from '../entities/index.js';
import type { NewOfficialInput, OfficialChangesInput } from '../schema/official.input.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function requiredText(value: string, field: string): string {
  const trimmed = value.trim();
  if (!trimmed) throw badInput(`${field} must not be blank`, `${field} 不能为空`);
  return trimmed;
}

export function checkedOfficialId(id: string): string {
  if (!UUID.test(id)) throw badInput(`Official id must be a UUID, got "${id}"`, `工作人员 ID 须为 UUID，收到“${id}”`);
  return id;
}

/** Adds an official to an agency in the caller's scope; the row and its audit record commit together. */
export function createOfficial(dataSource: DataSource, principal: Principal, input: NewOfficialInput) {
  return createAudited(dataSource, principal, {
    entityType: 'Official',
    action: 'CREATE',
    async create({ manager }) {
      const agency = await manager.findOneBy(AgencyEntity, { id: input.agencyId });
      if (!agency) throw notFound(`Agency ${input.agencyId} does not exist`, `机构 ${input.agencyId} 不存在`);
      requireRegionInScope({ principal }, agency.regionCode);
      return manager.create(OfficialEntity, {
        agencyId: agency.id,
        regionCode: agency.regionCode,
        name: requiredText(input.name, 'name'),
        position: requiredText(input.position, 'position'),
        positionEn: requiredText(input.positionEn, 'positionEn'),
        cadreLevel: input.cadreLevel,
        active: true,
      });
    },
  });
}

/** Applies the given changes to an official in the caller's scope, audited with before and after. */
export async function updateOfficial(
  dataSource: DataSource,
  principal: Principal,
  id: string,
  changes: OfficialChangesInput,
) {
  checkedOfficialId(id);
  return changeAudited(dataSource, principal, {
    entityType: 'Official',
    action: 'UPDATE',
    async lock(manager) {
      // Locked so that concurrent edits are applied one after the other, each audited against its "before".
      const current = await manager.findOne(OfficialEntity, { where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!current) throw notFound(`Official ${id} does not exist`, `工作人员 ${id} 不存在`);
      requireRegionInScope({ principal }, current.regionCode);
      return current;
    },
    state: (official) => ({ ...official }),
    apply(official) {
      const defined = Object.fromEntries(
        Object.entries(changes)
          .filter(([, value]) => value !== undefined && value !== null)
          .map(([field, value]) => [field, typeof value === 'string' ? requiredText(value, field) : value]),
      );
      if (Object.keys(defined).length === 0) {
        throw badInput('Nothing to change: give at least one field', '没有要修改的内容：请至少提供一个字段');
      }
      Object.assign(official, defined);
    },
  });
}
