import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { AuditActor } from '@dibao/db';
import type { ComplaintMessageAuthor } from '@dibao/domain';

/** One message of the thread between the (anonymous) complainant and the handler; the text is sealed. */
@Entity({ name: 'complaint_message' })
export class ComplaintMessageEntity {
  @PrimaryGeneratedColumn({ type: 'bigint' })
  id: string;

  @Column({ type: 'uuid', name: 'complaint_id' })
  complaintId: string;

  @Column('text')
  author: ComplaintMessageAuthor;

  /** The handler who wrote it; null for the complainant, who stays anonymous. */
  @Column({ type: 'jsonb', name: 'sent_by', nullable: true })
  sentBy: AuditActor | null;

  @Column({ type: 'timestamptz', name: 'sent_at' })
  sentAt: Date;

  @Column({ type: 'text', name: 'key_id', nullable: true })
  keyId: string | null;

  /** Null once erased with the complainant's personal data. */
  @Column({ type: 'text', name: 'text_sealed', nullable: true })
  textSealed: string | null;
}
