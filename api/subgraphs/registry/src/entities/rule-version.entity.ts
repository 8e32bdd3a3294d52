import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { AuditActor } from '@dibao/db';
import type { RuleSettings } from '@dibao/domain';

/** One adopted version of a region's own rules, with its legal basis; never changed once written. */
@Entity({ name: 'rule_version' })
export class RuleVersionEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'varchar', length: 12, name: 'region_code' })
  regionCode: string;

  @Column('int')
  version: number;

  /** YYYY-MM-DD, the first day in force (Asia/Shanghai). */
  @Column({ type: 'date', name: 'effective_from' })
  effectiveFrom: string;

  @Column('jsonb')
  settings: RuleSettings;

  /** The document it rests on: number (青民发〔2026〕12号), title and date. */
  @Column({ type: 'text', name: 'basis_number' })
  basisNumber: string;

  @Column({ type: 'text', name: 'basis_title' })
  basisTitle: string;

  @Column({ type: 'date', name: 'basis_date' })
  basisDate: string;

  /** The adopting agency, `<region code>:<KIND>`. */
  @Column({ type: 'text', name: 'adopted_by_agency' })
  adoptedByAgency: string;

  @Column({ type: 'jsonb', name: 'adopted_by' })
  adoptedBy: AuditActor;

  @Column({ type: 'timestamptz', name: 'adopted_at' })
  adoptedAt: Date;
}
