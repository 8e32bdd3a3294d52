import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { RegionLevel } from '@dibao/domain';

/** An administrative region, keyed by its GB/T 2260 code (9 digits for township-level units, 12 for villages). */
@Entity({ name: 'region' })
export class RegionEntity {
  @PrimaryColumn({ type: 'varchar', length: 12 })
  code: string;

  @Column('text')
  name: string;

  @Column({ type: 'text', name: 'name_en' })
  nameEn: string;

  @Column('text')
  level: RegionLevel;

  @Column({ type: 'varchar', length: 12, name: 'parent_code', nullable: true })
  parentCode: string | null;
}
