import { hasAnyRole, type Principal } from '@dibao/auth';
import {
  ancestorCodesOf,
  isRegionCode,
  isWithinRegion,
  regionLevelOf,
  regionLevelValues,
  type AgencyKind,
  type NotificationEvent,
  type RegionLevel,
  type Role,
  type WatchedDeadline,
} from '@dibao/domain';
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

/**
 * Principals of an agency kind, holding one of some roles, or signed in as one of some subjects (a complaint's
 * owner, the officer a handover is proposed to); every condition given must hold.
 */
export interface AudienceClause {
  agencies?: AgencyKind[];
  roles?: Role[];
  subjects?: string[];
}

/**
 * Who is told: principals whose region is `region` itself (`AT`), or `region` or one above it whose scope
 * contains it (`AT_OR_ABOVE`), or the regions of one `level` inside it (`BELOW`: the addressees of a bulletin,
 * the regions an assessment scores), and who match any of the clauses.
 */
export type Audience = (
  { region: string; reach: 'AT' | 'AT_OR_ABOVE' } | { region: string; reach: 'BELOW'; level: RegionLevel }
) & { anyOf: AudienceClause[] };

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

/** Whether a region is one an audience reaches. */
export function reachesRegion(audience: Audience, regionCode: string): boolean {
  switch (audience.reach) {
    case 'AT':
      return regionCode === audience.region;
    case 'AT_OR_ABOVE':
      return regionCode === audience.region || ancestorCodesOf(audience.region).includes(regionCode);
    case 'BELOW':
      return (
        regionCode !== audience.region &&
        isWithinRegion(regionCode, audience.region) &&
        regionLevelOf(regionCode) === audience.level
      );
  }
}

/**
 * The principals' regions an audience reaches (for an indexed SQL match), picked from `known` for `BELOW`: the
 * regions below are the registry's business, which the caller reads.
 */
export function audienceRegions(audience: Audience, known: readonly string[] = []): string[] {
  if (audience.reach === 'AT') return [audience.region];
  if (audience.reach === 'AT_OR_ABOVE') return [...ancestorCodesOf(audience.region), audience.region];
  return [...new Set(known)].filter((code) => reachesRegion(audience, code)).sort();
}

/** Whether a principal belongs to an audience: the rule the notifications' SQL applies too. */
export function inAudience(principal: Principal, audience: Audience): boolean {
  if (!reachesRegion(audience, principal.region)) return false;
  return audience.anyOf.some(
    (clause) =>
      (!clause.agencies || clause.agencies.includes(principal.agency)) &&
      (!clause.roles || hasAnyRole(principal, clause.roles)) &&
      (!clause.subjects || clause.subjects.includes(principal.subject)),
  );
}

/** The outbox topic of deadlines stamped on records and met: the notifications' job queue watches them. */
export const DEADLINE_TOPIC = 'deadline';

/** A deadline as the source stamped it on its record, with who is reminded and told when it passes unmet. */
export interface DeadlineWatch {
  kind: WatchedDeadline;
  regionCode: string;
  entityType: string;
  entityId: string;
  dueAt: Date;
  /** How many days before `dueAt` the reminder goes out. */
  remindDays: number;
  audience: Audience;
  /** What is due, in both languages, without personal data. */
  summary: { en: string; zh: string };
}

/**
 * The outbox entry that (re)sets a watched deadline: raised with the write that stamps or moves it. A deadline
 * is read from the record, never recomputed by the notifications, so local rules stay the source's business.
 */
export function watchDeadline(watch: DeadlineWatch): OutboxEntry {
  return {
    topic: DEADLINE_TOPIC,
    regionCode: watch.regionCode,
    entityType: watch.entityType,
    entityId: watch.entityId,
    payload: {
      kind: watch.kind,
      dueAt: watch.dueAt.toISOString(),
      remindDays: watch.remindDays,
      audience: watch.audience,
      summary: watch.summary,
    },
  };
}

/** The outbox entry that ends a watch: raised with the write that meets the deadline. */
export function clearDeadline(
  met: Pick<DeadlineWatch, 'kind' | 'regionCode' | 'entityType' | 'entityId'>,
): OutboxEntry {
  return {
    topic: DEADLINE_TOPIC,
    regionCode: met.regionCode,
    entityType: met.entityType,
    entityId: met.entityId,
    payload: { kind: met.kind, met: true },
  };
}

/** Whether an outbox payload's audience is well formed: what the notifications accept from a source. */
export function isAudience(value: unknown): value is Audience {
  const audience = value as Partial<Audience & { level: unknown }> | null | undefined;
  const reach =
    audience?.reach === 'AT' ||
    audience?.reach === 'AT_OR_ABOVE' ||
    (audience?.reach === 'BELOW' && regionLevelValues.includes(audience.level as RegionLevel));
  return (
    !!audience &&
    reach &&
    isRegionCode(audience.region) &&
    Array.isArray(audience.anyOf) &&
    audience.anyOf.length > 0 &&
    audience.anyOf.every(
      (clause) =>
        (clause.agencies?.length ?? 1) > 0 && (clause.roles?.length ?? 1) > 0 && (clause.subjects?.length ?? 1) > 0,
    )
  );
}
