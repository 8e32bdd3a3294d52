import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { AssessmentIndicator } from '@dibao/domain';
import { numericAsNumber } from './columns.js';

/** How one indicator contributed to one region's score: raw value, normalised value, points. */
@Entity({ name: 'assessment_indicator_value' })
export class AssessmentIndicatorValueEntity {
  @PrimaryColumn({ type: 'uuid', name: 'assessment_id' })
  assessmentId: string;

  @PrimaryColumn({ type: 'varchar', length: 9, name: 'region_code' })
  regionCode: string;

  @PrimaryColumn('text')
  indicator: AssessmentIndicator;

  /** Null when the region had nothing to measure (no complaints, no findings, no report). */
  @Column({ type: 'numeric', name: 'raw_value', nullable: true, transformer: numericAsNumber })
  rawValue: number | null;

  @Column({ type: 'numeric', precision: 9, scale: 6, transformer: numericAsNumber })
  normalised: number;

  @Column({ type: 'numeric', precision: 12, scale: 6, transformer: numericAsNumber })
  contribution: number;
}
