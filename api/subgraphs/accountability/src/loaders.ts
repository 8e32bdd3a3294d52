import DataLoader from 'dataloader';
import { groupBy, isUuid } from '@dibao/server';
import { In, type DataSource } from 'typeorm';
import type { Principal } from '@dibao/auth';
import {
  accountabilityOriginKindValues,
  disciplineTrackValues,
  subtreeCodePrefix,
  type AccountabilityCaseStatus,
  type AccountabilitySubjectKind,
  type AccountabilityViolation,
  type DisciplineTrack,
  type Sanction,
} from '@dibao/domain';
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
} from './entities/index.js';
import { inScopeCondition } from './services/access.js';
import { accountabilityStats } from './services/stats.js';
import type { AccountabilityStats } from './schema/stats.type.js';

const prefixesOf = (codes: readonly string[]) => codes.map((code) => `${subtreeCodePrefix(code)}%`);
const under = (code: string) => (row: { regionCode: string }) => row.regionCode.startsWith(subtreeCodePrefix(code));

/** Keys of loaders with several parts: `<region>|<status or ''>|<year or ''>`. */
export const casesUnderKey = (code: string, status?: AccountabilityCaseStatus | null, year?: number | null) =>
  `${code}|${status ?? ''}|${year ?? ''}`;
export const regionYearKey = (code: string, year: number) => `${code}|${year}`;

/**
 * One set per request. Cases, joint meetings and meetings are filtered to the caller's scope in the SQL itself;
 * every relation is one statement per batch, however many regions or cases the response holds.
 */
export function createAccountabilityLoaders(dataSource: DataSource, principal: () => Principal | null) {
  const scoped = <T extends { regionCode: string }>(alias: string, target: new () => T) => {
    const caller = principal();
    const query = dataSource.getRepository(target).createQueryBuilder(alias);
    if (!caller) return query.where('false');
    const condition = inScopeCondition(caller, alias);
    return query.where(condition.sql, condition.parameters);
  };

  const readableCases = () => scoped('c', AccountabilityCaseEntity);

  const caseById = new DataLoader<string, AccountabilityCaseEntity | null>(async (ids) => {
    const valid = ids.filter(isUuid);
    const rows = valid.length ? await readableCases().andWhere('c.id IN (:...ids)', { ids: valid }).getMany() : [];
    const byId = new Map(rows.map((row) => [row.id, row]));
    return ids.map((id) => byId.get(id) ?? null);
  });

  /** Cases of a region's subtree, newest first, optionally of one status or one year of opening. */
  const casesUnder = new DataLoader<string, AccountabilityCaseEntity[]>(async (keys) => {
    const parsed = keys.map((key) => {
      const [code = '', status = '', year = ''] = key.split('|');
      return { code, status, year: year ? Number(year) : null };
    });
    const query = readableCases().andWhere('c.region_code LIKE ANY(:prefixes)', {
      prefixes: prefixesOf(parsed.map((key) => key.code)),
    });
    // Narrow the statement when every key of the batch names a status (or a year); the rest is sorted out below.
    if (parsed.every((key) => key.status)) {
      query.andWhere('c.status IN (:...statuses)', { statuses: [...new Set(parsed.map((key) => key.status))] });
    }
    if (parsed.every((key) => key.year !== null)) {
      query.andWhere('EXTRACT(YEAR FROM c.opened_on)::int IN (:...years)', {
        years: [...new Set(parsed.map((key) => key.year))],
      });
    }
    const rows = await query.orderBy('c.opened_on', 'DESC').addOrderBy('c.id', 'ASC').getMany();
    return parsed.map(({ code, status, year }) =>
      rows.filter(
        (row) =>
          under(code)(row) &&
          (!status || row.status === status) &&
          (year === null || Number(row.openedOn.slice(0, 4)) === year),
      ),
    );
  });

  const originsOf = new DataLoader<string, CaseOriginEntity[]>(async (caseIds) => {
    const rows = await dataSource
      .getRepository(CaseOriginEntity)
      .find({ where: { caseId: In([...caseIds]) }, order: { linkedAt: 'ASC', originId: 'ASC' } });
    // Links made at one moment are listed in the vocabulary's order of kinds.
    rows.sort(
      (a, b) =>
        a.linkedAt.getTime() - b.linkedAt.getTime() ||
        accountabilityOriginKindValues.indexOf(a.kind) - accountabilityOriginKindValues.indexOf(b.kind),
    );
    const groups = groupBy(rows, (row) => row.caseId);
    return caseIds.map((id) => groups.get(id) ?? []);
  });

  const decisionOf = new DataLoader<string, CaseDecisionEntity | null>(async (caseIds) => {
    const rows = await dataSource.getRepository(CaseDecisionEntity).findBy({ caseId: In([...caseIds]) });
    const byId = new Map(rows.map((row) => [row.caseId, row]));
    return caseIds.map((id) => byId.get(id) ?? null);
  });

  const sanctionsOf = new DataLoader<string, CaseSanctionEntity[]>(async (caseIds) => {
    const rows = await dataSource.getRepository(CaseSanctionEntity).findBy({ caseId: In([...caseIds]) });
    rows.sort((a, b) => disciplineTrackValues.indexOf(a.track) - disciplineTrackValues.indexOf(b.track));
    const groups = groupBy(rows, (row) => row.caseId);
    return caseIds.map((id) => groups.get(id) ?? []);
  });

  /** Joint meeting decisions concerning a case, from meetings within the caller's scope. */
  const meetingDecisionsOfCase = new DataLoader<string, Array<JointMeetingDecisionEntity & { caseId: string }>>(
    async (caseIds) => {
      const caller = principal();
      if (!caller) return caseIds.map(() => []);
      const rows = (await dataSource.query(
        `SELECT d.id, d.session_id AS "sessionId", d.position, d.text, link.case_id AS "caseId"
           FROM joint_meeting_decision_case link
           JOIN joint_meeting_decision d ON d.id = link.decision_id
           JOIN joint_meeting_session s ON s.id = d.session_id
          WHERE link.case_id = ANY($1::uuid[]) AND s.region_code LIKE $2
          ORDER BY s.held_on, d.position`,
        [[...caseIds], `${subtreeCodePrefix(caller.region)}%`],
      )) as Array<JointMeetingDecisionEntity & { caseId: string }>;
      const groups = groupBy(rows, (row) => row.caseId);
      return caseIds.map((id) => groups.get(id) ?? []);
    },
  );

  const jointMeetingOf = new DataLoader<string, JointMeetingEntity | null>(async (codes) => {
    const rows = await scoped('m', JointMeetingEntity)
      .andWhere('m.region_code IN (:...codes)', { codes: [...codes] })
      .getMany();
    const byCode = new Map(rows.map((row) => [row.regionCode, row]));
    return codes.map((code) => byCode.get(code) ?? null);
  });

  /** Meetings of a joint meeting, newest first. */
  const sessionsOf = new DataLoader<string, JointMeetingSessionEntity[]>(async (codes) => {
    const rows = await scoped('s', JointMeetingSessionEntity)
      .andWhere('s.region_code IN (:...codes)', { codes: [...codes] })
      .orderBy('s.held_on', 'DESC')
      .addOrderBy('s.id', 'ASC')
      .getMany();
    const groups = groupBy(rows, (row) => row.regionCode);
    return codes.map((code) => groups.get(code) ?? []);
  });

  const sessionById = new DataLoader<string, JointMeetingSessionEntity | null>(async (ids) => {
    const valid = ids.filter(isUuid);
    const rows = valid.length
      ? await scoped('s', JointMeetingSessionEntity).andWhere('s.id IN (:...ids)', { ids: valid }).getMany()
      : [];
    const byId = new Map(rows.map((row) => [row.id, row]));
    return ids.map((id) => byId.get(id) ?? null);
  });

  const bySession = <T extends { sessionId: string; position: number }>(target: new () => T) =>
    new DataLoader<string, T[]>(async (sessionIds) => {
      const rows = await dataSource
        .getRepository(target)
        .createQueryBuilder('row')
        .where('row.session_id IN (:...ids)', { ids: [...sessionIds] })
        .orderBy('row.position', 'ASC')
        .getMany();
      const groups = groupBy(rows, (row) => row.sessionId);
      return sessionIds.map((id) => groups.get(id) ?? []);
    });

  const attendeesOf = bySession(JointMeetingAttendeeEntity);
  const decisionsOf = bySession(JointMeetingDecisionEntity);
  const tasksOf = bySession(JointMeetingTaskEntity);

  const caseIdsOfDecision = new DataLoader<string, string[]>(async (decisionIds) => {
    const rows = await dataSource
      .getRepository(JointMeetingDecisionCaseEntity)
      .find({ where: { decisionId: In([...decisionIds]) }, order: { caseId: 'ASC' } });
    const groups = groupBy(rows, (row) => row.decisionId);
    return decisionIds.map((id) => (groups.get(id) ?? []).map((row) => row.caseId));
  });

  /** Open follow-up tasks of a joint meeting's meetings, earliest deadline first. */
  const openTasksOf = new DataLoader<string, JointMeetingTaskEntity[]>(async (codes) => {
    const sessions = await dataSource
      .getRepository(JointMeetingSessionEntity)
      .find({ select: { id: true, regionCode: true }, where: { regionCode: In([...codes]) } });
    const regionOfSession = new Map(sessions.map((session) => [session.id, session.regionCode]));
    const tasks = sessions.length
      ? await dataSource.getRepository(JointMeetingTaskEntity).find({
          where: { sessionId: In([...regionOfSession.keys()]), status: 'OPEN' },
          order: { deadline: 'ASC', id: 'ASC' },
        })
      : [];
    const groups = groupBy(tasks, (task) => regionOfSession.get(task.sessionId) ?? '');
    return codes.map((code) => groups.get(code) ?? []);
  });

  /** Figures of a region's subtree for a year; aggregates, so the resolver checks the caller's scope. */
  const statsOf = new DataLoader<string, AccountabilityStats>(async (keys) => {
    const pairs = keys.map((key) => {
      const [code = '', year = ''] = key.split('|');
      return { code, year: Number(year) };
    });
    const prefixes = prefixesOf(pairs.map((pair) => pair.code));
    const years = [...new Set(pairs.map((pair) => pair.year))];
    const opened = (await dataSource.query(
      `SELECT c.region_code AS "regionCode", EXTRACT(YEAR FROM c.opened_on)::int AS year, c.violation, c.status
         FROM accountability_case c
        WHERE c.region_code LIKE ANY($1) AND EXTRACT(YEAR FROM c.opened_on)::int = ANY($2)`,
      [prefixes, years],
    )) as Array<{
      regionCode: string;
      year: number;
      violation: AccountabilityViolation;
      status: AccountabilityCaseStatus;
    }>;
    const decided = (await dataSource.query(
      `SELECT c.id AS "caseId", c.region_code AS "regionCode", c.subject_kind AS "subjectKind",
              EXTRACT(YEAR FROM d.decided_on)::int AS year, s.track, s.sanction
         FROM case_decision d
         JOIN accountability_case c ON c.id = d.case_id
         JOIN case_sanction s ON s.case_id = d.case_id
        WHERE c.region_code LIKE ANY($1) AND EXTRACT(YEAR FROM d.decided_on)::int = ANY($2)`,
      [prefixes, years],
    )) as Array<{
      caseId: string;
      regionCode: string;
      subjectKind: AccountabilitySubjectKind;
      year: number;
      track: DisciplineTrack;
      sanction: Sanction;
    }>;
    return pairs.map(({ code, year }) =>
      accountabilityStats(
        year,
        opened.filter((row) => row.year === year && under(code)(row)),
        decided.filter((row) => row.year === year && under(code)(row)),
      ),
    );
  });

  return {
    readableCases,
    caseById,
    casesUnder,
    originsOf,
    decisionOf,
    sanctionsOf,
    meetingDecisionsOfCase,
    jointMeetingOf,
    sessionsOf,
    sessionById,
    attendeesOf,
    decisionsOf,
    tasksOf,
    caseIdsOfDecision,
    openTasksOf,
    statsOf,
  };
}

export type AccountabilityLoaders = ReturnType<typeof createAccountabilityLoaders>;
