import DataLoader from 'dataloader';
import { groupBy, isUuid, paginate, type PageRequest } from '@dibao/server';
import { In, type DataSource } from 'typeorm';
import type { Principal } from '@dibao/auth';
import {
  accountabilityOriginKindValues,
  isDecidedCaseStatus,
  disciplineTrackValues,
  subtreeCodePrefix,
  type AccountabilityCaseStatus,
  type AccountabilitySubjectKind,
  type AccountabilityViolation,
  type AgencyKind,
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
import { agencyIdOfPrincipal, inScopeCondition } from './services/access.js';
import {
  caseDisclosureFor,
  caseViewOf,
  meetingDecisionViewOf,
  readsMeetingRecord,
  sessionViewOf,
  showsDecision,
  showsEvidence,
  type CaseView,
  type MeetingDecisionView,
  type SeatedKinds,
  type SessionView,
} from './services/disclosure.js';

type MeetingDecisionRow = MeetingDecisionView;
import { accountabilityStats } from './services/stats.js';
import type { AccountabilityStats } from './schema/stats.type.js';

const prefixesOf = (codes: readonly string[]) => codes.map((code) => `${subtreeCodePrefix(code)}%`);
const under = (code: string) => (row: { regionCode: string }) => row.regionCode.startsWith(subtreeCodePrefix(code));

/** Keys of loaders with several parts: `<region>|<status or ''>|<year or ''>`. */
export const casesUnderKey = (code: string, status?: AccountabilityCaseStatus | null, year?: number | null) =>
  `${code}|${status ?? ''}|${year ?? ''}`;
export const regionYearKey = (code: string, year: number) => `${code}|${year}`;

/** Filters of a page of cases (see casesPage). */
export interface CaseFilters {
  status?: AccountabilityCaseStatus | null;
  violation?: AccountabilityViolation | null;
  year?: number | null;
}

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

  /** The agency kinds seated in the joint meeting of the caller's own region (lead first); read once a request. */
  let seated: Promise<SeatedKinds> | undefined;
  const ownSeatedKinds = (): Promise<SeatedKinds> =>
    (seated ??= (async () => {
      const caller = principal();
      if (!caller) return [];
      const meeting = await dataSource.getRepository(JointMeetingEntity).findOneBy({ regionCode: caller.region });
      return meeting ? (['CIVIL_AFFAIRS', ...meeting.memberKinds] as AgencyKind[]) : [];
    })());

  /** Every case leaves the data layer through here: as the caller may read it (services/disclosure.ts). */
  const viewsOf = async (rows: readonly AccountabilityCaseEntity[]): Promise<CaseView[]> => {
    const caller = principal();
    if (!caller || rows.length === 0) return [];
    const kinds = await ownSeatedKinds();
    return rows.map((row) => caseViewOf(row, caseDisclosureFor(caller, row, kinds)));
  };
  const viewOf = async (row: AccountabilityCaseEntity): Promise<CaseView> => {
    const [view] = await viewsOf([row]);
    if (!view) throw new Error('A case is viewed only by a signed-in caller');
    return view;
  };

  const caseById = new DataLoader<string, CaseView | null>(async (ids) => {
    const valid = ids.filter(isUuid);
    const rows = valid.length ? await readableCases().andWhere('c.id IN (:...ids)', { ids: valid }).getMany() : [];
    const byId = new Map((await viewsOf(rows)).map((row) => [row.id, row]));
    return ids.map((id) => byId.get(id) ?? null);
  });

  /** A page of the cases of a subtree (the caller's scope checked by the resolver), oldest opening first. */
  const casesPage = async (under: string, filters: CaseFilters, page: PageRequest) => {
    const query = readableCases().andWhere('c.region_code LIKE :under', { under: `${subtreeCodePrefix(under)}%` });
    if (filters.status) query.andWhere('c.status = :status', { status: filters.status });
    if (filters.violation) query.andWhere('c.violation = :violation', { violation: filters.violation });
    if (filters.year !== undefined && filters.year !== null) {
      query.andWhere('EXTRACT(YEAR FROM c.opened_on)::int = :year', { year: filters.year });
    }
    // Neither the date nor the id orders cases usefully alone: page on "<opened on>|<id>", which is unique.
    const connection = await paginate(
      query,
      `to_char(c.opened_on, 'YYYY-MM-DD') || '|' || c.id::text`,
      (row) => `${row.openedOn}|${row.id}`,
      page,
    );
    const views = await viewsOf(connection.edges.map((edge) => edge.node));
    return { ...connection, edges: connection.edges.map((edge, index) => ({ ...edge, node: views[index] })) };
  };

  /** Cases of a region's subtree, newest first, optionally of one status or one year of opening. */
  const casesUnder = new DataLoader<string, CaseView[]>(async (keys) => {
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
    const rows = await viewsOf(await query.orderBy('c.opened_on', 'DESC').addOrderBy('c.id', 'ASC').getMany());
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
  const meetingDecisionsOfCase = new DataLoader<string, Array<MeetingDecisionRow & { caseId: string }>>(
    async (caseIds) => {
      const caller = principal();
      if (!caller) return caseIds.map(() => []);
      const rows = (await dataSource.query(
        `SELECT d.id, d.session_id AS "sessionId", d.position, d.text, link.case_id AS "caseId",
                s.region_code AS "regionCode"
           FROM joint_meeting_decision_case link
           JOIN joint_meeting_decision d ON d.id = link.decision_id
           JOIN joint_meeting_session s ON s.id = d.session_id
          WHERE link.case_id = ANY($1::uuid[]) AND s.region_code LIKE $2
          ORDER BY s.held_on, d.position`,
        [[...caseIds], `${subtreeCodePrefix(caller.region)}%`],
      )) as Array<JointMeetingDecisionEntity & { caseId: string; regionCode: string }>;
      const views = await meetingDecisionViews(rows);
      const groups = groupBy(views, (row) => row.caseId);
      return caseIds.map((id) => groups.get(id) ?? []);
    },
  );

  /** The text of decisions as the caller may read it: only the seated agencies of the meeting's region. */
  const meetingDecisionViews = async <T extends JointMeetingDecisionEntity & { regionCode: string }>(rows: T[]) => {
    const caller = principal();
    const kinds = await ownSeatedKinds();
    return rows.map(({ regionCode, ...row }) =>
      meetingDecisionViewOf(row, caller !== null && readsMeetingRecord(caller, regionCode, kinds)),
    );
  };

  const sessionViews = async (rows: readonly JointMeetingSessionEntity[]) => {
    const caller = principal();
    const kinds = await ownSeatedKinds();
    return rows.map((row) => sessionViewOf(row, caller !== null && readsMeetingRecord(caller, row.regionCode, kinds)));
  };

  const jointMeetingOf = new DataLoader<string, JointMeetingEntity | null>(async (codes) => {
    const rows = await scoped('m', JointMeetingEntity)
      .andWhere('m.region_code IN (:...codes)', { codes: [...codes] })
      .getMany();
    const byCode = new Map(rows.map((row) => [row.regionCode, row]));
    return codes.map((code) => byCode.get(code) ?? null);
  });

  /** Meetings of a joint meeting, newest first. */
  const sessionsOf = new DataLoader<string, SessionView[]>(async (codes) => {
    const entities = await scoped('s', JointMeetingSessionEntity)
      .andWhere('s.region_code IN (:...codes)', { codes: [...codes] })
      .orderBy('s.held_on', 'DESC')
      .addOrderBy('s.id', 'ASC')
      .getMany();
    const rows = await sessionViews(entities);
    const groups = groupBy(rows, (row) => row.regionCode);
    return codes.map((code) => groups.get(code) ?? []);
  });

  const sessionById = new DataLoader<string, SessionView | null>(async (ids) => {
    const valid = ids.filter(isUuid);
    const rows = await sessionViews(
      valid.length
        ? await scoped('s', JointMeetingSessionEntity).andWhere('s.id IN (:...ids)', { ids: valid }).getMany()
        : [],
    );
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
  /** Decisions of meetings, their text as the caller may read it. */
  const decisionsOf = new DataLoader<string, MeetingDecisionRow[]>(async (sessionIds) => {
    const rows = (await dataSource.query(
      `SELECT d.id, d.session_id AS "sessionId", d.position, d.text, s.region_code AS "regionCode"
         FROM joint_meeting_decision d
         JOIN joint_meeting_session s ON s.id = d.session_id
        WHERE d.session_id = ANY($1::uuid[])
        ORDER BY d.position`,
      [[...sessionIds]],
    )) as Array<JointMeetingDecisionEntity & { regionCode: string }>;
    const groups = groupBy(await meetingDecisionViews(rows), (row) => row.sessionId);
    return sessionIds.map((id) => groups.get(id) ?? []);
  });
  const tasksOf = bySession(JointMeetingTaskEntity);

  /** Follow-up tasks by id: of a meeting in the caller's scope, or owned by the caller's own agency. */
  const taskById = new DataLoader<string, JointMeetingTaskEntity | null>(async (ids) => {
    const caller = principal();
    const valid = ids.filter(isUuid);
    if (!caller || valid.length === 0) return ids.map(() => null);
    const scope = inScopeCondition(caller, 's');
    const rows = await dataSource
      .getRepository(JointMeetingTaskEntity)
      .createQueryBuilder('t')
      .innerJoin(JointMeetingSessionEntity, 's', 's.id = t.session_id')
      .where('t.id IN (:...ids)', { ids: valid })
      .andWhere(`(${scope.sql} OR t.owner_agency_id = :ownAgency)`, {
        ...scope.parameters,
        ownAgency: agencyIdOfPrincipal(caller),
      })
      .getMany();
    const byId = new Map(rows.map((row) => [row.id, row]));
    return ids.map((id) => byId.get(id) ?? null);
  });

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

  /** A case's origins, for readers of its evidence only (null otherwise). */
  const originsFor = (view: CaseView) => (showsEvidence(view) ? originsOf.load(view.id) : Promise.resolve(null));
  /** A case's joint meeting decisions, for readers of its evidence only (null otherwise). */
  const meetingDecisionsFor = (view: CaseView) =>
    showsEvidence(view) ? meetingDecisionsOfCase.load(view.id) : Promise.resolve(null);
  /** The decision once decided: to FULL readers at once, to others once the case is closed and without its text. */
  const decisionFor = async (view: CaseView) => {
    if (!isDecidedCaseStatus(view.status) || !showsDecision(view)) return null;
    const decision = await decisionOf.load(view.id);
    if (!decision) return null;
    return view.disclosure === 'FULL' ? decision : { ...decision, summary: null };
  };

  return {
    readableCases,
    viewOf,
    casesPage,
    originsFor,
    meetingDecisionsFor,
    decisionFor,
    caseById,
    casesUnder,
    originsOf,
    decisionOf,
    sanctionsOf,
    jointMeetingOf,
    sessionsOf,
    sessionById,
    attendeesOf,
    decisionsOf,
    tasksOf,
    taskById,
    caseIdsOfDecision,
    openTasksOf,
    statsOf,
  };
}

export type AccountabilityLoaders = ReturnType<typeof createAccountabilityLoaders>;
