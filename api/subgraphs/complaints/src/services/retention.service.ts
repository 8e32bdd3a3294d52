import { In, type DataSource } from 'typeorm';
import { subtreeCodePrefix } from '@dibao/domain';
import type { AuditActor } from '@dibao/db';
import { auditedWrite, systemActor } from '@dibao/server';
import { complaintsConfigFromEnv, daysAfter } from '../config.js';
import {
  ComplainantIdentityEntity,
  ComplaintEntity,
  ComplaintMessageEntity,
  ComplaintRatingEntity,
} from '../entities/index.js';

export interface ErasureOptions {
  /** Days after closure personal data is kept; COMPLAINTS_RETENTION_DAYS (365) by default. */
  retentionDays?: number;
  /** Who erases, for the audit trail; a system job by default. */
  actor?: AuditActor;
  /** Only complaints about this region's subtree (an ADMIN erases within their scope). */
  under?: string;
}

export interface ErasureSummary {
  complaints: number;
  identities: number;
  messages: number;
}

/**
 * Erases the personal data of complaints closed longer than the retention period: the sealed identity, the
 * texts of the message thread, rating comments, and the receipt-code hash (the code stops working). Every
 * field the statistics use stays. Complaints with a review still open are kept until it is decided. One
 * transaction; one audit record per complaint, saying what was erased, never what it said.
 */
export async function erasePersonalDataOlderThan(
  dataSource: DataSource,
  now: Date,
  options: ErasureOptions = {},
): Promise<ErasureSummary> {
  const retentionDays = options.retentionDays ?? complaintsConfigFromEnv().retentionDays;
  const actor = options.actor ?? systemActor('personal-data-retention');
  const closedBefore = daysAfter(now, -retentionDays);
  return auditedWrite(dataSource, actor, async ({ manager, audit }) => {
    const query = manager
      .getRepository(ComplaintEntity)
      .createQueryBuilder('complaint')
      .setLock('pessimistic_write')
      .where(`complaint.status = 'CLOSED' AND complaint.closed_at < :closedBefore`, { closedBefore })
      .andWhere('complaint.personal_data_erased_at IS NULL')
      .andWhere(
        `NOT EXISTS (SELECT 1 FROM complaint_appeal appeal WHERE appeal.complaint_id = complaint.id AND appeal.status = 'OPEN')`,
      );
    if (options.under)
      query.andWhere('complaint.region_code LIKE :under', { under: `${subtreeCodePrefix(options.under)}%` });
    const complaints = await query.getMany();
    const ids = complaints.map((complaint) => complaint.id);
    if (ids.length === 0) return { complaints: 0, identities: 0, messages: 0 };

    const identities = await manager.findBy(ComplainantIdentityEntity, { complaintId: In(ids) });
    const withIdentity = new Set(identities.map((identity) => identity.complaintId));
    await manager.delete(ComplainantIdentityEntity, { complaintId: In(ids) });
    const messages = (await manager.findBy(ComplaintMessageEntity, { complaintId: In(ids) })).filter(
      (message) => message.textSealed !== null,
    );
    await manager.update(ComplaintMessageEntity, { complaintId: In(ids) }, { textSealed: null, keyId: null });
    await manager.update(ComplaintRatingEntity, { complaintId: In(ids) }, { commentSealed: null, keyId: null });
    await manager.update(ComplaintEntity, { id: In(ids) }, { receiptHash: null, personalDataErasedAt: now });
    for (const complaint of complaints) {
      await audit({
        entityType: 'Complaint',
        entityId: complaint.id,
        action: 'ERASE_PERSONAL_DATA',
        after: {
          closedAt: complaint.closedAt,
          retentionDays,
          identityErased: withIdentity.has(complaint.id),
          messagesErased: messages.filter((message) => message.complaintId === complaint.id).length,
          receiptCodeRevoked: true,
        },
      });
    }
    return { complaints: ids.length, identities: withIdentity.size, messages: messages.length };
  });
}
