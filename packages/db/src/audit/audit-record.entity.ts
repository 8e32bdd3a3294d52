import { Column, Entity, PrimaryColumn } from 'typeorm';

/** Who made a change: a principal from a verified token, or the system itself (imports, scheduled jobs). */
export interface AuditActor {
  kind: 'principal' | 'system';
  subject: string;
  agency?: string;
  region?: string;
  roles?: string[];
}

/**
 * One state change, append-only. Each subgraph's data source maps this class into its own schema, so every
 * subgraph keeps its own chain next to the tables it describes.
 */
@Entity({ name: 'audit_record' })
export class AuditRecord {
  /** Gapless position in the chain (a deleted record leaves a hole that verification reports). */
  @PrimaryColumn('bigint')
  seq: string;

  @Column({ type: 'timestamptz', name: 'recorded_at' })
  recordedAt: Date;

  @Column('jsonb')
  actor: AuditActor;

  @Column({ type: 'text', name: 'entity_type' })
  entityType: string;

  @Column({ type: 'text', name: 'entity_id' })
  entityId: string;

  @Column('text')
  action: string;

  @Column({ type: 'jsonb', nullable: true })
  before: unknown;

  @Column({ type: 'jsonb', nullable: true })
  after: unknown;

  @Column({ type: 'char', length: 64, name: 'previous_hash' })
  previousHash: string;

  @Column({ type: 'char', length: 64 })
  hash: string;
}
