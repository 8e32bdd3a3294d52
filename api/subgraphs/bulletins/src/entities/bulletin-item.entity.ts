import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { BulletinItemCategory, BulletinItemKind } from '@dibao/domain';

/** One commendation or criticism in a bulletin. */
@Entity({ name: 'bulletin_item' })
export class BulletinItemEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid', name: 'bulletin_id' })
  bulletinId: string;

  /** Order within the bulletin. */
  @Column('int')
  position: number;

  @Column('text')
  kind: BulletinItemKind;

  @Column('text')
  category: BulletinItemCategory;

  /** The region commended or criticised. */
  @Column({ type: 'varchar', length: 9, name: 'region_code' })
  regionCode: string;

  /** Internal: what the evidence shows, for officials only. */
  @Column('text')
  summary: string;

  /** The text that becomes public when the bulletin is published. */
  @Column({ type: 'text', name: 'public_text' })
  publicText: string;

  @Column({ type: 'timestamptz', name: 'created_at' })
  createdAt: Date;

  @Column({ type: 'timestamptz', name: 'updated_at' })
  updatedAt: Date;
}
