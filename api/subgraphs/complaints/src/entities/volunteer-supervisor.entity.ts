import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/**
 * A volunteer supervisor (义务监督员), appointed publicly for a region and a term; their name is published
 * with the appointment, so it is not sealed. Their reports arrive as complaints.
 */
@Entity({ name: 'volunteer_supervisor' })
export class VolunteerSupervisorEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'varchar', length: 9, name: 'region_code' })
  regionCode: string;

  @Column('text')
  name: string;

  /** Who they are in the community (村民代表, 退休教师 ...). */
  @Column('text')
  affiliation: string;

  @Column({ type: 'date', name: 'term_start' })
  termStart: string;

  @Column({ type: 'date', name: 'term_end' })
  termEnd: string;

  /** SHA-256 of the observer's key (shown once when issued); they file observations with it. */
  @Column({ type: 'char', length: 64, name: 'observer_key_hash', nullable: true, select: false })
  observerKeyHash: string | null;
}
