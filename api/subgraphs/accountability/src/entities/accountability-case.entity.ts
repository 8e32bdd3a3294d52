import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { AuditActor } from '@dibao/db';
import type {
  AccountabilityCaseStatus,
  AccountabilitySubjectKind,
  AccountabilityViolation,
  CadreLevel,
} from '@dibao/domain';

/**
 * A case holding an official or a unit to account. The registry owns officials and agencies; a case keeps a
 * snapshot of its subject as the case file names it (name, post, region, cadre level), because the
 * competent-body rule must read what was true when the case was opened, and the snapshot is audited.
 */
@Entity({ name: 'accountability_case' })
export class AccountabilityCaseEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  /** The subject's region: the official's post or the unit's region. */
  @Column({ type: 'varchar', length: 9, name: 'region_code' })
  regionCode: string;

  /** The region whose discipline inspection organ and organization department handle the case. */
  @Column({ type: 'varchar', length: 9, name: 'managing_region_code' })
  managingRegionCode: string;

  @Column({ type: 'text', name: 'subject_kind' })
  subjectKind: AccountabilitySubjectKind;

  /** The registry's official id; null when the case file predates the registry entry (demo data). */
  @Column({ type: 'uuid', name: 'subject_official_id', nullable: true })
  subjectOfficialId: string | null;

  @Column({ type: 'text', name: 'subject_name' })
  subjectName: string;

  @Column({ type: 'text', name: 'subject_position', nullable: true })
  subjectPosition: string | null;

  @Column({ type: 'text', name: 'subject_cadre_level', nullable: true })
  subjectCadreLevel: CadreLevel | null;

  /** `<region>:<KIND>` of a unit subject. */
  @Column({ type: 'text', name: 'subject_agency_id', nullable: true })
  subjectAgencyId: string | null;

  @Column('text')
  violation: AccountabilityViolation;

  @Column('text')
  facts: string;

  @Column('text')
  status: AccountabilityCaseStatus;

  /** The date the case was opened (立案日期), a calendar date in Beijing. */
  @Column({ type: 'date', name: 'opened_on' })
  openedOn: string;

  /** The competent body that opened it. */
  @Column({ type: 'text', name: 'opening_agency_id' })
  openingAgencyId: string;

  @Column({ type: 'timestamptz', name: 'opened_at' })
  openedAt: Date;

  @Column({ type: 'jsonb', name: 'opened_by' })
  openedBy: AuditActor;

  @Column({ type: 'timestamptz', name: 'investigation_started_at', nullable: true })
  investigationStartedAt: Date | null;

  @Column({ type: 'timestamptz', name: 'decided_at', nullable: true })
  decidedAt: Date | null;

  @Column({ type: 'timestamptz', name: 'closed_at', nullable: true })
  closedAt: Date | null;

  @Column({ type: 'text', name: 'closing_note', nullable: true })
  closingNote: string | null;
}
