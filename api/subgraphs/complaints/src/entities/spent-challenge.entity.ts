import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A challenge spent by an online submission, kept until it expires so that no token is used twice. */
@Entity({ name: 'spent_challenge' })
export class SpentChallengeEntity {
  @PrimaryColumn({ type: 'char', length: 64, name: 'token_hash' })
  tokenHash: string;

  @Column({ type: 'timestamptz', name: 'expires_at' })
  expiresAt: Date;
}
