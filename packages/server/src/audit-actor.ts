import type { Principal } from '@dibao/auth';
import type { AuditActor } from '@dibao/db';

export function actorOf(principal: Principal): AuditActor {
  return {
    kind: 'principal',
    subject: principal.subject,
    agency: principal.agency,
    region: principal.region,
    roles: principal.roles,
  };
}

export const systemActor = (job: string): AuditActor => ({ kind: 'system', subject: job });
