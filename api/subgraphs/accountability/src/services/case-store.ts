import type { EntityManager } from 'typeorm';
import { inScope, type Principal } from '@dibao/auth';
import { notFound, isUuid } from '@dibao/server';
import { AccountabilityCaseEntity } from '../entities/index.js';

const missing = (id: string) => notFound(`Accountability case ${id} does not exist`, `问责案件 ${id} 不存在`);

/** Loads a case for a change, locked until the transaction ends; NOT_FOUND outside the caller's scope. */
export async function lockCase(manager: EntityManager, principal: Principal, id: string) {
  if (!isUuid(id)) throw missing(id);
  const found = await manager.findOne(AccountabilityCaseEntity, { where: { id }, lock: { mode: 'pessimistic_write' } });
  if (!found || !inScope(principal, found.regionCode)) throw missing(id);
  return found;
}

/** The workflow fields of a case, for audit records. */
export function caseState(found: AccountabilityCaseEntity) {
  return {
    status: found.status,
    investigationStartedAt: found.investigationStartedAt,
    decidedAt: found.decidedAt,
    closedAt: found.closedAt,
    closingNote: found.closingNote,
  };
}
