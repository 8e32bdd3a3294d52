import { Column, Entity, PrimaryColumn } from 'typeorm';
import { numericAsNumber } from './columns.js';

/** One region's total score and rank in an assessment. */
@Entity({ name: 'assessment_score' })
export class AssessmentScoreEntity {
  @PrimaryColumn({ type: 'uuid', name: 'assessment_id' })
  assessmentId: string;

  @PrimaryColumn({ type: 'varchar', length: 9, name: 'region_code' })
  regionCode: string;

  /** Points out of 100, to six decimals. */
  @Column({ type: 'numeric', precision: 12, scale: 6, transformer: numericAsNumber })
  score: number;

  /** 1 is best; equal scores share a rank (1, 2, 2, 4). */
  @Column('int')
  rank: number;

  /** Recipients (persons) in the region, the base of 奖补结合; null when no figures were available. */
  @Column({ type: 'int', nullable: true })
  recipients: number | null;
}
