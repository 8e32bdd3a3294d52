import type { ComplaintMessageEntity } from '../entities/index.js';
import { sealingContext, unseal, type SealingKey } from './sealing.js';

export const messageContext = (complaintId: string) => sealingContext('complaint_message', complaintId, 'text');
export const ratingContext = (complaintId: string, closureRound: number) =>
  sealingContext('complaint_rating', `${complaintId}#${closureRound}`, 'comment');

export interface OpenedMessage {
  author: ComplaintMessageEntity['author'];
  sentAt: Date;
  text: string | null;
}

/** Opens sealed message texts; an erased message keeps its place in the thread with no text. */
export function openMessages(key: () => SealingKey, rows: ComplaintMessageEntity[]): OpenedMessage[] {
  return rows.map((row) => ({
    author: row.author,
    sentAt: row.sentAt,
    text:
      row.textSealed && row.keyId ? unseal(key(), row.keyId, row.textSealed, messageContext(row.complaintId)) : null,
  }));
}

/** Messages are bound to their complaint, not their row: the row id is not known before the insert. */
export function checkedMessageText(text: string): string | null {
  const trimmed = text.trim();
  return trimmed.length >= 1 && trimmed.length <= 5000 ? trimmed : null;
}
