import type { EntityManager } from 'typeorm';
import { In } from 'typeorm';
import { inScope, type Principal } from '@dibao/auth';
import { ancestorCodesOf, isAgencyRegionCode } from '@dibao/domain';
import { actorOf, auditedWrite, badInput, changeAudited, conflict, forbidden } from '@dibao/server';
import { ComplaintEntity, OwnershipTransferEntity, PetitionOfficerEntity } from '../entities/index.js';
import { requireAdminOf, requireHandler, requireOwner } from './access.js';
import { auditView, lockComplaint, moveStatus } from './complaint-store.js';
import { nowOf, type ComplaintsDeps } from './deps.js';
import { deadlineWatches, handoverAcceptedNotice, handoverProposedNotice } from './notices.js';

/**
 * The petition officer responsible for a region: its own designation, or else the nearest designated one
 * above it (the notice asks prefectures and counties to designate one; townships may).
 */
export async function designatedOfficerFor(manager: EntityManager, regionCode: string) {
  const chain = [...ancestorCodesOf(regionCode), regionCode];
  const designations = await manager.findBy(PetitionOfficerEntity, { regionCode: In(chain) });
  const byRegion = new Map(designations.map((designation) => [designation.regionCode, designation]));
  for (const code of [...chain].reverse()) {
    const designation = byRegion.get(code);
    if (designation) return designation;
  }
  return null;
}

/** Names the petition officer of a region (专人负责); an ADMIN whose scope holds the region may. */
export async function designatePetitionOfficer(
  deps: ComplaintsDeps,
  principal: Principal,
  regionCode: string,
  officerSubject: string,
  officialId: string | null,
) {
  if (!isAgencyRegionCode(regionCode))
    throw badInput(`${regionCode} is not a region code`, `${regionCode} 不是区划代码`);
  requireAdminOf(principal, regionCode);
  const subject = officerSubject.trim();
  if (!subject) throw badInput('officerSubject is empty', 'officerSubject 不能为空');
  return auditedWrite(deps.dataSource, principal, async ({ manager, audit }) => {
    const before = await manager.findOneBy(PetitionOfficerEntity, { regionCode });
    const designation = manager.create(PetitionOfficerEntity, {
      regionCode,
      officerSubject: subject,
      officialId,
      designatedBy: actorOf(principal),
      designatedAt: nowOf(deps),
    });
    await manager.save(PetitionOfficerEntity, designation);
    await audit({
      entityType: 'PetitionOfficer',
      entityId: regionCode,
      action: before ? 'REDESIGNATE' : 'DESIGNATE',
      before,
      after: designation,
    });
    return designation;
  });
}

/**
 * The owner proposes to hand the complaint to the designated petition officer of its region. Ownership does
 * not move until that officer accepts: an unowned complaint cannot exist.
 */
export async function requestHandover(deps: ComplaintsDeps, principal: Principal, id: string, note: string | null) {
  return changeAudited(deps.dataSource, principal, {
    entityType: 'Complaint',
    action: 'REQUEST_HANDOVER',
    async lock(manager) {
      const complaint = await lockComplaint(manager, principal, id);
      requireOwner(principal, complaint);
      return complaint;
    },
    state: auditView,
    async apply(complaint, { manager }) {
      if (complaint.status !== 'RECEIVED') {
        throw conflict(
          `Only a RECEIVED complaint can be handed over; this one is ${complaint.status}`,
          `只有已登记状态的投诉举报可以移交，此件状态为 ${complaint.status}`,
        );
      }
      const officer = await designatedOfficerFor(manager, complaint.regionCode);
      if (!officer) {
        throw conflict(
          `No petition officer is designated for ${complaint.regionCode} or above`,
          `${complaint.regionCode} 及其上级均未指定低保信访专人`,
        );
      }
      if (officer.officerSubject === complaint.ownerSubject) {
        throw conflict(
          'You are the designated petition officer: accept it yourself instead',
          '您即为指定的信访专人，请直接接收交办',
        );
      }
      complaint.handoverToSubject = officer.officerSubject;
      complaint.handoverRequestedAt = nowOf(deps);
      complaint.handoverNote = note?.trim() || null;
      return officer;
    },
    after: (saved, officer) => ({
      ...auditView(saved),
      handoverOfficerRegion: officer.regionCode,
      note: saved.handoverNote,
    }),
    raises: (saved) => [handoverProposedNotice(saved)],
  });
}

/**
 * The designated petition officer accepts: ownership moves to them (recorded) and the complaint is ASSIGNED,
 * which meets the acknowledge deadline. An owner who is already the designated officer accepts in place.
 */
export async function acceptHandover(deps: ComplaintsDeps, principal: Principal, id: string) {
  requireHandler(principal);
  return auditedWrite(deps.dataSource, principal, async ({ manager, audit, raise }) => {
    const complaint = await lockComplaint(manager, principal, id);
    const now = nowOf(deps);
    const proposedToCaller = complaint.handoverToSubject === principal.subject;
    const before = auditView(complaint);
    if (!proposedToCaller) {
      const officer = await designatedOfficerFor(manager, complaint.regionCode);
      const selfAccept = complaint.ownerSubject === principal.subject && officer?.officerSubject === principal.subject;
      if (!selfAccept) {
        throw forbidden('No handover of this complaint is proposed to you', '此投诉举报未向您移交');
      }
    } else if (!inScope(principal, complaint.regionCode)) {
      throw forbidden(
        `The complaint's region ${complaint.regionCode} is outside your scope`,
        `投诉举报所涉地区 ${complaint.regionCode} 不在您的管辖范围内`,
      );
    }
    moveStatus(complaint, 'ASSIGNED');
    complaint.acknowledgedAt = now;
    const previousOwner = proposedToCaller ? complaint.ownerSubject : null;
    if (proposedToCaller) {
      await manager.insert(OwnershipTransferEntity, {
        complaintId: id,
        kind: 'HANDOVER',
        fromSubject: complaint.ownerSubject,
        fromAgency: complaint.ownerAgency,
        fromRegionCode: complaint.ownerRegionCode,
        toSubject: principal.subject,
        toAgency: principal.agency,
        toRegionCode: principal.region,
        at: now,
        reason: complaint.handoverNote ?? '移交低保信访专人办理 / Handed over to the designated petition officer',
      });
      complaint.ownerSubject = principal.subject;
      complaint.ownerAgency = principal.agency;
      complaint.ownerRegionCode = principal.region;
    }
    complaint.handoverToSubject = null;
    complaint.handoverRequestedAt = null;
    complaint.handoverNote = null;
    const saved = await manager.save(ComplaintEntity, complaint);
    await audit({
      entityType: 'Complaint',
      entityId: id,
      action: proposedToCaller ? 'ACCEPT_HANDOVER' : 'ACCEPT_AS_DESIGNATED_OFFICER',
      before,
      after: auditView(saved),
    });
    deadlineWatches(saved).forEach(raise);
    if (previousOwner) raise(handoverAcceptedNotice(saved, previousOwner));
    return saved;
  });
}

/** The proposed officer declines (wrong region, say): the handover lapses and the owner keeps the complaint. */
export async function declineHandover(deps: ComplaintsDeps, principal: Principal, id: string, reason: string) {
  if (reason.trim().length < 2) throw badInput('Give a reason for declining', '请说明不予接收的理由');
  return changeAudited(deps.dataSource, principal, {
    entityType: 'Complaint',
    action: 'DECLINE_HANDOVER',
    lock: (manager) => lockComplaint(manager, principal, id),
    state: auditView,
    apply(complaint) {
      if (complaint.handoverToSubject !== principal.subject) {
        throw forbidden('No handover of this complaint is proposed to you', '此投诉举报未向您移交');
      }
      complaint.handoverToSubject = null;
      complaint.handoverRequestedAt = null;
      complaint.handoverNote = null;
    },
    after: (saved) => ({ ...auditView(saved), reason: reason.trim() }),
  });
}
