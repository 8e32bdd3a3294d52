import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { ProblemCategory } from '@dibao/domain';

/**
 * What a volunteer supervisor or a contracted social organisation saw in a village on a day. Each observation
 * is filed as a complaint of its channel (its `complaintId`), so it is owned, stamped with deadlines and
 * handled like any other; this row keeps what the complaint does not: the village and the day observed.
 */
@Entity({ name: 'supervision_observation' })
export class SupervisionObservationEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid', name: 'complaint_id' })
  complaintId: string;

  @Column({ type: 'uuid', name: 'volunteer_id', nullable: true })
  volunteerId: string | null;

  @Column({ type: 'uuid', name: 'contract_id', nullable: true })
  contractId: string | null;

  @Column({ type: 'varchar', length: 12, name: 'village_code' })
  villageCode: string;

  @Column({ type: 'date', name: 'observed_on' })
  observedOn: string;

  @Column('text')
  category: ProblemCategory;

  @Column({ type: 'timestamptz', name: 'filed_at' })
  filedAt: Date;
}
