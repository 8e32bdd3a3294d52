import { agencyIdOf, COMPETENT_BODY_KINDS } from '@dibao/domain';
import type { AccountabilityCaseEntity } from '../entities/index.js';

/**
 * The competent bodies of a stored case: those of the managing region computed from the subject's snapshot
 * when the case was opened (see competentBodiesFor), so a later change in the registry does not move a case.
 */
export function competentBodiesOfCase(found: Pick<AccountabilityCaseEntity, 'managingRegionCode'>): string[] {
  return COMPETENT_BODY_KINDS.map((kind) => agencyIdOf(found.managingRegionCode, kind));
}
