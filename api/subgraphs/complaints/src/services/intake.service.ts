import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { inScope, type Principal } from '@dibao/auth';
import { type AgencyKind, isAgencyRegionCode } from '@dibao/domain';
import type { AuditActor } from '@dibao/db';
import { type AuditedTransaction, auditedWrite, badInput, forbidden } from '@dibao/server';
import {
  ComplainantIdentityEntity,
  ComplaintEntity,
  OwnershipTransferEntity,
  SocialOrganizationContractEntity,
  VolunteerSupervisorEntity,
} from '../entities/index.js';
import type { MonitoringReferralInput, ReceiveComplaintInput } from '../schema/inputs.js';
import { requireHandler } from './access.js';
import { complaintDeadlines } from './deadlines.js';
import { deadlineWatches } from './notices.js';
import { auditView } from './complaint-store.js';
import { nowOf, type ComplaintsDeps } from './deps.js';
import { newReceiptCode, receiptHashOf } from './receipt-code.js';
import { seal, sealingContext } from './sealing.js';
import { shanghaiDateOf } from './shanghai-date.js';

/** A letter may be registered a little "in the future" because clocks differ. */
const CLOCK_SKEW_MS = 5 * 60_000;

export const MAJOR_SUPERVISION_REASON =
  '重大投诉举报事项，省级民政部门直接督办 / Major complaint: direct provincial supervision';

/** The volunteer or contract a complaint arrives through must match its channel and cover the day it arrived. */
async function checkSource(manager: EntityManager, input: ReceiveComplaintInput, receivedAt: Date) {
  const day = shanghaiDateOf(receivedAt);
  const volunteerId = input.volunteerId ?? null;
  const contractId = input.contractId ?? null;
  if ((input.channel === 'VOLUNTEER_SUPERVISOR') !== (volunteerId !== null)) {
    throw badInput(
      'A volunteerId is required for the channel VOLUNTEER_SUPERVISOR, and only for it',
      '义务监督员渠道须且仅须填写 volunteerId',
    );
  }
  if ((input.channel === 'SOCIAL_ORGANIZATION') !== (contractId !== null)) {
    throw badInput(
      'A contractId is required for the channel SOCIAL_ORGANIZATION, and only for it',
      '社会组织渠道须且仅须填写 contractId',
    );
  }
  if (volunteerId) {
    const volunteer = await manager.findOneBy(VolunteerSupervisorEntity, { id: volunteerId });
    if (!volunteer || volunteer.termStart > day || volunteer.termEnd < day) {
      throw badInput(
        `No volunteer supervisor ${volunteerId} serving on ${day}`,
        `${day} 无在聘的义务监督员 ${volunteerId}`,
      );
    }
  }
  if (contractId) {
    const contract = await manager.findOneBy(SocialOrganizationContractEntity, { id: contractId });
    if (!contract || contract.periodStart > day || contract.periodEnd < day) {
      throw badInput(
        `No purchase-of-services contract ${contractId} running on ${day}`,
        `${day} 无有效的政府购买服务合同 ${contractId}`,
      );
    }
  }
  return { volunteerId, contractId };
}

/** Who takes a complaint in (首问): the actor recorded, and the owner it has until a handover is accepted. */
export interface IntakeOwner {
  actor: AuditActor;
  subject: string;
  agency: AgencyKind;
  regionCode: string;
  /** Why this owner, for the INTAKE transfer record. */
  reason: string;
}

/** What every intake path hands over: the hotline's input, checked, with the complainant trimmed. */
export interface ComplaintIntake {
  input: ReceiveComplaintInput;
  receivedAt: Date;
  complainant: { name: string; contact: string | null } | null;
  owner: IntakeOwner;
  /** The monitoring alert a referral comes from (its idempotency key), or none. */
  sourceAlertId?: string | null;
}

/** The complainant as given, trimmed; BAD_USER_INPUT for an empty name. */
export function checkedComplainant(given: ReceiveComplaintInput['complainant']) {
  const complainant = given ? { name: given.name.trim(), contact: given.contact?.trim() || null } : null;
  if (complainant && !complainant.name) throw badInput('The complainant’s name is empty', '投诉举报人姓名为空');
  return complainant;
}

/**
 * Writes a complaint inside the caller's audited transaction: the row with its deadlines, the sealed identity,
 * the INTAKE ownership record and the audit record. The receipt code is returned once; only its hash is kept.
 */
export async function registerComplaint(
  deps: ComplaintsDeps,
  { manager, audit, raise }: Pick<AuditedTransaction, 'manager' | 'audit' | 'raise'>,
  { input, receivedAt, complainant, owner, sourceAlertId = null }: ComplaintIntake,
) {
  const key = complainant ? deps.key() : null;
  const receiptCode = newReceiptCode();
  const source = await checkSource(manager, input, receivedAt);
  const id = randomUUID();
  // The one place deadlines come from: the rules in force for the complaint's region on the day received.
  const deadlines = await complaintDeadlines(manager, input.regionCode, receivedAt, {
    declared: input.major,
    householdsConcerned: input.householdsConcerned ?? null,
  });
  const { major } = deadlines;
  const complaint = manager.create(ComplaintEntity, {
    id,
    channel: input.channel,
    receivedAt,
    regionCode: input.regionCode,
    category: input.category,
    summary: input.summary.trim(),
    anonymous: complainant === null,
    major,
    rewardOptIn: input.rewardOptIn,
    ...source,
    receivedBy: owner.actor,
    ownerSubject: owner.subject,
    ownerAgency: owner.agency,
    ownerRegionCode: owner.regionCode,
    handoverToSubject: null,
    handoverRequestedAt: null,
    handoverNote: null,
    status: 'RECEIVED',
    acknowledgeDueAt: deadlines.acknowledgeDueAt,
    concludeDueAt: deadlines.concludeDueAt,
    acknowledgedAt: null,
    investigationStartedAt: null,
    concludedAt: null,
    closedAt: null,
    conclusion: null,
    findings: null,
    amountInvolvedFen: null,
    householdsAffected: null,
    publicFeedback: null,
    closureRound: 0,
    supervisedByProvince: major,
    supervisionReason: major ? MAJOR_SUPERVISION_REASON : null,
    supervisedAt: major ? receivedAt : null,
    supervisionDueAt: deadlines.supervisionDueAt,
    supervisedBy: major ? owner.actor : null,
    duplicateOfId: null,
    sourceAlertId,
    receiptHash: receiptHashOf(receiptCode),
    personalDataErasedAt: null,
  });
  const saved = await manager.save(ComplaintEntity, complaint);
  if (complainant && key) {
    await manager.insert(ComplainantIdentityEntity, {
      complaintId: id,
      keyId: key.id,
      nameSealed: seal(key, complainant.name, sealingContext('complainant_identity', id, 'name')),
      contactSealed: complainant.contact
        ? seal(key, complainant.contact, sealingContext('complainant_identity', id, 'contact'))
        : null,
    });
  }
  await manager.insert(OwnershipTransferEntity, {
    complaintId: id,
    kind: 'INTAKE',
    fromSubject: null,
    fromAgency: null,
    fromRegionCode: null,
    toSubject: owner.subject,
    toAgency: owner.agency,
    toRegionCode: owner.regionCode,
    at: receivedAt,
    reason: owner.reason,
  });
  await audit({
    entityType: 'Complaint',
    entityId: id,
    action: 'RECEIVE',
    after: { ...auditView(saved), sourceAlertId, identity: complainant ? 'sealed' : 'none' },
  });
  // Every intake path raises the deadlines it stamped, for the reminders and overdue notices.
  deadlineWatches(saved).forEach(raise);
  return { complaint: saved, receiptCode: receiptCode as string | null };
}

/**
 * Registers a complaint taken by a handler (hotline, letters, visits). Whoever receives it owns it (首问负责制)
 * until the designated petition officer of its region accepts a handover. The complainant's name and contact
 * are sealed; the receipt code is returned here once and only its hash is kept. A major complaint is under
 * provincial supervision from the start.
 */
export async function receiveComplaint(
  deps: ComplaintsDeps,
  principal: Principal,
  input: ReceiveComplaintInput,
  sourceAlertId: string | null = null,
) {
  requireHandler(principal);
  if (!isAgencyRegionCode(input.regionCode) || !inScope(principal, input.regionCode)) {
    throw forbidden(
      `Region ${input.regionCode} is outside your scope: refer the caller to the provincial hotline`,
      `地区 ${input.regionCode} 不在您的管辖范围内，请引导其拨打全省热线`,
    );
  }
  const now = nowOf(deps);
  const receivedAt = input.receivedAt ?? now;
  if (receivedAt.getTime() > now.getTime() + CLOCK_SKEW_MS) {
    throw badInput('receivedAt lies in the future', '受理时间不能晚于当前时间');
  }
  if (receivedAt.getUTCFullYear() < 2000) throw badInput('receivedAt is implausibly early', '受理时间过早');
  const complainant = checkedComplainant(input.complainant);

  return auditedWrite(deps.dataSource, principal, async (tx) => {
    if (sourceAlertId) {
      // A referral sent again (its sender's own update failed after this one committed) gets the same complaint.
      const existing = await tx.manager.findOneBy(ComplaintEntity, { sourceAlertId });
      if (existing) return { complaint: existing, receiptCode: null };
    }
    return registerComplaint(deps, tx, {
      input,
      receivedAt,
      complainant,
      sourceAlertId,
      owner: {
        actor: tx.actor,
        subject: principal.subject,
        agency: principal.agency,
        regionCode: principal.region,
        reason: '首问受理 / First contact',
      },
    });
  });
}

/**
 * Opens the complaint case a monitoring alert is referred to: channel REFERRAL, no complainant, owned by the
 * handler who refers it (首问负责制) like any complaint. The alert's id is the idempotency key. No one holds the
 * receipt code of a referral, so it is not returned.
 */
export async function receiveMonitoringReferral(
  deps: ComplaintsDeps,
  principal: Principal,
  input: MonitoringReferralInput,
) {
  const received = await receiveComplaint(
    deps,
    principal,
    {
      channel: 'REFERRAL',
      regionCode: input.regionCode,
      category: input.category,
      summary: input.summary,
      complainant: null,
      major: input.major,
      rewardOptIn: false,
    },
    input.alertId,
  );
  return received.complaint;
}
