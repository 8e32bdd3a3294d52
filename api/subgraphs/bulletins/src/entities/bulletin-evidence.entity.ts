import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { BulletinEvidenceKind } from '@dibao/domain';

/**
 * A reference to the evidence behind an item, kept in another subgraph: a record by id (finding, complaint,
 * case, incident, inspection) or the statistics of a region and a year. Never a copy of the data.
 */
@Entity({ name: 'bulletin_evidence' })
export class BulletinEvidenceEntity {
  @PrimaryColumn({ type: 'uuid', name: 'item_id' })
  itemId: string;

  @PrimaryColumn('int')
  position: number;

  @Column('text')
  kind: BulletinEvidenceKind;

  @Column({ type: 'text', name: 'ref_id', nullable: true })
  refId: string | null;

  @Column({ type: 'varchar', length: 9, name: 'region_code', nullable: true })
  regionCode: string | null;

  @Column({ type: 'int', nullable: true })
  year: number | null;

  /** Internal note on what this evidence shows. */
  @Column({ type: 'text', nullable: true })
  note: string | null;
}
