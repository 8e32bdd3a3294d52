import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { AgencyKind } from '@dibao/domain';

/** One agency of one region; at most one of each kind per region, so the id is `<region>:<kind>`. */
@Entity({ name: 'agency' })
export class AgencyEntity {
  @PrimaryColumn('text')
  id: string;

  @Column({ type: 'varchar', length: 9, name: 'region_code' })
  regionCode: string;

  @Column('text')
  kind: AgencyKind;

  @Column('text')
  name: string;

  @Column({ type: 'text', name: 'name_en' })
  nameEn: string;
}

export const agencyIdOf = (regionCode: string, kind: AgencyKind) => `${regionCode}:${kind}`;
