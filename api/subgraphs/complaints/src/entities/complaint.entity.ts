import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import type { AuditActor } from '@dibao/db';
import type {
  AgencyKind,
  ComplaintChannel,
  ComplaintConclusion,
  ComplaintStatus,
  ProblemCategory,
} from '@dibao/domain';
import { fenColumn } from './fen.js';

/**
 * A complaint or tip-off. It always has an owner (首问负责制): the official who received it, until the
 * designated petition officer of its region accepts a handover. The complainant's identity is not here: it
 * lives sealed in complainant_identity, and only the hash of the receipt code is kept.
 */
@Entity({ name: 'complaint' })
export class ComplaintEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column('text')
  channel: ComplaintChannel;

  @Column({ type: 'timestamptz', name: 'received_at' })
  receivedAt: Date;

  /** The region the complaint is about (county or township). */
  @Column({ type: 'varchar', length: 9, name: 'region_code' })
  regionCode: string;

  @Column('text')
  category: ProblemCategory;

  @Column('text')
  summary: string;

  @Column('boolean')
  anonymous: boolean;

  /** A major matter: put under provincial supervision from the start. */
  @Column('boolean')
  major: boolean;

  @Column({ type: 'boolean', name: 'reward_opt_in' })
  rewardOptIn: boolean;

  @Column({ type: 'uuid', name: 'volunteer_id', nullable: true })
  volunteerId: string | null;

  @Column({ type: 'uuid', name: 'contract_id', nullable: true })
  contractId: string | null;

  @Column({ type: 'jsonb', name: 'received_by' })
  receivedBy: AuditActor;

  @Column({ type: 'text', name: 'owner_subject' })
  ownerSubject: string;

  @Column({ type: 'text', name: 'owner_agency' })
  ownerAgency: AgencyKind;

  @Column({ type: 'varchar', length: 9, name: 'owner_region_code' })
  ownerRegionCode: string;

  /** The designated petition officer a handover has been proposed to, until accepted or declined. */
  @Column({ type: 'text', name: 'handover_to_subject', nullable: true })
  handoverToSubject: string | null;

  @Column({ type: 'timestamptz', name: 'handover_requested_at', nullable: true })
  handoverRequestedAt: Date | null;

  @Column({ type: 'text', name: 'handover_note', nullable: true })
  handoverNote: string | null;

  @Column('text')
  status: ComplaintStatus;

  @Column({ type: 'timestamptz', name: 'acknowledge_due_at' })
  acknowledgeDueAt: Date;

  @Column({ type: 'timestamptz', name: 'conclude_due_at' })
  concludeDueAt: Date;

  @Column({ type: 'timestamptz', name: 'acknowledged_at', nullable: true })
  acknowledgedAt: Date | null;

  @Column({ type: 'timestamptz', name: 'investigation_started_at', nullable: true })
  investigationStartedAt: Date | null;

  @Column({ type: 'timestamptz', name: 'concluded_at', nullable: true })
  concludedAt: Date | null;

  @Column({ type: 'timestamptz', name: 'closed_at', nullable: true })
  closedAt: Date | null;

  @Column({ type: 'text', nullable: true })
  conclusion: ComplaintConclusion | null;

  /** The investigation's findings, for officials only. */
  @Column({ type: 'text', nullable: true })
  findings: string | null;

  @Column({ type: 'bigint', name: 'amount_involved_fen', nullable: true, transformer: fenColumn })
  amountInvolvedFen: number | null;

  @Column({ type: 'int', name: 'households_affected', nullable: true })
  householdsAffected: number | null;

  /** What the complainant is told on closure (visible with the receipt code). */
  @Column({ type: 'text', name: 'public_feedback', nullable: true })
  publicFeedback: string | null;

  /** Times it has been closed; an overturned appeal reopens it and the next closure counts again. */
  @Column({ type: 'int', name: 'closure_round', default: 0 })
  closureRound: number;

  @Column({ type: 'boolean', name: 'supervised_by_province', default: false })
  supervisedByProvince: boolean;

  @Column({ type: 'text', name: 'supervision_reason', nullable: true })
  supervisionReason: string | null;

  @Column({ type: 'timestamptz', name: 'supervised_at', nullable: true })
  supervisedAt: Date | null;

  @Column({ type: 'timestamptz', name: 'supervision_due_at', nullable: true })
  supervisionDueAt: Date | null;

  @Column({ type: 'jsonb', name: 'supervised_by', nullable: true })
  supervisedBy: AuditActor | null;

  @Column({ type: 'uuid', name: 'duplicate_of_id', nullable: true })
  duplicateOfId: string | null;

  /** The monitoring alert it was referred from (channel REFERRAL; one complaint per alert). */
  @Column({ type: 'uuid', name: 'source_alert_id', nullable: true })
  sourceAlertId: string | null;

  /** SHA-256 of the receipt code; null once personal data has been erased. */
  @Column({ type: 'char', length: 64, name: 'receipt_hash', nullable: true })
  receiptHash: string | null;

  @Column({ type: 'timestamptz', name: 'personal_data_erased_at', nullable: true })
  personalDataErasedAt: Date | null;

  @CreateDateColumn({ type: 'timestamptz', name: 'created_at' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz', name: 'updated_at' })
  updatedAt: Date;
}
