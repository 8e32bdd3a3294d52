import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * A region obliged to file an annual report: prefectures to the province, counties to their prefecture. The
 * obligation is reporting's own fact (placeholder prefectures file nothing), kept apart from the registry.
 */
@Entity({ name: 'reporting_unit' })
export class ReportingUnitEntity {
  @PrimaryColumn({ type: 'varchar', length: 9, name: 'region_code' })
  regionCode: string;

  @Column('text')
  level: 'PREFECTURE' | 'COUNTY';

  @Column({ type: 'varchar', length: 9, name: 'parent_code' })
  parentCode: string;
}
