import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import type { AuditActor } from '@dibao/db';
import type {
  AgencyKind,
  InspectionPartner,
  InspectionStatus,
  InspectionTeamRole,
  InspectionTopic,
} from '@dibao/domain';

/** One member of the inspection team; agency and official are registry ids when known. */
export interface InspectionTeamMember {
  name: string;
  role: InspectionTeamRole;
  agencyId: string | null;
  officialId: string | null;
}

/** A special inspection (专项督察) organised by an agency of one region, of regions below it. */
@Entity({ name: 'inspection' })
export class InspectionEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column('text')
  title: string;

  /** The organiser is the agency `<organiserRegionCode>:<organiserKind>` of the registry. */
  @Column({ type: 'varchar', length: 9, name: 'organiser_region_code' })
  organiserRegionCode: string;

  @Column({ type: 'text', name: 'organiser_kind' })
  organiserKind: AgencyKind;

  /** Agencies of the organiser's region that organise it jointly (finance, audit). */
  @Column({ type: 'text', array: true, name: 'partner_kinds', default: () => "'{}'" })
  partnerKinds: InspectionPartner[];

  @Column({ type: 'text', array: true })
  topics: InspectionTopic[];

  @Column({ type: 'text', array: true, name: 'target_codes' })
  targetCodes: string[];

  /** `subtreeCodePrefix` of each target, so that SQL can tell whether a target and a region overlap. */
  @Column({ type: 'text', array: true, name: 'target_prefixes' })
  targetPrefixes: string[];

  @Column({ type: 'timestamptz', name: 'period_start' })
  periodStart: Date;

  @Column({ type: 'timestamptz', name: 'period_end' })
  periodEnd: Date;

  /** The (Beijing) year the period starts in: the year its findings count for. */
  @Column('int')
  year: number;

  @Column('jsonb')
  team: InspectionTeamMember[];

  @Column('text')
  status: InspectionStatus;

  /** The conclusion of the inspection report; set when it is reported. */
  @Column({ type: 'text', nullable: true })
  conclusion: string | null;

  @Column({ type: 'jsonb', name: 'planned_by' })
  plannedBy: AuditActor;

  @Column({ type: 'timestamptz', name: 'planned_at' })
  plannedAt: Date;

  @Column({ type: 'timestamptz', name: 'started_at', nullable: true })
  startedAt: Date | null;

  @Column({ type: 'timestamptz', name: 'reported_at', nullable: true })
  reportedAt: Date | null;

  @Column({ type: 'timestamptz', name: 'closed_at', nullable: true })
  closedAt: Date | null;

  @CreateDateColumn({ type: 'timestamptz', name: 'created_at' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz', name: 'updated_at' })
  updatedAt: Date;
}
