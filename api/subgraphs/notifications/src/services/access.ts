import type { EntityManager } from 'typeorm';
import { hasRole, type Principal } from '@dibao/auth';
import { roleValues, subtreeCodePrefix } from '@dibao/domain';
import { audienceRegions, type Audience } from '@dibao/server';

/*
 * Who reads a notification: the principals of its audience (inAudience in @dibao/server, the same rule in SQL
 * here), each seeing only their own read state. The audience was set by the source within the entity's read rule.
 */

/** The roles a principal acts in for audience matching: ADMIN holds every role. */
const rolesOf = (principal: Principal): string[] => (hasRole(principal, 'ADMIN') ? [...roleValues] : principal.roles);

/**
 * The audience condition for `alias` (a notification row), with its four parameters numbered from `first`: the
 * principal's region is one the audience reaches, and some clause matches its agency, roles and subject.
 */
export function audienceCondition(principal: Principal, alias: string, first: number) {
  const [region, agency, roles, subject] = [`$${first}`, `$${first + 1}`, `$${first + 2}`, `$${first + 3}`];
  return {
    sql: audienceMatch(alias, { region, agency, roles, subject }),
    parameters: [principal.region, principal.agency, rolesOf(principal), principal.subject],
  };
}

/**
 * The audience rule over SQL expressions for a region, an agency kind, roles (text[]) and a subject: the one rule
 * both for a token's principal (in-app) and for the registry's officials (outbound delivery).
 */
export function audienceMatch(
  alias: string,
  who: { region: string; agency: string; roles: string; subject: string },
): string {
  return `(${who.region}::varchar = ANY(${alias}.audience_regions) AND EXISTS (
      SELECT 1 FROM jsonb_array_elements(${alias}.audience->'anyOf') clause
       WHERE (NOT jsonb_exists(clause, 'agencies') OR jsonb_exists(clause->'agencies', ${who.agency}::text))
         AND (NOT jsonb_exists(clause, 'roles') OR jsonb_exists_any(clause->'roles', ${who.roles}::text[]))
         AND (NOT jsonb_exists(clause, 'subjects') OR jsonb_exists(clause->'subjects', ${who.subject}::text))))`;
}

/**
 * The principals' regions an audience reaches, stored with the notification for the indexed match: for `BELOW`,
 * the regions of that level that have agencies in the registry now (the notifications role reads the agencies).
 */
export async function reachedRegions(manager: EntityManager, audience: Audience): Promise<string[]> {
  if (audience.reach !== 'BELOW') return audienceRegions(audience);
  const rows = (await manager.query(`SELECT DISTINCT region_code FROM registry.agency WHERE region_code LIKE $1`, [
    `${subtreeCodePrefix(audience.region)}%`,
  ])) as Array<{ region_code: string }>;
  return audienceRegions(
    audience,
    rows.map((row) => row.region_code),
  );
}
