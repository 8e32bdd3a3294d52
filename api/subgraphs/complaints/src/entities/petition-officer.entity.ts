import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { AuditActor } from '@dibao/db';

/** The person responsible for dibao petitions of a region (专人负责), who accepts handovers. */
@Entity({ name: 'petition_officer' })
export class PetitionOfficerEntity {
  @PrimaryColumn({ type: 'varchar', length: 9, name: 'region_code' })
  regionCode: string;

  /** The token subject the officer signs in with. */
  @Column({ type: 'text', name: 'officer_subject' })
  officerSubject: string;

  /** The registry's Official, when known. */
  @Column({ type: 'uuid', name: 'official_id', nullable: true })
  officialId: string | null;

  @Column({ type: 'jsonb', name: 'designated_by' })
  designatedBy: AuditActor;

  @Column({ type: 'timestamptz', name: 'designated_at' })
  designatedAt: Date;
}
