import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { DisciplineTrack, Sanction } from '@dibao/domain';

/** The sanction a decision imposes on one discipline track (party discipline or government sanction). */
@Entity({ name: 'case_sanction' })
export class CaseSanctionEntity {
  @PrimaryColumn({ type: 'uuid', name: 'case_id' })
  caseId: string;

  @PrimaryColumn('text')
  track: DisciplineTrack;

  @Column('text')
  sanction: Sanction;
}
