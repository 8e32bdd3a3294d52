import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { AuditActor } from '@dibao/db';
import type { ComplaintRewardRule, ComplaintRewardStatus } from '@dibao/domain';
import { fenColumn } from './fen.js';

/** A reward for a substantiated tip-off: decided by rule, approved by someone else, paid, claimed by code. */
@Entity({ name: 'complaint_reward' })
export class ComplaintRewardEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid', name: 'complaint_id' })
  complaintId: string;

  @Column({ type: 'bigint', name: 'amount_fen', transformer: fenColumn })
  amountFen: number;

  /** The rule in force when the amount was decided. */
  @Column('jsonb')
  rule: ComplaintRewardRule;

  @Column('text')
  status: ComplaintRewardStatus;

  @Column({ type: 'jsonb', name: 'decided_by' })
  decidedBy: AuditActor;

  @Column({ type: 'timestamptz', name: 'decided_at' })
  decidedAt: Date;

  @Column({ type: 'jsonb', name: 'approved_by', nullable: true })
  approvedBy: AuditActor | null;

  @Column({ type: 'timestamptz', name: 'approved_at', nullable: true })
  approvedAt: Date | null;

  @Column({ type: 'text', name: 'rejection_reason', nullable: true })
  rejectionReason: string | null;

  /** The reference under which the money is held for the complainant (voucher, bank transfer code). */
  @Column({ type: 'text', name: 'payment_reference', nullable: true })
  paymentReference: string | null;

  @Column({ type: 'jsonb', name: 'paid_by', nullable: true })
  paidBy: AuditActor | null;

  @Column({ type: 'timestamptz', name: 'paid_at', nullable: true })
  paidAt: Date | null;

  /** When the complainant first fetched the claim with the receipt code. */
  @Column({ type: 'timestamptz', name: 'claimed_at', nullable: true })
  claimedAt: Date | null;
}
