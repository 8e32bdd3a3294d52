import { Column, CreateDateColumn, Entity, PrimaryColumn, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import type { Role } from '@dibao/domain';

/*
 * Who may sign in, kept apart from the official's record: an official's roles and the identity-provider subject
 * that signs in as them (table official_access), the county systems' service accounts, and revoked token ids.
 * The gateway asks the registry on every request that carries a provider's token, so a change here (an official
 * who leaves an agency, a revoked token) takes effect on the next request.
 */

/** An official's roles and the provider subject that signs in as them (none: the official cannot sign in). */
@Entity({ name: 'official_access' })
export class OfficialAccessEntity {
  @PrimaryColumn({ type: 'uuid', name: 'official_id' })
  officialId: string;

  @Column({ type: 'text', array: true })
  roles: Role[];

  @Column({ type: 'text', name: 'idp_issuer', nullable: true })
  idpIssuer: string | null;

  @Column({ type: 'text', name: 'idp_subject', nullable: true })
  idpSubject: string | null;

  @UpdateDateColumn({ type: 'timestamptz', name: 'updated_at' })
  updatedAt: Date;
}

/** A county system calling with client-credentials tokens: bound to one agency (and so one region). */
@Entity({ name: 'service_account' })
export class ServiceAccountEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column('text')
  name: string;

  @Column({ type: 'text', name: 'idp_issuer' })
  idpIssuer: string;

  @Column({ type: 'text', name: 'client_id' })
  clientId: string;

  @Column({ type: 'text', name: 'agency_id' })
  agencyId: string;

  @Column({ type: 'varchar', length: 9, name: 'region_code' })
  regionCode: string;

  @Column({ type: 'text', array: true })
  roles: Role[];

  @Column({ type: 'boolean', default: true })
  active: boolean;

  @CreateDateColumn({ type: 'timestamptz', name: 'created_at' })
  createdAt: Date;
}

/** A token id refused from now until the token would have expired anyway. */
@Entity({ name: 'revoked_token' })
export class RevokedTokenEntity {
  @PrimaryColumn({ type: 'text', name: 'idp_issuer' })
  idpIssuer: string;

  @PrimaryColumn('text')
  jti: string;

  @Column({ type: 'timestamptz', name: 'expires_at' })
  expiresAt: Date;

  @CreateDateColumn({ type: 'timestamptz', name: 'revoked_at' })
  revokedAt: Date;
}
