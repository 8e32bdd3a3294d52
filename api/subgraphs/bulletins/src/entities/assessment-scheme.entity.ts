import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { AuditActor } from '@dibao/db';
import type { AssessmentIndicatorDefinition } from '@dibao/domain';

/** The indicators, weights and directions a province assesses its prefectures (or counties) by in a year. */
@Entity({ name: 'assessment_scheme' })
export class AssessmentSchemeEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  /** The province whose civil affairs department assesses. */
  @Column({ type: 'varchar', length: 9, name: 'province_code' })
  provinceCode: string;

  @Column('int')
  year: number;

  /** The level of the regions assessed (compared with one another). */
  @Column('text')
  level: 'PREFECTURE' | 'COUNTY';

  @Column('jsonb')
  indicators: AssessmentIndicatorDefinition[];

  @Column({ type: 'timestamptz', name: 'defined_at' })
  definedAt: Date;

  @Column({ type: 'jsonb', name: 'defined_by' })
  definedBy: AuditActor;
}
