import type { DataSource } from 'typeorm';
import { insertWriter, type AuditActor, type RowWriter } from '@dibao/db';
import { auditedWrite, auditImport } from '@dibao/server';
import { competentBodiesFor, type AccountabilityImport, type CadreLevel } from '@dibao/domain';
import {
  AccountabilityCaseEntity,
  CaseDecisionEntity,
  CaseOriginEntity,
  CaseSanctionEntity,
  JointMeetingAttendeeEntity,
  JointMeetingDecisionCaseEntity,
  JointMeetingDecisionEntity,
  JointMeetingEntity,
  JointMeetingSessionEntity,
  JointMeetingTaskEntity,
} from '../entities/index.js';
import { checkedSanctions } from './decision-rules.js';
import { checkedMemberKinds } from './joint-meeting-rules.js';

export interface AccountabilityImportSummary {
  cases: number;
  decisions: number;
  jointMeetings: number;
  sessions: number;
  tasks: number;
}

/** The managing region a case's snapshot gives; the import refuses data the live rules would refuse. */
function managingRegionOf(item: AccountabilityImport['cases'][number]): string {
  const { managingRegionCode, agencyIds } = competentBodiesFor(
    item.subjectKind === 'OFFICIAL'
      ? { kind: 'OFFICIAL', regionCode: item.subjectRegionCode, cadreLevel: item.subjectCadreLevel as CadreLevel }
      : { kind: 'UNIT', regionCode: item.subjectRegionCode },
  );
  for (const agencyId of [item.openingAgencyId, ...(item.decision ? [item.decision.decidingAgencyId] : [])]) {
    if (!agencyIds.includes(agencyId)) {
      throw new Error(`case ${item.id}: ${agencyId} is not a competent body (${agencyIds.join(', ')})`);
    }
  }
  if ((item.decision !== null) !== (item.status === 'DECIDED' || item.status === 'CLOSED')) {
    throw new Error(`case ${item.id}: a ${item.status} case ${item.decision ? 'has' : 'lacks'} a decision`);
  }
  if (item.decision) checkedSanctions(item.decision.sanctions, item.subjectKind);
  return managingRegionCode;
}

/**
 * Loads cases (with origins and decisions) and joint meetings (with meetings, attendees, decisions and
 * follow-up tasks) in one transaction (all or nothing), with one audit record per kind.
 */
export async function importAccountability(
  dataSource: DataSource,
  data: AccountabilityImport,
  actor: AuditActor,
  progress: (message: string) => void = () => undefined,
  /** INSERT (the default) or COPY for bulk loads; the audit records of a copy carry its checksums. */
  writer: RowWriter = insertWriter(),
): Promise<AccountabilityImportSummary> {
  return auditedWrite(dataSource, actor, async (tx) => {
    const { manager } = tx;
    const cases = data.cases.map((item) =>
      Object.assign(new AccountabilityCaseEntity(), {
        id: item.id,
        regionCode: item.subjectRegionCode,
        managingRegionCode: managingRegionOf(item),
        subjectKind: item.subjectKind,
        subjectOfficialId: item.subjectOfficialId,
        subjectName: item.subjectName,
        subjectPosition: item.subjectPosition,
        subjectCadreLevel: item.subjectCadreLevel,
        subjectAgencyId: item.subjectAgencyId,
        violation: item.violation,
        facts: item.facts,
        status: item.status,
        openedOn: item.openedOn,
        openingAgencyId: item.openingAgencyId,
        openedAt: item.openedAt,
        openedBy: actor,
        investigationStartedAt: item.investigationStartedAt,
        decidedAt: item.decidedAt,
        closedAt: item.closedAt,
        closingNote: item.closingNote,
      }),
    );
    await writer.write(manager, AccountabilityCaseEntity, cases, {
      progress: (done) => progress(`accountability cases ${done}/${cases.length}`),
    });
    await writer.write(
      manager,
      CaseOriginEntity,
      data.cases.flatMap((item) =>
        item.origins.map((origin) =>
          Object.assign(new CaseOriginEntity(), {
            caseId: item.id,
            kind: origin.kind,
            originId: origin.id,
            linkedAt: item.openedAt,
            linkedBy: actor,
          }),
        ),
      ),
    );
    const decided = data.cases.filter((item) => item.decision !== null);
    await writer.write(
      manager,
      CaseDecisionEntity,
      decided.map((item) =>
        Object.assign(new CaseDecisionEntity(), {
          caseId: item.id,
          decidedOn: item.decision?.decidedOn,
          decidingAgencyId: item.decision?.decidingAgencyId,
          summary: item.decision?.summary,
          recordedAt: item.decidedAt,
          recordedBy: actor,
        }),
      ),
    );
    await writer.write(
      manager,
      CaseSanctionEntity,
      decided.flatMap((item) =>
        (item.decision?.sanctions ?? []).map((entry) =>
          Object.assign(new CaseSanctionEntity(), { caseId: item.id, ...entry }),
        ),
      ),
    );

    const bodies = data.jointMeetings.map((body) =>
      Object.assign(new JointMeetingEntity(), {
        regionCode: body.regionCode,
        name: body.name,
        memberKinds: checkedMemberKinds(body.memberKinds),
        establishedOn: body.establishedOn,
      }),
    );
    await writer.write(manager, JointMeetingEntity, bodies);
    const sessions = data.jointMeetings.flatMap((body) =>
      body.sessions.map((session) => ({ ...session, regionCode: body.regionCode })),
    );
    await writer.write(
      manager,
      JointMeetingSessionEntity,
      sessions.map((session) =>
        Object.assign(new JointMeetingSessionEntity(), {
          id: session.id,
          regionCode: session.regionCode,
          heldOn: session.heldOn,
          agenda: session.agenda,
          minutes: session.minutes,
          recordedAt: new Date(`${session.heldOn}T10:00:00Z`),
          recordedBy: actor,
        }),
      ),
      { progress: (done) => progress(`joint meeting sessions ${done}/${sessions.length}`) },
    );
    await writer.write(
      manager,
      JointMeetingAttendeeEntity,
      sessions.flatMap((session) =>
        session.attendees.map((attendee, position) =>
          Object.assign(new JointMeetingAttendeeEntity(), { sessionId: session.id, position, ...attendee }),
        ),
      ),
    );
    await writer.write(
      manager,
      JointMeetingDecisionEntity,
      sessions.flatMap((session) =>
        session.decisions.map((decision, position) =>
          Object.assign(new JointMeetingDecisionEntity(), {
            id: decision.id,
            sessionId: session.id,
            position,
            text: decision.text,
          }),
        ),
      ),
    );
    await writer.write(
      manager,
      JointMeetingDecisionCaseEntity,
      sessions.flatMap((session) =>
        session.decisions.flatMap((decision) =>
          decision.caseIds.map((caseId) =>
            Object.assign(new JointMeetingDecisionCaseEntity(), { decisionId: decision.id, caseId }),
          ),
        ),
      ),
    );
    const tasks = sessions.flatMap((session) =>
      session.tasks.map((task, position) =>
        Object.assign(new JointMeetingTaskEntity(), {
          ...task,
          sessionId: session.id,
          position,
          completedBy: task.status === 'DONE' ? actor : null,
        }),
      ),
    );
    await writer.write(manager, JointMeetingTaskEntity, tasks);

    const summary: AccountabilityImportSummary = {
      cases: cases.length,
      decisions: decided.length,
      jointMeetings: bodies.length,
      sessions: sessions.length,
      tasks: tasks.length,
    };
    await auditImport(
      tx,
      [
        ['AccountabilityCase', summary.cases],
        ['CaseDecision', summary.decisions],
        ['JointMeeting', summary.jointMeetings],
        ['JointMeetingSession', summary.sessions],
        ['JointMeetingTask', summary.tasks],
      ],
      writer,
    );
    return summary;
  });
}
