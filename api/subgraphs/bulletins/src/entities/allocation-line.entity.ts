import { Column, Entity, PrimaryColumn } from 'typeorm';
import { bigintAsNumber, numericAsNumber } from './columns.js';

/** One region's amount in an allocation, split into its base and performance parts. */
@Entity({ name: 'allocation_line' })
export class AllocationLineEntity {
  @PrimaryColumn({ type: 'uuid', name: 'allocation_id' })
  allocationId: string;

  @PrimaryColumn({ type: 'varchar', length: 9, name: 'region_code' })
  regionCode: string;

  @Column({ type: 'numeric', precision: 12, scale: 6, transformer: numericAsNumber })
  score: number;

  @Column('int')
  recipients: number;

  @Column({ type: 'bigint', name: 'base_fen', transformer: bigintAsNumber })
  baseFen: number;

  @Column({ type: 'bigint', name: 'performance_fen', transformer: bigintAsNumber })
  performanceFen: number;

  @Column({ type: 'bigint', name: 'amount_fen', transformer: bigintAsNumber })
  amountFen: number;
}
