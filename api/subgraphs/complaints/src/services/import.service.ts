import type { DataSource } from 'typeorm';
import type { ComplaintImport, ComplaintOfficialImport, ComplaintsImport, RulesInForce } from '@dibao/domain';
import { insertWriter, rulesInForceMany, type AuditActor, type RowWriter } from '@dibao/db';
import { auditedWrite, auditImport } from '@dibao/server';
import { daysAfter } from '../config.js';
import {
  ComplainantIdentityEntity,
  ComplaintAppealEntity,
  ComplaintEntity,
  ComplaintMessageEntity,
  ComplaintRatingEntity,
  ComplaintRewardEntity,
  IdentityRevealRequestEntity,
  OwnershipTransferEntity,
  PetitionOfficerEntity,
  SocialOrganizationContractEntity,
  VolunteerSupervisorEntity,
} from '../entities/index.js';
import { deadlinesUnder, rewardRuleUnder } from './deadlines.js';
import { messageContext, ratingContext } from './messages.js';
import { newReceiptCode, receiptHashOf } from './receipt-code.js';
import { lazySealingKey, seal, sealingContext, type SealingKey } from './sealing.js';
import { shanghaiDateOf } from './shanghai-date.js';

export interface ComplaintsImportSummary {
  petitionOfficers: number;
  volunteers: number;
  contracts: number;
  complaints: number;
  /** The receipt code of every imported complaint, generated here and stored only as a hash: keep them safe. */
  receiptCodes: Array<{ complaintId: string; receiptCode: string }>;
}

const actorOfOfficial = (official: ComplaintOfficialImport): AuditActor => ({
  kind: 'principal',
  subject: official.subject,
  agency: official.agency,
  region: official.region,
  roles: ['COMPLAINT_HANDLER'],
});

function complaintRow(rules: RulesInForce, record: ComplaintImport, receiptCode: string): ComplaintEntity {
  const stamped = deadlinesUnder(rules, record.receivedAt, false);
  const owner = record.handovers.at(-1)?.to ?? record.receivedBy;
  return Object.assign(new ComplaintEntity(), {
    id: record.id,
    channel: record.channel,
    receivedAt: record.receivedAt,
    regionCode: record.regionCode,
    category: record.category,
    summary: record.summary,
    anonymous: record.complainant === null,
    major: record.major,
    rewardOptIn: record.rewardOptIn,
    volunteerId: record.volunteerId,
    contractId: record.contractId,
    receivedBy: actorOfOfficial(record.receivedBy),
    ownerSubject: owner.subject,
    ownerAgency: owner.agency,
    ownerRegionCode: owner.region,
    handoverToSubject: record.pendingHandover?.toSubject ?? null,
    handoverRequestedAt: record.pendingHandover?.at ?? null,
    handoverNote: record.pendingHandover?.note ?? null,
    status: record.status,
    acknowledgeDueAt: stamped.acknowledgeDueAt,
    concludeDueAt: stamped.concludeDueAt,
    acknowledgedAt: record.acknowledgedAt,
    investigationStartedAt: record.investigationStartedAt,
    concludedAt: record.concludedAt,
    closedAt: record.closedAt,
    conclusion: record.conclusion,
    findings: record.findings,
    amountInvolvedFen: record.amountInvolvedFen,
    householdsAffected: record.householdsAffected,
    publicFeedback: record.publicFeedback,
    closureRound: record.closureRound,
    supervisedByProvince: record.supervision !== null,
    supervisionReason: record.supervision?.reason ?? null,
    supervisedAt: record.supervision?.at ?? null,
    supervisionDueAt: record.supervision
      ? daysAfter(record.supervision.at, Number(rules.complaintSupervisionDays.value))
      : null,
    supervisedBy: record.supervision ? actorOfOfficial(record.supervision.by) : null,
    duplicateOfId: record.duplicateOfId,
    receiptHash: receiptHashOf(receiptCode),
    personalDataErasedAt: null,
    createdAt: record.receivedAt,
    updatedAt: record.closedAt ?? record.concludedAt ?? record.acknowledgedAt ?? record.receivedAt,
  });
}

/** The reward rule a recorded reward followed: its region's, which must offer rewards. */
function importedRewardRule(rules: RulesInForce, record: ComplaintImport) {
  const rule = rewardRuleUnder(rules);
  if (!rule) throw new Error(`complaint ${record.id} has a reward, but its region offers none`);
  return { ...rule };
}

function transferRows(record: ComplaintImport): OwnershipTransferEntity[] {
  const rows: OwnershipTransferEntity[] = [
    Object.assign(new OwnershipTransferEntity(), {
      complaintId: record.id,
      kind: 'INTAKE',
      fromSubject: null,
      fromAgency: null,
      fromRegionCode: null,
      toSubject: record.receivedBy.subject,
      toAgency: record.receivedBy.agency,
      toRegionCode: record.receivedBy.region,
      at: record.receivedAt,
      reason: '首问受理 / First contact',
    }),
  ];
  let from = record.receivedBy;
  for (const handover of record.handovers) {
    rows.push(
      Object.assign(new OwnershipTransferEntity(), {
        complaintId: record.id,
        kind: 'HANDOVER',
        fromSubject: from.subject,
        fromAgency: from.agency,
        fromRegionCode: from.region,
        toSubject: handover.to.subject,
        toAgency: handover.to.agency,
        toRegionCode: handover.to.region,
        at: handover.at,
        reason: handover.reason,
      }),
    );
    from = handover.to;
  }
  return rows;
}

/** Seals what the complainant wrote or said about themselves; nothing personal is stored in the clear. */
function sealedRows(key: () => SealingKey, record: ComplaintImport) {
  const identity = record.complainant
    ? Object.assign(new ComplainantIdentityEntity(), {
        complaintId: record.id,
        keyId: key().id,
        nameSealed: seal(key(), record.complainant.name, sealingContext('complainant_identity', record.id, 'name')),
        contactSealed: record.complainant.contact
          ? seal(key(), record.complainant.contact, sealingContext('complainant_identity', record.id, 'contact'))
          : null,
      })
    : null;
  const messages = record.messages.map((message) =>
    Object.assign(new ComplaintMessageEntity(), {
      complaintId: record.id,
      author: message.author,
      sentBy: message.by ? actorOfOfficial(message.by) : null,
      sentAt: message.at,
      keyId: key().id,
      textSealed: seal(key(), message.text, messageContext(record.id)),
    }),
  );
  const ratings = record.ratings.map((rating) =>
    Object.assign(new ComplaintRatingEntity(), {
      complaintId: record.id,
      closureRound: rating.closureRound,
      satisfied: rating.satisfied,
      ratedAt: rating.at,
      keyId: rating.comment ? key().id : null,
      commentSealed: rating.comment ? seal(key(), rating.comment, ratingContext(record.id, rating.closureRound)) : null,
    }),
  );
  return { identity, messages, ratings };
}

/**
 * Loads petition officers, volunteer supervisors, purchase-of-services contracts and historical complaints in
 * one transaction (all or nothing). Personal data in the input (names, contacts, message texts, rating
 * comments) is sealed on the way in; each complaint gets a fresh receipt code, stored as a hash and returned
 * once in the summary. One audit record per kind, holding counts only.
 */
export async function importComplaints(
  dataSource: DataSource,
  data: ComplaintsImport,
  actor: AuditActor,
  encryptionKey?: string | SealingKey,
  progress: (message: string) => void = () => undefined,
  /** INSERT (the default) or COPY for bulk loads; the audit records of a copy carry its checksums. */
  writer: RowWriter = insertWriter(),
): Promise<ComplaintsImportSummary> {
  const key = lazySealingKey(encryptionKey);
  const receiptCodes = data.complaints.map((record) => ({ complaintId: record.id, receiptCode: newReceiptCode() }));
  return auditedWrite(dataSource, actor, async (tx) => {
    const { manager } = tx;
    await writer.write(
      manager,
      PetitionOfficerEntity,
      data.petitionOfficers.map((officer) =>
        Object.assign(new PetitionOfficerEntity(), { ...officer, designatedBy: actor }),
      ),
    );
    await writer.write(
      manager,
      VolunteerSupervisorEntity,
      data.volunteers.map((volunteer) => Object.assign(new VolunteerSupervisorEntity(), volunteer)),
    );
    await writer.write(
      manager,
      SocialOrganizationContractEntity,
      data.contracts.map((contract) => Object.assign(new SocialOrganizationContractEntity(), contract)),
    );
    progress(
      `${data.petitionOfficers.length} petition officers, ${data.volunteers.length} volunteer supervisors, ${data.contracts.length} contracts`,
    );

    // Each complaint's deadlines under its region's rules on the day received, read with one query.
    const rules = await rulesInForceMany(
      manager,
      data.complaints.map((record) => ({ regionCode: record.regionCode, on: shanghaiDateOf(record.receivedAt) })),
    );
    const rows = data.complaints.map((record, index) =>
      complaintRow(rules[index] as RulesInForce, record, (receiptCodes[index] as { receiptCode: string }).receiptCode),
    );
    // Originals before the duplicates that point at them (a duplicate never points at another duplicate).
    const originals = rows.filter((row) => row.duplicateOfId === null);
    const duplicates = rows.filter((row) => row.duplicateOfId !== null);
    await writer.write(manager, ComplaintEntity, [...originals, ...duplicates], {
      progress: (done) => progress(`complaints ${done}/${rows.length}`),
    });
    await writer.write(manager, OwnershipTransferEntity, data.complaints.flatMap(transferRows));

    const sealed = data.complaints.map((record) => sealedRows(key, record));
    await writer.write(
      manager,
      ComplainantIdentityEntity,
      sealed.flatMap((item) => (item.identity ? [item.identity] : [])),
    );
    await writer.write(
      manager,
      ComplaintMessageEntity,
      sealed.flatMap((item) => item.messages),
    );
    await writer.write(
      manager,
      ComplaintRatingEntity,
      sealed.flatMap((item) => item.ratings),
    );
    await writer.write(
      manager,
      ComplaintAppealEntity,
      data.complaints.flatMap((record) =>
        record.appeals.map((appeal) =>
          Object.assign(new ComplaintAppealEntity(), {
            complaintId: record.id,
            closureRound: appeal.closureRound,
            reviewRegionCode: appeal.reviewRegionCode,
            status: appeal.status,
            openedAt: appeal.openedAt,
            decidedBy: appeal.decidedBy ? actorOfOfficial(appeal.decidedBy) : null,
            decidedAt: appeal.decidedAt,
            decisionReason: appeal.reason,
          }),
        ),
      ),
    );
    await writer.write(
      manager,
      IdentityRevealRequestEntity,
      data.complaints.flatMap((record) =>
        record.revealRequests.map((request) =>
          Object.assign(new IdentityRevealRequestEntity(), {
            complaintId: record.id,
            requestedBy: actorOfOfficial(request.requestedBy),
            requestedAt: request.requestedAt,
            reason: request.reason,
            status: request.status,
            decidedBy: request.decidedBy ? actorOfOfficial(request.decidedBy) : null,
            decidedAt: request.decidedAt,
            decisionNote: request.note,
          }),
        ),
      ),
    );
    await writer.write(
      manager,
      ComplaintRewardEntity,
      data.complaints.flatMap((record, index) =>
        record.reward
          ? [
              Object.assign(new ComplaintRewardEntity(), {
                complaintId: record.id,
                amountFen: record.reward.amountFen,
                rule: importedRewardRule(rules[index] as RulesInForce, record),
                status: record.reward.status,
                decidedBy: actorOfOfficial(record.reward.decidedBy),
                decidedAt: record.reward.decidedAt,
                approvedBy: record.reward.approvedBy ? actorOfOfficial(record.reward.approvedBy) : null,
                approvedAt: record.reward.approvedAt,
                rejectionReason: record.reward.rejectionReason,
                paymentReference: record.reward.paymentReference,
                paidBy: record.reward.paidBy ? actorOfOfficial(record.reward.paidBy) : null,
                paidAt: record.reward.paidAt,
                claimedAt: record.reward.claimedAt,
              }),
            ]
          : [],
      ),
    );

    await auditImport(
      tx,
      [
        ['PetitionOfficer', data.petitionOfficers.length],
        ['VolunteerSupervisor', data.volunteers.length],
        ['SocialOrganizationContract', data.contracts.length],
        ['Complaint', rows.length],
      ],
      writer,
    );
    return {
      petitionOfficers: data.petitionOfficers.length,
      volunteers: data.volunteers.length,
      contracts: data.contracts.length,
      complaints: rows.length,
      receiptCodes,
    };
  });
}
