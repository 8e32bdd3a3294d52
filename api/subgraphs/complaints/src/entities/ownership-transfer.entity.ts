import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { ComplaintTransferKind } from '@dibao/domain';

/** Every change of a complaint's owner, the intake included; never changed afterwards. */
@Entity({ name: 'complaint_ownership_transfer' })
export class OwnershipTransferEntity {
  @PrimaryGeneratedColumn({ type: 'bigint' })
  id: string;

  @Column({ type: 'uuid', name: 'complaint_id' })
  complaintId: string;

  @Column('text')
  kind: ComplaintTransferKind;

  @Column({ type: 'text', name: 'from_subject', nullable: true })
  fromSubject: string | null;

  @Column({ type: 'text', name: 'from_agency', nullable: true })
  fromAgency: string | null;

  @Column({ type: 'varchar', length: 9, name: 'from_region_code', nullable: true })
  fromRegionCode: string | null;

  @Column({ type: 'text', name: 'to_subject' })
  toSubject: string;

  @Column({ type: 'text', name: 'to_agency' })
  toAgency: string;

  @Column({ type: 'varchar', length: 9, name: 'to_region_code' })
  toRegionCode: string;

  @Column('timestamptz')
  at: Date;

  @Column('text')
  reason: string;
}
