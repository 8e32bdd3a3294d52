import { hasAnyRole, type Principal } from '@dibao/auth';
import { ancestorCodesOf, type AgencyKind, type NotificationEvent, type Role } from '@dibao/domain';
import type { OutboxEntry } from '@dibao/db';

/*
 * Notifications are raised by the action that causes them, in its transaction: a source subgraph calls
 * `tx.raise(notify({...}))` beside its audit record, and the notifications subgraph turns every committed `notify`
 * event of every source's outbox into a notification for its audience. The source names the audience because it
 * alone knows who may read the entity: the audience is never wider than the entity's own read rule, and the
 * summary carries nothing a recipient of the audience may not read (never a complainant's identity).
 */

/** The outbox topic of events meant for people. */
export const NOTIFY_TOPIC = 'notify';

/** Principals of an agency kind (any role), or holding one of some roles (any agency); both when both are given. */
export interface AudienceClause {
  agencies?: AgencyKind[];
  roles?: Role[];
}

/**
 * Who is told: principals whose region is `region` itself (`AT`), or `region` or one above it whose scope
 * contains it (`AT_OR_ABOVE`), and who match any of the clauses.
 */
export interface Audience {
  region: string;
  reach: 'AT' | 'AT_OR_ABOVE';
  anyOf: AudienceClause[];
}

export interface Notice {
  event: NotificationEvent;
  /** The region the entity belongs to (where the notification opens the entity from). */
  regionCode: string;
  entityType: string;
  entityId: string;
  audience: Audience;
  /** One line in both languages, without personal data. */
  summary: { en: string; zh: string };
}

/** The outbox entry of a notice: what `tx.raise` takes. */
export function notify(notice: Notice): OutboxEntry {
  return {
    topic: NOTIFY_TOPIC,
    regionCode: notice.regionCode,
    entityType: notice.entityType,
    entityId: notice.entityId,
    payload: { event: notice.event, audience: notice.audience, summary: notice.summary },
  };
}

/** The principals' regions an audience reaches (for an indexed SQL match). */
export function audienceRegions(audience: Audience): string[] {
  return audience.reach === 'AT' ? [audience.region] : [...ancestorCodesOf(audience.region), audience.region];
}

/** Whether a principal belongs to an audience: the rule the notifications' SQL applies too. */
export function inAudience(principal: Principal, audience: Audience): boolean {
  if (!audienceRegions(audience).includes(principal.region)) return false;
  return audience.anyOf.some(
    (clause) =>
      (!clause.agencies || clause.agencies.includes(principal.agency)) &&
      (!clause.roles || hasAnyRole(principal, clause.roles)),
  );
}
