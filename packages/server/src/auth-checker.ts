import type { AuthChecker } from 'type-graphql';
import { hasAnyRole } from '@dibao/auth';
import type { Role } from '@dibao/domain';
import type { SubgraphContext } from './context.js';
import { forbidden, unauthenticated } from './errors.js';

/** `@Authorized()` needs a signed-in principal; `@Authorized('REVIEWER', ...)` needs one of those roles. */
export const roleAuthChecker: AuthChecker<SubgraphContext, Role> = ({ context }, roles) => {
  if (!context.principal) throw unauthenticated();
  if (!hasAnyRole(context.principal, roles)) {
    throw forbidden(`This needs one of the roles ${roles.join(', ')}`, `此操作需要以下角色之一：${roles.join('、')}`);
  }
  return true;
};
