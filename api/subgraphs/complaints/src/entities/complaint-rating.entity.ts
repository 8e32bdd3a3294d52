import { Column, Entity, PrimaryColumn } from 'typeorm';

/** The complainant's rating of one closure of the complaint; the comment is sealed. */
@Entity({ name: 'complaint_rating' })
export class ComplaintRatingEntity {
  @PrimaryColumn({ type: 'uuid', name: 'complaint_id' })
  complaintId: string;

  /** Which closure it rates (an overturned appeal leads to another). */
  @PrimaryColumn({ type: 'int', name: 'closure_round' })
  closureRound: number;

  @Column('boolean')
  satisfied: boolean;

  @Column({ type: 'timestamptz', name: 'rated_at' })
  ratedAt: Date;

  @Column({ type: 'text', name: 'key_id', nullable: true })
  keyId: string | null;

  @Column({ type: 'text', name: 'comment_sealed', nullable: true })
  commentSealed: string | null;
}
