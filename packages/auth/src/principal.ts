import { AgencyKind, isRegionCode, isWithinRegion, Role, vocabularyCodes } from '@dibao/domain';

/** Who is calling: an agency of a region, acting in some roles. Region scope is that region's subtree. */
export interface Principal {
  subject: string;
  name?: string;
  agency: AgencyKind;
  region: string;
  roles: Role[];
}

/** The JWT claims that carry a principal (registered claims aside). */
export interface PrincipalClaims {
  sub: string;
  name?: string;
  agency: string;
  region: string;
  roles: string[];
}

export class InvalidPrincipalError extends Error {}

const agencyKinds = new Set<string>(vocabularyCodes(AgencyKind));
const roles = new Set<string>(vocabularyCodes(Role));

/** Validates claims from a verified token; a token that names an unknown agency, region or role is refused. */
export function principalFromClaims(claims: Partial<Record<keyof PrincipalClaims, unknown>>): Principal {
  const { sub, name, agency, region } = claims;
  if (typeof sub !== 'string' || sub.length === 0) throw new InvalidPrincipalError('token has no subject (sub)');
  if (typeof agency !== 'string' || !agencyKinds.has(agency)) {
    throw new InvalidPrincipalError(`token names an unknown agency kind: ${String(agency)}`);
  }
  if (typeof region !== 'string' || !isRegionCode(region)) {
    throw new InvalidPrincipalError(`token names an invalid region code: ${String(region)}`);
  }
  if (!Array.isArray(claims.roles) || claims.roles.some((role) => typeof role !== 'string' || !roles.has(role))) {
    throw new InvalidPrincipalError(`token has invalid roles: ${JSON.stringify(claims.roles)}`);
  }
  return {
    subject: sub,
    ...(typeof name === 'string' && name ? { name } : {}),
    agency: agency as AgencyKind,
    region,
    roles: [...new Set(claims.roles as Role[])],
  };
}

export function claimsOf(principal: Principal): PrincipalClaims {
  return {
    sub: principal.subject,
    ...(principal.name ? { name: principal.name } : {}),
    agency: principal.agency,
    region: principal.region,
    roles: principal.roles,
  };
}

/** ADMIN holds every role within its scope. */
export function hasRole(principal: Principal, role: Role): boolean {
  return principal.roles.includes(role) || principal.roles.includes('ADMIN');
}

export function hasAnyRole(principal: Principal, wanted: readonly Role[]): boolean {
  return wanted.length === 0 || wanted.some((role) => hasRole(principal, role));
}

/** True when the region lies in the principal's subtree. */
export function inScope(principal: Principal, regionCode: string): boolean {
  return isWithinRegion(regionCode, principal.region);
}
