import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { AuditActor } from '@dibao/db';
import type { BulletinAudience, BulletinStatus } from '@dibao/domain';

/** A bulletin (通报) of a civil affairs department: DRAFT → ISSUED (numbered) → PUBLISHED. */
@Entity({ name: 'bulletin' })
export class BulletinEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  /** Creation order, a stable key for paging (ids are random). */
  @Column({ type: 'bigint', insert: false, update: false })
  seq: string;

  /** The registry id of the issuing agency, `<region>:CIVIL_AFFAIRS`. */
  @Column({ type: 'text', name: 'issuer_id' })
  issuerId: string;

  @Column({ type: 'varchar', length: 9, name: 'issuer_region_code' })
  issuerRegionCode: string;

  /** `subtreeCodePrefix` of the issuer's region: the audience below it is selected with `LIKE prefix%`. */
  @Column({ type: 'text', name: 'issuer_prefix' })
  issuerPrefix: string;

  @Column('text')
  title: string;

  /** The issuer's English title, if it gave one (the public site then shows it on its English pages). */
  @Column({ type: 'text', name: 'title_en', nullable: true })
  titleEn: string | null;

  /** The issuer's English summary of the bulletin, if it gave one. */
  @Column({ type: 'text', name: 'summary_en', nullable: true })
  summaryEn: string | null;

  @Column({ type: 'timestamptz', name: 'period_from' })
  periodFrom: Date;

  @Column({ type: 'timestamptz', name: 'period_to' })
  periodTo: Date;

  @Column({ type: 'text', array: true })
  audience: BulletinAudience[];

  @Column('text')
  status: BulletinStatus;

  @Column('text')
  body: string;

  /** The prefix the document number was given under (青民发), fixed at issue. */
  @Column({ type: 'text', name: 'document_prefix', nullable: true })
  documentPrefix: string | null;

  @Column({ type: 'int', name: 'document_year', nullable: true })
  documentYear: number | null;

  @Column({ type: 'int', name: 'document_serial', nullable: true })
  documentSerial: number | null;

  @Column({ type: 'timestamptz', name: 'created_at' })
  createdAt: Date;

  @Column({ type: 'jsonb', name: 'created_by' })
  createdBy: AuditActor;

  @Column({ type: 'timestamptz', name: 'updated_at' })
  updatedAt: Date;

  @Column({ type: 'timestamptz', name: 'issued_at', nullable: true })
  issuedAt: Date | null;

  @Column({ type: 'jsonb', name: 'issued_by', nullable: true })
  issuedBy: AuditActor | null;

  @Column({ type: 'timestamptz', name: 'published_at', nullable: true })
  publishedAt: Date | null;

  @Column({ type: 'jsonb', name: 'published_by', nullable: true })
  publishedBy: AuditActor | null;
}
