import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { fenColumn } from './fen.js';

/** A social organisation engaged through government purchase of services (政府购买服务) to monitor the work. */
@Entity({ name: 'social_organization_contract' })
export class SocialOrganizationContractEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'varchar', length: 9, name: 'region_code' })
  regionCode: string;

  @Column({ type: 'text', name: 'organization_name' })
  organizationName: string;

  @Column({ type: 'text', name: 'contract_number' })
  contractNumber: string;

  @Column({ type: 'date', name: 'period_start' })
  periodStart: string;

  @Column({ type: 'date', name: 'period_end' })
  periodEnd: string;

  @Column({ type: 'bigint', name: 'amount_fen', transformer: fenColumn })
  amountFen: number;

  @Column('text')
  deliverables: string;

  /** SHA-256 of the observer's key (shown once when issued); they file observations with it. */
  @Column({ type: 'char', length: 64, name: 'observer_key_hash', nullable: true, select: false })
  observerKeyHash: string | null;
}
