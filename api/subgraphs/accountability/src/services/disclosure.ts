import type { Principal } from '@dibao/auth';
import { COMPETENT_BODY_KINDS, type AgencyKind, type AccountabilityCaseDisclosure } from '@dibao/domain';
import type {
  AccountabilityCaseEntity,
  JointMeetingDecisionEntity,
  JointMeetingSessionEntity,
} from '../entities/index.js';

/*
 * Need to know. An accountability case is confidential: its facts, the subject's name and post, its evidence
 * (origins, joint meeting decisions) and its decision while the case is still open are read only by
 *   - the competent bodies: any official of the discipline inspection organ or the organization department of
 *     the managing region (the bodies that handle it under cadre management authority), and
 *   - the member agencies of that region's joint meeting (its lead, civil affairs, included), which follow it up.
 * Any other principal in scope reads the case as a SUMMARY: that it exists, where, what for, its dates and
 * status, and, once CLOSED, the outcome (sanctions, date and deciding body, without the decision's text).
 * The loaders apply this rule to every case they return, whichever query or reference reaches it.
 *
 * The minutes of a joint meeting and the text of its decisions name the subjects of the cases they follow up,
 * so they are read only by the meeting's seated agencies (lead and members) of its own region.
 */

/** The kinds seated in the joint meeting of the caller's own region (lead first), or none. */
export type SeatedKinds = readonly AgencyKind[];

/** Whether the caller's agency sits in the joint meeting of `regionCode`. */
function seatedIn(principal: Principal, regionCode: string, seatedKinds: SeatedKinds): boolean {
  return principal.region === regionCode && seatedKinds.includes(principal.agency);
}

/** The one rule deciding how much of a case a principal reads. */
export function caseDisclosureFor(
  principal: Principal,
  found: Pick<AccountabilityCaseEntity, 'managingRegionCode'>,
  seatedKinds: SeatedKinds,
): AccountabilityCaseDisclosure {
  const competentBody =
    principal.region === found.managingRegionCode &&
    (COMPETENT_BODY_KINDS as readonly string[]).includes(principal.agency);
  return competentBody || seatedIn(principal, found.managingRegionCode, seatedKinds) ? 'FULL' : 'SUMMARY';
}

/** A case as one principal may read it: the confidential fields are null in a SUMMARY. */
export type CaseView = Omit<
  AccountabilityCaseEntity,
  'subjectName' | 'facts' | 'subjectPosition' | 'subjectOfficialId' | 'subjectAgencyId' | 'closingNote' | 'openedBy'
> & {
  disclosure: AccountabilityCaseDisclosure;
  subjectName: string | null;
  facts: string | null;
  subjectPosition: string | null;
  subjectOfficialId: string | null;
  subjectAgencyId: string | null;
  closingNote: string | null;
};

export function caseViewOf(found: AccountabilityCaseEntity, disclosure: AccountabilityCaseDisclosure): CaseView {
  // The actor who opened it is audit data, never part of the view.
  // eslint-disable-next-line @typescript-eslint/no-unused-vars
  const { openedBy, ...rest } = found;
  if (disclosure === 'FULL') return { ...rest, disclosure };
  return {
    ...rest,
    disclosure,
    subjectName: null,
    subjectPosition: null,
    subjectOfficialId: null,
    subjectAgencyId: null,
    facts: null,
    closingNote: null,
  };
}

/** Whether a view shows the case's evidence (origins, joint meeting decisions). */
export const showsEvidence = (view: Pick<CaseView, 'disclosure'>) => view.disclosure === 'FULL';

/** Whether a view shows the decision: always to FULL readers once decided, to others only once closed. */
export const showsDecision = (view: Pick<CaseView, 'disclosure' | 'status'>) =>
  view.disclosure === 'FULL' || view.status === 'CLOSED';

/** Whether the caller reads a joint meeting session's minutes and the text of its decisions. */
export function readsMeetingRecord(principal: Principal, regionCode: string, seatedKinds: SeatedKinds): boolean {
  return seatedIn(principal, regionCode, seatedKinds);
}

export type SessionView = Omit<JointMeetingSessionEntity, 'minutes' | 'recordedBy'> & { minutes: string | null };
export type MeetingDecisionView = Omit<JointMeetingDecisionEntity, 'text'> & { text: string | null };

export function sessionViewOf(session: JointMeetingSessionEntity, readsRecord: boolean): SessionView {
  // eslint-disable-next-line @typescript-eslint/no-unused-vars
  const { recordedBy, ...rest } = session;
  return readsRecord ? rest : { ...rest, minutes: null };
}

export function meetingDecisionViewOf<T extends JointMeetingDecisionEntity>(
  decision: T,
  readsRecord: boolean,
): Omit<T, 'text'> & { text: string | null } {
  return readsRecord ? decision : { ...decision, text: null };
}
