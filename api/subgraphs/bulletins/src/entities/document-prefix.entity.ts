import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { AuditActor } from '@dibao/db';

/** The configured document-number prefix (青民发) of an issuing agency. */
@Entity({ name: 'document_prefix' })
export class DocumentPrefixEntity {
  @PrimaryColumn({ type: 'text', name: 'issuer_id' })
  issuerId: string;

  @Column('text')
  prefix: string;

  @Column({ type: 'timestamptz', name: 'updated_at' })
  updatedAt: Date;

  @Column({ type: 'jsonb', name: 'updated_by' })
  updatedBy: AuditActor;
}
