import { Column, Entity, PrimaryColumn } from 'typeorm';

/** The complainant's name and contact, sealed (AES-256-GCM); deleted when retention ends. */
@Entity({ name: 'complainant_identity' })
export class ComplainantIdentityEntity {
  @PrimaryColumn({ type: 'uuid', name: 'complaint_id' })
  complaintId: string;

  @Column({ type: 'text', name: 'key_id' })
  keyId: string;

  @Column({ type: 'text', name: 'name_sealed' })
  nameSealed: string;

  @Column({ type: 'text', name: 'contact_sealed', nullable: true })
  contactSealed: string | null;
}
