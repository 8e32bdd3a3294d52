import { inScope, type Principal } from '@dibao/auth';
import type { SubgraphContext } from './context.js';
import { forbidden, unauthenticated } from './errors.js';

export function requirePrincipal(context: SubgraphContext): Principal {
  if (!context.principal) throw unauthenticated();
  return context.principal;
}

/** For writes and single-record reads: a region outside the principal's subtree is FORBIDDEN. */
export function requireRegionInScope(context: SubgraphContext, regionCode: string): Principal {
  const principal = requirePrincipal(context);
  if (!inScope(principal, regionCode)) {
    throw forbidden(
      `Region ${regionCode} is outside your scope (${principal.region})`,
      `地区 ${regionCode} 不在您的管辖范围（${principal.region}）内`,
    );
  }
  return principal;
}
