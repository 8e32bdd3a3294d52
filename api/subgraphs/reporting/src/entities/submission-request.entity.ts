import { Column, Entity, PrimaryColumn } from 'typeorm';

/** The client's request id of a submission, so that a retried submission files nothing twice. */
@Entity({ name: 'submission_request' })
export class SubmissionRequestEntity {
  @PrimaryColumn({ type: 'text', name: 'request_id' })
  requestId: string;

  @Column({ type: 'uuid', name: 'report_id' })
  reportId: string;

  @Column('int')
  version: number;

  @Column({ type: 'timestamptz', name: 'submitted_at' })
  submittedAt: Date;
}
