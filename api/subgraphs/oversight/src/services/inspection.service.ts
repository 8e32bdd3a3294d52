import type { EntityManager } from 'typeorm';
import { hasRole, type Principal } from '@dibao/auth';
import {
  isRegionCode,
  isWithinRegion,
  parentCodeOf,
  regionLevelOf,
  subtreeCodePrefix,
  type InspectionReportRecipient,
  type InspectionStatus,
} from '@dibao/domain';
import {
  actorOf,
  auditedWrite,
  badInput,
  changeAudited,
  conflict,
  createAudited,
  forbidden,
  hubError,
} from '@dibao/server';
import { FindingEntity, InspectionDistributionEntity, InspectionEntity } from '../entities/index.js';
import type { PlanInspectionInput } from '../schema/inputs.js';
import { requireInspectionManager } from './access.js';
import { shanghaiYear, type OversightDeps } from './deps.js';
import { inspectionDistributedNotices } from './notices.js';
import { inspectionState, lockInspection } from './store.js';

const MAX_PERIOD_DAYS = 366;
const DAY_MS = 86_400_000;

function requireStatus(inspection: InspectionEntity, expected: InspectionStatus[], action: { en: string; zh: string }) {
  if (!expected.includes(inspection.status)) {
    throw conflict(
      `Only an inspection that is ${expected.join(' or ')} can be ${action.en}; this one is ${inspection.status}`,
      `只有状态为 ${expected.join('或')} 的督察可以${action.zh}，此次督察状态为 ${inspection.status}`,
    );
  }
}

function checkedTargets(principal: Principal, codes: string[]): string[] {
  for (const code of codes) {
    if (!isRegionCode(code)) {
      throw badInput(`${code} is not a GB/T 2260 region code`, `${code} 不是有效的 GB/T 2260 区划代码`);
    }
    if (code === principal.region) {
      throw badInput(
        `An inspection targets regions below the organiser's region ${principal.region}, not the region itself`,
        `专项督察的对象须为组织单位所在地区 ${principal.region} 的下级地区`,
      );
    }
    if (!isWithinRegion(code, principal.region)) {
      throw forbidden(
        `Region ${code} is outside your scope (${principal.region})`,
        `地区 ${code} 不在您的管辖范围（${principal.region}）内`,
      );
    }
  }
  return [...codes].sort();
}

function checkedTeam(input: PlanInspectionInput) {
  const leaders = input.team.filter((member) => member.role === 'LEADER').length;
  if (leaders !== 1) {
    throw badInput(`The team needs exactly one leader, not ${leaders}`, `督察组须有且仅有一名组长，现为 ${leaders} 名`);
  }
  return input.team.map((member) => ({
    name: member.name.trim(),
    role: member.role,
    agencyId: member.agencyId ?? null,
    officialId: member.officialId ?? null,
  }));
}

/** Plans an inspection organised by the caller's own agency, of regions below the caller's region. */
export async function planInspection(deps: OversightDeps, principal: Principal, input: PlanInspectionInput) {
  if (!hasRole(principal, 'INSPECTOR') || regionLevelOf(principal.region) === 'TOWNSHIP') {
    throw forbidden(
      'Only an INSPECTOR of a province, prefecture or county may plan a special inspection',
      '只有省、市州、县级的督察人员可以计划专项督察',
    );
  }
  const partners = input.partners ?? [];
  if (partners.includes(principal.agency as never)) {
    throw badInput(
      `Your own agency (${principal.agency}) organises it; it cannot also be a partner`,
      `本单位（${principal.agency}）已是组织单位，不能同时作为联合单位`,
    );
  }
  const targetCodes = checkedTargets(principal, input.targetRegionCodes);
  if (input.periodEnd.getTime() < input.periodStart.getTime()) {
    throw badInput('periodEnd is before periodStart', '督察结束时间早于开始时间');
  }
  if (input.periodEnd.getTime() - input.periodStart.getTime() > MAX_PERIOD_DAYS * DAY_MS) {
    throw badInput(`An inspection lasts at most ${MAX_PERIOD_DAYS} days`, `专项督察期限不能超过 ${MAX_PERIOD_DAYS} 天`);
  }
  const year = shanghaiYear(input.periodStart);
  if (year < 2000 || year > 2100) throw badInput('periodStart is implausible', '督察开始时间不合理');
  const team = checkedTeam(input);
  const now = deps.now();
  return createAudited(deps.dataSource, principal, {
    entityType: 'Inspection',
    action: 'PLAN',
    create: ({ manager, actor }) =>
      manager.create(InspectionEntity, {
        title: input.title.trim(),
        organiserRegionCode: principal.region,
        organiserKind: principal.agency,
        partnerKinds: [...partners],
        topics: [...input.topics],
        targetCodes,
        targetPrefixes: targetCodes.map(subtreeCodePrefix),
        periodStart: input.periodStart,
        periodEnd: input.periodEnd,
        year,
        team,
        status: 'PLANNED',
        conclusion: null,
        plannedBy: actor,
        plannedAt: now,
        startedAt: null,
        reportedAt: null,
        closedAt: null,
      }),
    after: inspectionState,
  });
}

/** One forward move of the workflow, by a manager of the inspection, audited. */
function transition(
  deps: OversightDeps,
  principal: Principal,
  id: string,
  step: {
    from: InspectionStatus[];
    action: string;
    verb: { en: string; zh: string };
    apply(inspection: InspectionEntity, manager: EntityManager): Promise<void> | void;
  },
) {
  return changeAudited(deps.dataSource, principal, {
    entityType: 'Inspection',
    action: step.action,
    async lock(manager) {
      const { inspection } = await lockInspection(manager, principal, id);
      requireInspectionManager(principal, inspection);
      requireStatus(inspection, step.from, step.verb);
      return inspection;
    },
    state: inspectionState,
    apply: (inspection, { manager }) => step.apply(inspection, manager),
  });
}

export function startInspection(deps: OversightDeps, principal: Principal, id: string) {
  return transition(deps, principal, id, {
    from: ['PLANNED'],
    action: 'START',
    verb: { en: 'started', zh: '开始' },
    apply(inspection) {
      inspection.status = 'IN_PROGRESS';
      inspection.startedAt = deps.now();
    },
  });
}

export function reportInspection(deps: OversightDeps, principal: Principal, id: string, conclusion: string) {
  const text = conclusion.trim();
  if (text.length < 2 || text.length > 20_000) {
    throw badInput('The conclusion needs 2 to 20,000 characters', '督察结论须为 2 至 20000 个字符');
  }
  return transition(deps, principal, id, {
    from: ['IN_PROGRESS'],
    action: 'REPORT',
    verb: { en: 'reported', zh: '形成报告' },
    apply(inspection) {
      inspection.status = 'REPORTED';
      inspection.conclusion = text;
      inspection.reportedAt = deps.now();
    },
  });
}

/** Closes a reported inspection once each of its findings is verified or closed as not fixed. */
export function closeInspection(deps: OversightDeps, principal: Principal, id: string) {
  return transition(deps, principal, id, {
    from: ['REPORTED'],
    action: 'CLOSE',
    verb: { en: 'closed', zh: '结束' },
    async apply(inspection, manager) {
      const unsettled = await manager
        .getRepository(FindingEntity)
        .createQueryBuilder('finding')
        .where('finding.inspection_id = :id', { id })
        .andWhere(`finding.status NOT IN ('VERIFIED', 'CLOSED_NOT_FIXED')`)
        .getCount();
      if (unsettled > 0) {
        throw hubError(
          'CONFLICT',
          {
            en: `${unsettled} finding(s) are neither verified nor closed as not fixed; the inspection stays open`,
            zh: `尚有 ${unsettled} 个问题未复核销号或关闭，督察不能结束`,
          },
          { unsettledFindings: unsettled },
        );
      }
      inspection.status = 'CLOSED';
      inspection.closedAt = deps.now();
    },
  });
}

/** The registry agency that receives the report for each kind of recipient; null where there is none. */
export function recipientAgencyId(organiserRegionCode: string, recipient: InspectionReportRecipient): string | null {
  if (recipient === 'SAME_LEVEL_GOVERNMENT') return `${organiserRegionCode}:GOVERNMENT`;
  const parent = parentCodeOf(organiserRegionCode);
  return parent === null ? null : `${parent}:CIVIL_AFFAIRS`;
}

/** Sends the report to the same-level government and/or the superior department, who may read it from then on. */
export async function distributeInspectionReport(
  deps: OversightDeps,
  principal: Principal,
  id: string,
  recipients: InspectionReportRecipient[],
) {
  const wanted = [...new Set(recipients)];
  if (wanted.length === 0) throw badInput('Name at least one recipient', '请至少指定一个报送对象');
  return auditedWrite(deps.dataSource, principal, async ({ manager, audit, raise }) => {
    const { inspection, distributions } = await lockInspection(manager, principal, id);
    requireInspectionManager(principal, inspection);
    requireStatus(inspection, ['REPORTED', 'CLOSED'], { en: 'distributed', zh: '报送报告' });
    const already = wanted.filter((recipient) => distributions.some((row) => row.recipient === recipient));
    if (already.length > 0) {
      throw conflict(
        `The report was already distributed to ${already.join(', ')}`,
        `督察报告已报送过：${already.join('、')}`,
      );
    }
    const now = deps.now();
    const rows = wanted.map((recipient) => {
      const agencyId = recipientAgencyId(inspection.organiserRegionCode, recipient);
      if (agencyId === null) {
        throw badInput(
          `An inspection organised by a province has no superior department in the hub`,
          `省级组织的督察在本平台没有上级主管部门`,
        );
      }
      return manager.create(InspectionDistributionEntity, {
        inspectionId: id,
        recipient,
        agencyId,
        distributedAt: now,
        distributedBy: actorOf(principal),
      });
    });
    await manager.insert(InspectionDistributionEntity, rows);
    await audit({
      entityType: 'Inspection',
      entityId: id,
      action: 'DISTRIBUTE',
      before: { distributedTo: distributions.map((row) => row.agencyId) },
      after: { distributedTo: [...distributions, ...rows].map((row) => row.agencyId) },
    });
    for (const notice of inspectionDistributedNotices(inspection, rows)) raise(notice);
    return inspection;
  });
}
