import { Column, Entity, PrimaryColumn } from 'typeorm';

/** The last document number an issuer gave in a year; its row lock serialises concurrent issues. */
@Entity({ name: 'document_counter' })
export class DocumentCounterEntity {
  @PrimaryColumn({ type: 'text', name: 'issuer_id' })
  issuerId: string;

  @PrimaryColumn('int')
  year: number;

  @Column({ type: 'int', name: 'last_serial' })
  lastSerial: number;
}
