import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import type { CadreLevel } from '@dibao/domain';

/** A person holding a post in an agency, with the level that manages them as a cadre (干部管理权限). */
@Entity({ name: 'official' })
export class OfficialEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'text', name: 'agency_id' })
  agencyId: string;

  /** Denormalised from the agency so that region-scope filters need no join. */
  @Column({ type: 'varchar', length: 9, name: 'region_code' })
  regionCode: string;

  @Column('text')
  name: string;

  @Column('text')
  position: string;

  @Column({ type: 'text', name: 'position_en' })
  positionEn: string;

  @Column({ type: 'text', name: 'cadre_level' })
  cadreLevel: CadreLevel;

  @Column({ type: 'boolean', default: true })
  active: boolean;

  @CreateDateColumn({ type: 'timestamptz', name: 'created_at' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz', name: 'updated_at' })
  updatedAt: Date;
}
