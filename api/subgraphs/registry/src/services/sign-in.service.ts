import type { DataSource, EntityManager } from 'typeorm';
import type { Principal } from '@dibao/auth';
import type { AgencyKind, Role } from '@dibao/domain';
import {
  auditedWrite,
  auditImport,
  badInput,
  changeAudited,
  createAudited,
  forbidden,
  notFound,
  unauthenticated,
  type Actor,
} from '@dibao/server';
import {
  AgencyEntity,
  OfficialAccessEntity,
  OfficialEntity,
  RevokedTokenEntity,
  ServiceAccountEntity,
} from '../entities/index.js';
import { checkedOfficialId } from './official.service.js';

/** What the gateway knows of a verified provider token. */
export interface ProviderToken {
  issuer: string;
  subject: string;
  /** The client the token was issued to; equal to `subject` for client-credentials tokens. */
  clientId?: string | null;
  jti: string;
}

/** Prefixes of principal subjects, so that the audit trail tells an official from a county system. */
export const OFFICIAL_SUBJECT_PREFIX = 'official:';
export const SERVICE_SUBJECT_PREFIX = 'service:';

const refused = (en: string, zh: string) => unauthenticated(`Sign-in refused: ${en}`, `登录被拒绝：${zh}`);

/**
 * The principal a verified provider token stands for, read from the registry on every request: agency, region
 * and roles are the registry's, never the token's. A revoked token id, an unknown subject, an official who is
 * no longer active (or holds no role) and a disabled service account are refused.
 */
export async function principalForToken(dataSource: DataSource, token: ProviderToken): Promise<Principal> {
  const manager = dataSource.manager;
  const revoked = await manager.existsBy(RevokedTokenEntity, { idpIssuer: token.issuer, jti: token.jti });
  if (revoked) throw refused('this token has been revoked', '此令牌已被吊销');
  if (token.clientId && token.clientId === token.subject) return serviceAccountPrincipal(manager, token);
  const [row] = (await manager.query(
    `SELECT o.id, o.name, o.active, a.kind, a.region_code AS region, x.roles
       FROM official_access x
       JOIN official o ON o.id = x.official_id
       JOIN agency a ON a.id = o.agency_id
      WHERE x.idp_issuer = $1 AND x.idp_subject = $2`,
    [token.issuer, token.subject],
  )) as Array<{ id: string; name: string; active: boolean; kind: AgencyKind; region: string; roles: Role[] }>;
  if (!row) throw refused('no official of the registry signs in as this subject', '名录中没有与此身份关联的工作人员');
  if (!row.active) throw refused('this official is no longer active', '该工作人员已不在岗');
  if (row.roles.length === 0) throw refused('this official holds no role', '该工作人员没有任何角色');
  return {
    subject: `${OFFICIAL_SUBJECT_PREFIX}${row.id}`,
    name: row.name,
    agency: row.kind,
    region: row.region,
    roles: row.roles,
  };
}

async function serviceAccountPrincipal(manager: EntityManager, token: ProviderToken): Promise<Principal> {
  const account = await manager.findOneBy(ServiceAccountEntity, { idpIssuer: token.issuer, clientId: token.subject });
  if (!account) throw refused('this client is no service account of the registry', '此客户端不是名录中的服务账户');
  if (!account.active) throw refused('this service account is disabled', '此服务账户已停用');
  const agency = await manager.findOneByOrFail(AgencyEntity, { id: account.agencyId });
  return {
    subject: `${SERVICE_SUBJECT_PREFIX}${account.clientId}`,
    name: account.name,
    agency: agency.kind,
    region: account.regionCode,
    roles: account.roles,
  };
}

/** Only an ADMIN of the agency itself (same kind, same region) manages who signs in for it. */
function requireAgencyAdmin(principal: Principal, agency: AgencyEntity): void {
  if (
    !principal.roles.includes('ADMIN') ||
    principal.agency !== agency.kind ||
    principal.region !== agency.regionCode
  ) {
    throw forbidden(
      `Only an administrator of agency ${agency.id} manages its sign-in`,
      `只有机构 ${agency.id} 的管理员可以管理其登录`,
    );
  }
}

function checkedRoles(roles: Role[], allowAdmin: boolean): Role[] {
  const unique = [...new Set(roles)];
  if (!allowAdmin && unique.includes('ADMIN')) {
    throw badInput('A service account cannot hold the ADMIN role', '服务账户不能拥有管理员角色');
  }
  return unique;
}

function providerText(value: string, field: string): string {
  const trimmed = value.trim();
  if (!trimmed || trimmed.length > 255) {
    throw badInput(`${field} must be 1 to 255 characters`, `${field} 须为 1 至 255 个字符`);
  }
  return trimmed;
}

export interface OfficialAccessChange {
  roles: Role[];
  /** Both or neither: the provider subject that signs in as the official; null removes it. */
  issuer?: string | null;
  subject?: string | null;
}

/** Sets an official's roles and provider subject (ADMIN of the official's agency), audited with before and after. */
export function setOfficialAccess(
  dataSource: DataSource,
  principal: Principal,
  officialId: string,
  change: OfficialAccessChange,
) {
  checkedOfficialId(officialId);
  const linked = change.issuer != null || change.subject != null;
  if (linked && (change.issuer == null || change.subject == null)) {
    throw badInput('Give both issuer and subject, or neither', 'issuer 与 subject 须同时提供或同时省略');
  }
  return changeAudited(dataSource, principal, {
    entityType: 'OfficialAccess',
    action: 'UPDATE',
    entityId: () => officialId,
    duplicate: {
      en: 'This provider subject already signs in as another official',
      zh: '此身份已与另一名工作人员关联',
    },
    async lock(manager) {
      const official = await manager.findOne(OfficialEntity, {
        where: { id: officialId },
        lock: { mode: 'pessimistic_write' },
      });
      if (!official) throw notFound(`Official ${officialId} does not exist`, `工作人员 ${officialId} 不存在`);
      requireAgencyAdmin(principal, await manager.findOneByOrFail(AgencyEntity, { id: official.agencyId }));
      return (
        (await manager.findOneBy(OfficialAccessEntity, { officialId })) ??
        manager.create(OfficialAccessEntity, { officialId, roles: [], idpIssuer: null, idpSubject: null })
      );
    },
    state: ({ roles, idpIssuer, idpSubject }) => ({ roles, idpIssuer, idpSubject }),
    apply(access) {
      access.roles = checkedRoles(change.roles, true);
      access.idpIssuer = linked ? providerText(change.issuer!, 'issuer') : null;
      access.idpSubject = linked ? providerText(change.subject!, 'subject') : null;
    },
  });
}

export interface NewServiceAccount {
  name: string;
  agencyId: string;
  issuer: string;
  clientId: string;
  roles: Role[];
}

/** Registers a county system's client (ADMIN of the agency it acts for), bound to that agency and its region. */
export function createServiceAccount(dataSource: DataSource, principal: Principal, input: NewServiceAccount) {
  return createAudited(dataSource, principal, {
    entityType: 'ServiceAccount',
    action: 'CREATE',
    duplicate: { en: 'This client already is a service account', zh: '此客户端已是服务账户' },
    async create({ manager }) {
      const agency = await manager.findOneBy(AgencyEntity, { id: input.agencyId });
      if (!agency) throw notFound(`Agency ${input.agencyId} does not exist`, `机构 ${input.agencyId} 不存在`);
      requireAgencyAdmin(principal, agency);
      const roles = checkedRoles(input.roles, false);
      if (roles.length === 0)
        throw badInput('Give the service account at least one role', '请至少为服务账户指定一个角色');
      return manager.create(ServiceAccountEntity, {
        name: providerText(input.name, 'name'),
        idpIssuer: providerText(input.issuer, 'issuer'),
        clientId: providerText(input.clientId, 'clientId'),
        agencyId: agency.id,
        regionCode: agency.regionCode,
        roles,
        active: true,
      });
    },
  });
}

/** Enables or disables a service account (ADMIN of its agency); a disabled one is refused on its next request. */
export function setServiceAccountActive(dataSource: DataSource, principal: Principal, id: string, active: boolean) {
  checkedOfficialId(id);
  return changeAudited(dataSource, principal, {
    entityType: 'ServiceAccount',
    action: active ? 'ENABLE' : 'DISABLE',
    async lock(manager) {
      const account = await manager.findOne(ServiceAccountEntity, {
        where: { id },
        lock: { mode: 'pessimistic_write' },
      });
      if (!account) throw notFound(`Service account ${id} does not exist`, `服务账户 ${id} 不存在`);
      requireAgencyAdmin(principal, await manager.findOneByOrFail(AgencyEntity, { id: account.agencyId }));
      return account;
    },
    state: ({ active: isActive, roles }) => ({ active: isActive, roles }),
    apply(account) {
      account.active = active;
    },
  });
}

/**
 * Refuses a provider token by its id from the next request on, in every gateway process (each asks the
 * registry). Any ADMIN may revoke: revoking only ever takes access away. Revoking twice is harmless.
 */
export function revokeToken(
  dataSource: DataSource,
  principal: Principal,
  input: { issuer: string; jti: string; expiresAt: Date },
) {
  if (!principal.roles.includes('ADMIN')) throw forbidden();
  if (Number.isNaN(input.expiresAt.getTime())) throw badInput('expiresAt is not a date', 'expiresAt 不是有效日期');
  return createAudited(dataSource, principal, {
    entityType: 'RevokedToken',
    action: 'REVOKE',
    entityId: (row) => `${row.idpIssuer} ${row.jti}`,
    duplicate: { en: 'This token id is already revoked', zh: '此令牌已被吊销' },
    create: ({ manager }) =>
      manager.create(RevokedTokenEntity, {
        idpIssuer: providerText(input.issuer, 'issuer'),
        jti: providerText(input.jti, 'jti'),
        expiresAt: input.expiresAt,
      }),
  });
}

/** An official who may sign in as `subject` with `roles` (the development provider's demo accounts). */
export interface SignInGrant {
  officialId: string;
  subject: string;
  roles: Role[];
}

/**
 * Links officials to subjects of one provider in one audited transaction, replacing earlier links of those
 * officials; for the development provider's demo accounts, written by a system actor.
 */
export function grantSignIn(dataSource: DataSource, who: Actor, issuer: string, grants: readonly SignInGrant[]) {
  return auditedWrite(dataSource, who, async (tx) => {
    // A subject another official held under this issuer is released first, so the unique pair stays unique.
    await tx.manager.delete(OfficialAccessEntity, { idpIssuer: issuer });
    await tx.manager.upsert(
      OfficialAccessEntity,
      grants.map((grant) => ({
        officialId: grant.officialId,
        roles: grant.roles,
        idpIssuer: issuer,
        idpSubject: grant.subject,
      })),
      ['officialId'],
    );
    await auditImport(tx, [['OfficialAccess', grants.length]]);
    return grants.length;
  });
}

/** Each agency's first official by name, with its agency: whom the development provider offers as demo accounts. */
export async function firstOfficialOfEachAgency(dataSource: DataSource) {
  return (await dataSource.query(
    `SELECT DISTINCT ON (a.id) o.id, o.name, a.kind, a.region_code AS region, r.level,
            r.name AS "regionName", r.name_en AS "regionNameEn"
       FROM agency a JOIN official o ON o.agency_id = a.id AND o.active JOIN region r ON r.code = a.region_code
      ORDER BY a.id, o.name, o.id`,
  )) as Array<{
    id: string;
    name: string;
    kind: AgencyKind;
    region: string;
    level: string;
    regionName: string;
    regionNameEn: string;
  }>;
}
