import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { AuditActor } from '@dibao/db';
import type { AssessmentIndicatorDefinition, AssessmentStatus } from '@dibao/domain';

/**
 * The scores of one province's regions for one year. The scheme is copied in, so a later change of the
 * scheme leaves a computed assessment as it was computed; `inputsHash` fingerprints every input.
 */
@Entity({ name: 'assessment' })
export class AssessmentEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'varchar', length: 9, name: 'province_code' })
  provinceCode: string;

  @Column('int')
  year: number;

  @Column('text')
  level: 'PREFECTURE' | 'COUNTY';

  @Column('jsonb')
  indicators: AssessmentIndicatorDefinition[];

  @Column('text')
  status: AssessmentStatus;

  /** SHA-256 of the canonical JSON of the scheme and every raw input: equal hashes, equal scores. */
  @Column({ type: 'char', length: 64, name: 'inputs_hash' })
  inputsHash: string;

  @Column({ type: 'timestamptz', name: 'computed_at' })
  computedAt: Date;

  @Column({ type: 'jsonb', name: 'computed_by' })
  computedBy: AuditActor;

  @Column({ type: 'timestamptz', name: 'published_at', nullable: true })
  publishedAt: Date | null;

  @Column({ type: 'jsonb', name: 'published_by', nullable: true })
  publishedBy: AuditActor | null;
}
