import type { EntityManager, EntityTarget, ObjectLiteral } from 'typeorm';
import { inScope, type Principal } from '@dibao/auth';
import { isAgencyRegionCode } from '@dibao/domain';
import { auditedWrite, badInput, changeAudited, conflict, createAudited, notFound } from '@dibao/server';
import { ComplaintEntity, SocialOrganizationContractEntity, VolunteerSupervisorEntity } from '../entities/index.js';
import type { SocialOrganizationContractInput, VolunteerSupervisorInput } from '../schema/inputs.js';
import { requireAdminOf } from './access.js';
import { isUuid } from './complaint-store.js';
import type { ComplaintsDeps } from './deps.js';
import { isCalendarDate } from './shanghai-date.js';

/*
 * The registries of volunteer supervisors (义务监督员) and of social organisations engaged by purchase of
 * services: kept by an ADMIN whose scope holds the region. A record that complaints already came through
 * cannot be removed (its term or period can be changed instead).
 */

function checkPeriod(regionCode: string, start: string, end: string, what: string) {
  if (!isAgencyRegionCode(regionCode))
    throw badInput(`${regionCode} is not a region code`, `${regionCode} 不是区划代码`);
  if (!isCalendarDate(start) || !isCalendarDate(end) || end < start) {
    throw badInput(
      `The ${what} must be two real dates, the end not before the start`,
      `${what === 'term' ? '聘期' : '服务期'}须为有效日期，且结束不早于开始`,
    );
  }
}

async function lockInScope<T extends ObjectLiteral & { regionCode: string }>(
  manager: EntityManager,
  target: EntityTarget<T>,
  principal: Principal,
  id: string,
  what: { en: string; zh: string },
): Promise<T> {
  const row = isUuid(id)
    ? await manager.findOne(target, { where: { id } as never, lock: { mode: 'pessimistic_write' } })
    : null;
  if (!row || !inScope(principal, row.regionCode)) {
    throw notFound(`${what.en} ${id} does not exist`, `${what.zh} ${id} 不存在`);
  }
  requireAdminOf(principal, row.regionCode);
  return row;
}

const VOLUNTEER = { en: 'Volunteer supervisor', zh: '义务监督员' };
const CONTRACT = { en: 'Purchase-of-services contract', zh: '政府购买服务合同' };

export async function registerVolunteer(deps: ComplaintsDeps, principal: Principal, input: VolunteerSupervisorInput) {
  checkPeriod(input.regionCode, input.termStart, input.termEnd, 'term');
  requireAdminOf(principal, input.regionCode);
  return createAudited(deps.dataSource, principal, {
    entityType: 'VolunteerSupervisor',
    action: 'REGISTER',
    create: ({ manager }) =>
      manager.create(VolunteerSupervisorEntity, {
        regionCode: input.regionCode,
        name: input.name.trim(),
        affiliation: input.affiliation.trim(),
        termStart: input.termStart,
        termEnd: input.termEnd,
      }),
  });
}

export async function updateVolunteer(
  deps: ComplaintsDeps,
  principal: Principal,
  id: string,
  input: VolunteerSupervisorInput,
) {
  checkPeriod(input.regionCode, input.termStart, input.termEnd, 'term');
  requireAdminOf(principal, input.regionCode);
  return changeAudited(deps.dataSource, principal, {
    entityType: 'VolunteerSupervisor',
    action: 'UPDATE',
    lock: (manager) => lockInScope(manager, VolunteerSupervisorEntity, principal, id, VOLUNTEER),
    state: (volunteer) => ({ ...volunteer }),
    apply(volunteer) {
      Object.assign(volunteer, {
        regionCode: input.regionCode,
        name: input.name.trim(),
        affiliation: input.affiliation.trim(),
        termStart: input.termStart,
        termEnd: input.termEnd,
      });
    },
  });
}

export async function removeVolunteer(deps: ComplaintsDeps, principal: Principal, id: string) {
  return auditedWrite(deps.dataSource, principal, async ({ manager, audit }) => {
    const volunteer = await lockInScope(manager, VolunteerSupervisorEntity, principal, id, VOLUNTEER);
    if ((await manager.countBy(ComplaintEntity, { volunteerId: id })) > 0) {
      throw conflict(
        'Complaints came through this volunteer supervisor: end the term instead',
        '已有经该义务监督员反映的投诉举报，不能删除，请改为结束聘期',
      );
    }
    await manager.delete(VolunteerSupervisorEntity, { id });
    await audit({
      entityType: 'VolunteerSupervisor',
      entityId: id,
      action: 'REMOVE',
      before: volunteer,
    });
    return true;
  });
}

function contractFields(input: SocialOrganizationContractInput) {
  return {
    regionCode: input.regionCode,
    organizationName: input.organizationName.trim(),
    contractNumber: input.contractNumber.trim(),
    periodStart: input.periodStart,
    periodEnd: input.periodEnd,
    amountFen: input.amountFen,
    deliverables: input.deliverables.trim(),
  };
}

const duplicateContract = (input: SocialOrganizationContractInput) => ({
  en: `Contract number ${input.contractNumber} is already registered`,
  zh: `合同编号 ${input.contractNumber} 已登记`,
});

export async function registerContract(
  deps: ComplaintsDeps,
  principal: Principal,
  input: SocialOrganizationContractInput,
) {
  checkPeriod(input.regionCode, input.periodStart, input.periodEnd, 'period');
  requireAdminOf(principal, input.regionCode);
  return createAudited(deps.dataSource, principal, {
    entityType: 'SocialOrganizationContract',
    action: 'REGISTER',
    create: ({ manager }) => manager.create(SocialOrganizationContractEntity, contractFields(input)),
    duplicate: duplicateContract(input),
  });
}

export async function updateContract(
  deps: ComplaintsDeps,
  principal: Principal,
  id: string,
  input: SocialOrganizationContractInput,
) {
  checkPeriod(input.regionCode, input.periodStart, input.periodEnd, 'period');
  requireAdminOf(principal, input.regionCode);
  return changeAudited(deps.dataSource, principal, {
    entityType: 'SocialOrganizationContract',
    action: 'UPDATE',
    lock: (manager) => lockInScope(manager, SocialOrganizationContractEntity, principal, id, CONTRACT),
    state: (contract) => ({ ...contract }),
    apply(contract) {
      Object.assign(contract, contractFields(input));
    },
    duplicate: duplicateContract(input),
  });
}

export async function removeContract(deps: ComplaintsDeps, principal: Principal, id: string) {
  return auditedWrite(deps.dataSource, principal, async ({ manager, audit }) => {
    const contract = await lockInScope(manager, SocialOrganizationContractEntity, principal, id, CONTRACT);
    if ((await manager.countBy(ComplaintEntity, { contractId: id })) > 0) {
      throw conflict(
        'Complaints came through this contract: change its period instead',
        '已有经该社会组织反映的投诉举报，不能删除，请改为调整服务期',
      );
    }
    await manager.delete(SocialOrganizationContractEntity, { id });
    await audit({
      entityType: 'SocialOrganizationContract',
      entityId: id,
      action: 'REMOVE',
      before: contract,
    });
    return true;
  });
}
