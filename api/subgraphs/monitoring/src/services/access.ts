import { hasAnyRole, hasRole, inScope, type Principal } from '@dibao/auth';

/**
 * Who sees an alert: civil affairs of its region and of the regions above it, and the inspectors and
 * discipline bodies of those regions; never the public.
 */
export function mayViewAlertsOf(principal: Principal | null, regionCode: string): principal is Principal {
  if (!principal || !inScope(principal, regionCode)) return false;
  return (
    principal.agency === 'CIVIL_AFFAIRS' ||
    principal.agency === 'DISCIPLINE_INSPECTION' ||
    hasAnyRole(principal, ['INSPECTOR', 'DISCIPLINE_OFFICER'])
  );
}

/** Who moves an alert through its workflow: a viewer who also reviews, inspects or enforces discipline. */
export function mayHandleAlertsOf(principal: Principal | null, regionCode: string): principal is Principal {
  return (
    mayViewAlertsOf(principal, regionCode) && hasAnyRole(principal, ['REVIEWER', 'INSPECTOR', 'DISCIPLINE_OFFICER'])
  );
}

/** Thresholds are set by an administrator of civil affairs for the regions in scope. */
export function maySetThresholdsOf(principal: Principal | null, regionCode: string): principal is Principal {
  return (
    !!principal && principal.agency === 'CIVIL_AFFAIRS' && hasRole(principal, 'ADMIN') && inScope(principal, regionCode)
  );
}

/** A county's reporter sends only its own county's roster; civil affairs above may send for any county below. */
export function maySendRosterOf(principal: Principal | null, countyCode: string): principal is Principal {
  return (
    !!principal &&
    principal.agency === 'CIVIL_AFFAIRS' &&
    hasRole(principal, 'REPORTER') &&
    inScope(principal, countyCode)
  );
}
