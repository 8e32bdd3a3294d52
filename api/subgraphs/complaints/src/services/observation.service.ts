import { createHash, randomBytes } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import type { Principal } from '@dibao/auth';
import { isWithinRegion } from '@dibao/domain';
import { auditedWrite, badInput, changeAudited, conflict, createAudited, notFound, systemActor } from '@dibao/server';
import {
  ContractDeliverableEntity,
  SocialOrganizationContractEntity,
  SupervisionObservationEntity,
  VolunteerSupervisorEntity,
} from '../entities/index.js';
import type { ContractDeliverableInput, SupervisionObservationInput } from '../schema/inputs.js';
import { requireAdminOf } from './access.js';
import { isUuid } from './complaint-store.js';
import { deadlineStates } from './deadlines.js';
import { nowOf, type ComplaintsDeps } from './deps.js';
import { registerComplaint } from './intake.service.js';
import { designatedOfficerFor } from './ownership.service.js';
import { isCalendarDate, shanghaiDateOf } from './shanghai-date.js';

/*
 * Volunteer supervisors (义务监督员) and social organisations engaged by purchase of services (政府购买服务)
 * deliver observations: what they saw in a village on a day, in a category of the problem taxonomy. They have
 * no accounts: an ADMIN of their region issues each of them an observer key (shown once, only its hash kept),
 * and they file with it from the site or any client. Each observation enters the complaint flow as a complaint
 * of its channel (VOLUNTEER_SUPERVISOR or SOCIAL_ORGANIZATION) about the village's township, owned by rule by
 * the designated petition officer there, with deadlines stamped like any other. A contract's deliverables are
 * tracked against its terms.
 */

const keyHashOf = (key: string) => createHash('sha256').update(`dibao-observer-key:${key.trim()}`).digest('hex');

export type Observer =
  { kind: 'VOLUNTEER'; row: VolunteerSupervisorEntity } | { kind: 'CONTRACT'; row: SocialOrganizationContractEntity };

async function observerOf(manager: EntityManager, key: string): Promise<Observer | null> {
  if (key.trim().length < 20 || key.length > 200) return null;
  const hash = keyHashOf(key);
  const volunteer = await manager.findOneBy(VolunteerSupervisorEntity, { observerKeyHash: hash });
  if (volunteer) return { kind: 'VOLUNTEER', row: volunteer };
  const contract = await manager.findOneBy(SocialOrganizationContractEntity, { observerKeyHash: hash });
  return contract ? { kind: 'CONTRACT', row: contract } : null;
}

/** Issues (or replaces) the observer key of a volunteer supervisor or a contract; the key is returned once. */
export async function issueObserverKey(
  deps: ComplaintsDeps,
  principal: Principal,
  target: { volunteerId?: string | null; contractId?: string | null },
) {
  const volunteerId = target.volunteerId ?? null;
  const contractId = target.contractId ?? null;
  if ((volunteerId === null) === (contractId === null)) {
    throw badInput('Give either volunteerId or contractId', '须且仅须填写 volunteerId 或 contractId 之一');
  }
  const key = `OBS-${randomBytes(24).toString('base64url')}`;
  return auditedWrite(deps.dataSource, principal, async ({ manager, audit }) => {
    const entity = volunteerId ? VolunteerSupervisorEntity : SocialOrganizationContractEntity;
    const id = (volunteerId ?? contractId) as string;
    const row = isUuid(id)
      ? await manager.findOne(entity as typeof VolunteerSupervisorEntity, {
          where: { id },
          lock: { mode: 'pessimistic_write' },
        })
      : null;
    if (!row) throw notFound(`No volunteer supervisor or contract ${id}`, `义务监督员或合同 ${id} 不存在`);
    requireAdminOf(principal, row.regionCode);
    await manager.update(entity, { id }, { observerKeyHash: keyHashOf(key) });
    await audit({
      entityType: volunteerId ? 'VolunteerSupervisor' : 'SocialOrganizationContract',
      entityId: id,
      action: 'ISSUE_OBSERVER_KEY',
      // Never the key or its hash: only that one was issued.
      after: { observerKey: 'issued' },
    });
    return key;
  });
}

/**
 * An observer files what they saw. A wrong key gives null (nothing about keys leaks); the resolver rate-limits
 * every call first. The observer's term or contract period must cover the day observed and today, and the
 * village must lie in the observer's region.
 */
export async function fileObservation(deps: ComplaintsDeps, observerKey: string, input: SupervisionObservationInput) {
  const now = nowOf(deps);
  const today = shanghaiDateOf(now);
  if (!isCalendarDate(input.observedOn) || input.observedOn > today) {
    throw badInput('observedOn must be a real date, not in the future', '发现日期须为有效日期且不晚于今天');
  }
  const found = await observerOf(deps.dataSource.manager, observerKey);
  if (!found) return null;
  const start = found.kind === 'VOLUNTEER' ? found.row.termStart : found.row.periodStart;
  const end = found.kind === 'VOLUNTEER' ? found.row.termEnd : found.row.periodEnd;
  if (input.observedOn < start || input.observedOn > end || today > end) {
    throw conflict(
      `The ${found.kind === 'VOLUNTEER' ? 'term' : 'contract period'} ${start} to ${end} does not cover ${input.observedOn} and today`,
      `${found.kind === 'VOLUNTEER' ? '聘期' : '服务期'} ${start} 至 ${end} 未覆盖发现日期或今天`,
    );
  }
  if (!isWithinRegion(input.villageCode, found.row.regionCode)) {
    throw badInput(
      `Village ${input.villageCode} lies outside ${found.row.regionCode}, where you serve`,
      `村（社区）${input.villageCode} 不在您所服务的 ${found.row.regionCode} 范围内`,
    );
  }
  const township = input.villageCode.slice(0, 9);
  const actor = systemActor(
    found.kind === 'VOLUNTEER' ? `volunteer-supervisor:${found.row.id}` : `service-contract:${found.row.id}`,
  );
  return auditedWrite(deps.dataSource, actor, async (tx) => {
    const officer = await designatedOfficerFor(tx.manager, township);
    if (!officer) {
      throw conflict(
        `No petition officer is designated for ${township} or above`,
        `${township} 及其上级均未指定低保信访专人`,
      );
    }
    const { complaint, receiptCode } = await registerComplaint(deps, tx, {
      input: {
        channel: found.kind === 'VOLUNTEER' ? 'VOLUNTEER_SUPERVISOR' : 'SOCIAL_ORGANIZATION',
        regionCode: township,
        category: input.category,
        summary: `[${input.villageCode} ${input.observedOn}] ${input.summary.trim()}`,
        complainant: null,
        major: false,
        rewardOptIn: false,
        volunteerId: found.kind === 'VOLUNTEER' ? found.row.id : null,
        contractId: found.kind === 'CONTRACT' ? found.row.id : null,
      },
      receivedAt: now,
      complainant: null,
      owner: {
        actor: tx.actor,
        subject: officer.officerSubject,
        agency: 'CIVIL_AFFAIRS',
        regionCode: officer.regionCode,
        reason:
          '监督员或社会组织反映：按首问负责制由低保信访专人受理 / Observer report: by rule, first contact is the designated petition officer',
      },
    });
    const observation = await tx.manager.save(
      tx.manager.create(SupervisionObservationEntity, {
        complaintId: complaint.id,
        volunteerId: found.kind === 'VOLUNTEER' ? found.row.id : null,
        contractId: found.kind === 'CONTRACT' ? found.row.id : null,
        villageCode: input.villageCode,
        observedOn: input.observedOn,
        category: input.category,
        filedAt: now,
      }),
    );
    await tx.audit({
      entityType: 'SupervisionObservation',
      entityId: observation.id,
      action: 'FILE',
      after: { ...observation },
    });
    return {
      receiptCode,
      observationId: observation.id,
      complaintId: complaint.id,
      channel: complaint.channel,
      villageCode: observation.villageCode,
      observedOn: observation.observedOn,
      deadlines: deadlineStates(complaint, now),
    };
  });
}

async function lockContract(manager: EntityManager, principal: Principal, id: string) {
  const contract = isUuid(id)
    ? await manager.findOne(SocialOrganizationContractEntity, { where: { id }, lock: { mode: 'pessimistic_write' } })
    : null;
  if (!contract) throw notFound(`Purchase-of-services contract ${id} does not exist`, `政府购买服务合同 ${id} 不存在`);
  requireAdminOf(principal, contract.regionCode);
  return contract;
}

export async function addDeliverable(
  deps: ComplaintsDeps,
  principal: Principal,
  contractId: string,
  input: ContractDeliverableInput,
) {
  if (!isCalendarDate(input.dueOn)) throw badInput('dueOn must be a real date', '交付期限须为有效日期');
  return createAudited(deps.dataSource, principal, {
    entityType: 'ContractDeliverable',
    action: 'ADD',
    async create({ manager }) {
      const contract = await lockContract(manager, principal, contractId);
      if (input.dueOn < contract.periodStart || input.dueOn > contract.periodEnd) {
        throw badInput(
          `The due date must lie in the contract period ${contract.periodStart} to ${contract.periodEnd}`,
          `交付期限须在服务期 ${contract.periodStart} 至 ${contract.periodEnd} 内`,
        );
      }
      return manager.create(ContractDeliverableEntity, {
        contractId,
        description: input.description.trim(),
        dueOn: input.dueOn,
        targetObservations: input.targetObservations ?? null,
        met: null,
        assessedAt: null,
        assessedBy: null,
        assessmentNote: null,
      });
    },
  });
}

/** An ADMIN records whether a deliverable without a counted target was met. */
export async function assessDeliverable(
  deps: ComplaintsDeps,
  principal: Principal,
  id: string,
  met: boolean,
  note: string,
) {
  if (note.trim().length < 2 || note.length > 2000) {
    throw badInput('Give a note of 2 to 2,000 characters', '请填写 2 至 2000 字的验收意见');
  }
  return changeAudited(deps.dataSource, principal, {
    entityType: 'ContractDeliverable',
    action: 'ASSESS',
    async lock(manager) {
      const deliverable = isUuid(id)
        ? await manager.findOne(ContractDeliverableEntity, { where: { id }, lock: { mode: 'pessimistic_write' } })
        : null;
      if (!deliverable) throw notFound(`Deliverable ${id} does not exist`, `交付事项 ${id} 不存在`);
      await lockContract(manager, principal, deliverable.contractId);
      return deliverable;
    },
    state: (deliverable) => ({ ...deliverable }),
    apply(deliverable, { actor }) {
      if (deliverable.targetObservations !== null) {
        throw conflict(
          'This deliverable is met by the observations counted, not by assessment',
          '此交付事项以提交的监督记录数计算，无需人工验收',
        );
      }
      deliverable.met = met;
      deliverable.assessedAt = nowOf(deps);
      deliverable.assessedBy = actor;
      deliverable.assessmentNote = note.trim();
    },
  });
}

/** Whether a deliverable is met: counted against its target by the due date, or as assessed; null while open. */
export function deliverableMet(
  deliverable: ContractDeliverableEntity,
  filedOnDays: readonly string[],
  today: string,
): { met: boolean | null; observationsByDue: number } {
  const observationsByDue = filedOnDays.filter((day) => day <= deliverable.dueOn).length;
  if (deliverable.targetObservations === null) return { met: deliverable.met, observationsByDue };
  if (observationsByDue >= deliverable.targetObservations) return { met: true, observationsByDue };
  return { met: today > deliverable.dueOn ? false : null, observationsByDue };
}
