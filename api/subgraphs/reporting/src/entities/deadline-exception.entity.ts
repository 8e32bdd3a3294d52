import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { AuditActor } from '@dibao/db';

/** A later deadline granted to one region for one year: a submission before `until` is not late. */
@Entity({ name: 'deadline_exception' })
export class DeadlineExceptionEntity {
  @PrimaryColumn({ type: 'varchar', length: 9, name: 'region_code' })
  regionCode: string;

  @PrimaryColumn('int')
  year: number;

  @Column('timestamptz')
  until: Date;

  @Column('text')
  reason: string;

  @Column({ type: 'jsonb', name: 'granted_by' })
  grantedBy: AuditActor;

  @Column({ type: 'timestamptz', name: 'granted_at' })
  grantedAt: Date;
}
