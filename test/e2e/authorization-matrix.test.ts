import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  buildClientSchema,
  getIntrospectionQuery,
  getNamedType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isObjectType,
  isScalarType,
  isAbstractType,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLSchema,
  type IntrospectionQuery,
} from 'graphql';
import { agencyKindValues, roleValues, subtreeCodePrefix, type AgencyKind, type Role } from '@dibao/domain';
import { startTestHub, type TestHub } from '../support/hub.js';

/*
 * The authorisation matrix: every root query and mutation of the supergraph, asked through the gateway by
 * every role × agency kind of one county (Datong, 630121) and by an anonymous caller, about regions in every
 * relation to that county. The expected outcome of each cell is declared below (EXPECTED); a root field
 * without a declaration fails the test, and so does any cell whose outcome is not the declared one, above all
 * an answer with data where a refusal was declared.
 *
 * Arguments are generated from the schema and kept cheap: ids that exist nowhere, the smallest valid-looking
 * values, `first: 1`. They show whether the caller gets past authentication, role and scope; what a write
 * does once allowed is each subgraph's own tests' business. One root field per request, so that a refusal
 * of one field cannot hide the outcome of another.
 */

const HOME = '630121';

/** Regions in each relation to the principal's county. */
const RELATIONS = {
  own: '630121', // the county itself
  inside: '630121200', // a township of it
  above: '630100', // its prefecture
  beside: '630102', // another county of the same prefecture
  outside: '630202', // a county of another prefecture
} as const;
type Relation = keyof typeof RELATIONS;
const relationNames = Object.keys(RELATIONS) as Relation[];

interface Caller {
  label: string;
  agency: AgencyKind | null;
  role: Role | null;
}

/** What a cell must show. */
type Expected =
  /** UNAUTHENTICATED or FORBIDDEN. */
  | 'refused'
  /** Past authentication and role: data, or a coded error about the (made-up) arguments. */
  | 'passes'
  /** No data: refused, not found, or a coded error; never an answer. */
  | 'no-data'
  /** An answer with data (a real record of a region in scope, read by a caller allowed to). */
  | 'answers';

type Outcome = 'refused' | 'data' | 'other';

interface Cell {
  caller: Caller;
  relation: Relation;
  /** The cell asks for a real record of its region (see RECORDS). */
  realRecord: boolean;
}

type Rule = (cell: Cell, regionArgument: boolean) => Expected;

const holds = (caller: Caller, roles: readonly Role[]) =>
  caller.role !== null && (caller.role === 'ADMIN' || roles.includes(caller.role));
const inScope = (relation: Relation) => relation === 'own' || relation === 'inside';

/** Anyone, signed in or not, about any region. */
const open: Rule = () => 'passes';

/**
 * A signed-in caller holding one of the roles (ADMIN holds every role; none named: any role), about regions in
 * its scope; regions outside it give no data. `agencies`: only these kinds get data at all.
 */
function signedIn(
  options: { roles?: readonly Role[]; agencies?: readonly AgencyKind[]; ownOnly?: boolean } = {},
): Rule {
  return ({ caller, relation, realRecord }, regionArgument) => {
    if (caller.role === null) return 'refused';
    if (options.roles && !holds(caller, options.roles)) return 'refused';
    if (options.agencies && caller.agency && !options.agencies.includes(caller.agency)) return 'no-data';
    if (!regionArgument) return 'passes';
    if (options.ownOnly) return relation === 'own' ? 'passes' : 'no-data';
    if (!inScope(relation)) return 'no-data';
    return realRecord ? 'answers' : 'passes';
  };
}

const role = (...roles: Role[]) => signedIn({ roles });

/**
 * Province-wide reads and writes (province complaint supervision) and those of an assessing region (assessments
 * and allocations, by a province or a prefecture): a county gets none.
 */
const provinceOnly = (...roles: Role[]): Rule => {
  const gate = signedIn(roles.length ? { roles } : {});
  return (cell, regionArgument) => (gate(cell, regionArgument) === 'refused' ? 'refused' : 'no-data');
};

/** Sign-in of an agency is managed by an ADMIN of that very agency (the matrix's records are civil affairs'). */
const ownAgencyAdmin: Rule = ({ caller, relation }) =>
  caller.role === 'ADMIN' && caller.agency === 'CIVIL_AFFAIRS' && relation === 'own' ? 'passes' : 'refused';

/** Revoking a token id only takes access away: any ADMIN may, whatever region the arguments name. */
const anyAdmin: Rule = ({ caller }) => (caller.role === 'ADMIN' ? 'passes' : 'refused');

/** Fields about the caller's own registry record: a token that stands for no official is refused. */
const noOfficial: Rule = () => 'refused';

const COMPETENT_BODIES: readonly AgencyKind[] = ['DISCIPLINE_INSPECTION', 'ORGANIZATION_DEPARTMENT'];

/**
 * Monitoring alerts: civil affairs, discipline bodies, inspectors and discipline officers, of the region and
 * above; the public and other agencies' staff never.
 */
const alertViewer: Rule = ({ caller, relation }, regionArgument) => {
  if (caller.role === null) return 'refused';
  const sees =
    caller.agency === 'CIVIL_AFFAIRS' ||
    caller.agency === 'DISCIPLINE_INSPECTION' ||
    holds(caller, ['INSPECTOR', 'DISCIPLINE_OFFICER']);
  if (!sees) return 'refused';
  return regionArgument && !inScope(relation) ? 'no-data' : 'passes';
};

/** The declared expectation of every root field. */
const EXPECTED: Record<string, Rule> = {
  // registry
  me: open,
  region: open,
  regions: open,
  agency: open,
  official: signedIn(),
  officials: signedIn(),
  createOfficial: role('ADMIN'),
  updateOfficial: role('ADMIN'),
  // registry: sign-in (an ADMIN of the agency itself; any ADMIN revokes)
  setOfficialAccess: role('ADMIN'),
  createServiceAccount: ownAgencyAdmin,
  setServiceAccountActive: role('ADMIN'),
  revokeToken: anyAdmin,
  // registry: implementing rules, adopted by an ADMIN of civil affairs of the region or above (read by anyone)
  adoptRuleVersion: signedIn({ roles: ['ADMIN'], agencies: ['CIVIL_AFFAIRS'] }),
  // reporting
  annualReport: signedIn(),
  annualReports: signedIn(),
  incident: signedIn(),
  reportingCompleteness: signedIn(),
  // Only the region's own civil affairs bureau files its report.
  saveAnnualReportDraft: signedIn({ roles: ['REPORTER'], agencies: ['CIVIL_AFFAIRS'], ownOnly: true }),
  submitAnnualReport: role('REPORTER'),
  acceptAnnualReport: role('REVIEWER'),
  returnAnnualReport: role('REVIEWER'),
  reopenAnnualReport: role('REVIEWER'),
  waiveAnnualReport: signedIn({ roles: ['REVIEWER'], agencies: ['CIVIL_AFFAIRS'] }),
  grantDeadlineException: signedIn({ roles: ['REVIEWER'], agencies: ['CIVIL_AFFAIRS'] }),
  reportIncident: role('REPORTER'),
  updateIncident: role('REPORTER', 'REVIEWER'),
  // oversight
  finding: signedIn(),
  findings: signedIn(),
  inspection: signedIn(),
  inspections: signedIn(),
  planInspection: role('INSPECTOR'),
  startInspection: role('INSPECTOR'),
  reportInspection: role('INSPECTOR'),
  distributeInspectionReport: role('INSPECTOR'),
  closeInspection: role('INSPECTOR'),
  recordFinding: role('INSPECTOR'),
  recordMonitoringFinding: role('INSPECTOR'),
  setRectificationPlan: role('INSPECTOR'),
  recordRectificationProgress: role('REPORTER'),
  recheckFinding: role('INSPECTOR'),
  closeFindingNotFixed: role('INSPECTOR'),
  reopenFinding: role('INSPECTOR'),
  // complaints: only complaint handlers read them, whatever the region; complainants by receipt code
  complaint: role('COMPLAINT_HANDLER'),
  complaintAppealsToReview: role('COMPLAINT_HANDLER'),
  ownedComplaints: role('COMPLAINT_HANDLER'),
  proposedHandovers: role('COMPLAINT_HANDLER'),
  // The custodian of identities is the provincial civil affairs department: a county ADMIN is refused.
  identityRevealRequests: provinceOnly('ADMIN'),
  complaintRewards: role('COMPLAINT_HANDLER'),
  complaintStatus: open,
  sendComplainantMessage: open,
  rateComplaintHandling: open,
  claimReward: open,
  // Filing from the site and by observers: no token, held by challenges, rate limits and observer keys.
  complaintChallenge: open,
  submitOnlineComplaint: open,
  fileSupervisionObservation: open,
  issueObserverKey: role('ADMIN'),
  addContractDeliverable: role('ADMIN'),
  assessContractDeliverable: role('ADMIN'),
  receiveComplaint: role('COMPLAINT_HANDLER'),
  receiveMonitoringReferral: role('COMPLAINT_HANDLER'),
  designatePetitionOfficer: role('ADMIN'),
  requestHandover: role('COMPLAINT_HANDLER'),
  acceptHandover: role('COMPLAINT_HANDLER'),
  declineHandover: role('COMPLAINT_HANDLER'),
  startComplaintInvestigation: role('COMPLAINT_HANDLER'),
  concludeComplaint: role('COMPLAINT_HANDLER'),
  closeComplaint: role('COMPLAINT_HANDLER'),
  escalateComplaint: role('COMPLAINT_HANDLER'),
  sendHandlerMessage: role('COMPLAINT_HANDLER'),
  linkDuplicateComplaint: role('COMPLAINT_HANDLER'),
  addComplaintExternalLink: role('COMPLAINT_HANDLER'),
  decideComplaintAppeal: role('COMPLAINT_HANDLER'),
  requestIdentityReveal: role('COMPLAINT_HANDLER'),
  approveIdentityReveal: provinceOnly('ADMIN'),
  rejectIdentityReveal: provinceOnly('ADMIN'),
  registerVolunteerSupervisor: role('ADMIN'),
  updateVolunteerSupervisor: role('ADMIN'),
  removeVolunteerSupervisor: role('ADMIN'),
  registerSocialOrganizationContract: role('ADMIN'),
  updateSocialOrganizationContract: role('ADMIN'),
  removeSocialOrganizationContract: role('ADMIN'),
  // Applies the retention period within the ADMIN's own scope.
  eraseExpiredComplainantData: role('ADMIN'),
  decideReward: role('COMPLAINT_HANDLER'),
  approveReward: role('ADMIN'),
  rejectReward: role('ADMIN'),
  recordRewardPayment: role('ADMIN'),
  // accountability: cases are acted on by the competent bodies only; joint meetings by the lead agency
  accountabilityCase: signedIn(),
  accountabilityCases: signedIn(),
  accountabilityCompetentBodies: signedIn(),
  jointMeetingSession: signedIn(),
  jointMeetingTask: signedIn(),
  openAccountabilityCase: signedIn({ roles: ['DISCIPLINE_OFFICER'], agencies: COMPETENT_BODIES }),
  startAccountabilityInvestigation: role('DISCIPLINE_OFFICER'),
  decideAccountabilityCase: role('DISCIPLINE_OFFICER'),
  closeAccountabilityCase: role('DISCIPLINE_OFFICER'),
  linkCaseOrigin: role('DISCIPLINE_OFFICER'),
  establishJointMeeting: signedIn({ roles: ['REVIEWER'], agencies: ['CIVIL_AFFAIRS'], ownOnly: true }),
  setJointMeetingMembers: signedIn({ roles: ['REVIEWER'], agencies: ['CIVIL_AFFAIRS'], ownOnly: true }),
  recordJointMeetingSession: signedIn({ roles: ['REVIEWER'], agencies: ['CIVIL_AFFAIRS'], ownOnly: true }),
  completeJointMeetingTask: role('REVIEWER'),
  // bulletins: published documents are public, the rest internal
  publishedBulletins: open,
  bulletin: open,
  allocation: open,
  allocations: open,
  assessment: open,
  assessmentScheme: signedIn(),
  bulletins: signedIn(),
  documentPrefix: signedIn(),
  setDocumentPrefix: signedIn({ roles: ['REVIEWER'], agencies: ['CIVIL_AFFAIRS'], ownOnly: true }),
  createBulletinDraft: role('REVIEWER'),
  updateBulletinDraft: role('REVIEWER'),
  discardBulletinDraft: role('REVIEWER'),
  addBulletinItem: role('REVIEWER'),
  updateBulletinItem: role('REVIEWER'),
  removeBulletinItem: role('REVIEWER'),
  issueBulletin: role('REVIEWER'),
  publishBulletin: role('REVIEWER'),
  defineAssessmentScheme: provinceOnly('REVIEWER'),
  computeAssessment: provinceOnly('REVIEWER'),
  publishAssessment: provinceOnly('REVIEWER'),
  createAllocation: provinceOnly('REVIEWER'),
  updateAllocation: provinceOnly('REVIEWER'),
  finaliseAllocation: provinceOnly('REVIEWER'),
  publishAllocation: provinceOnly('REVIEWER'),
  // monitoring: never public
  alerts: alertViewer,
  alert: signedIn(),
  acknowledgeAlert: signedIn(),
  closeAlert: signedIn(),
  referAlert: signedIn(),
  dismissAlert: signedIn(),
  // notifications: each signed-in principal reads and marks its own, whatever its role
  notifications: signedIn(),
  markRead: signedIn(),
  markAllRead: signedIn(),
  // delivery preferences: an official's own (the token of a registry official), or an official's of the ADMIN's
  // own agency (else NOT_FOUND; notification-email.test.ts); the matrix's callers are no registry officials
  deliveryPreferences: noOfficial,
  setDeliveryPreferences: noOfficial,
  // dead-lettered deliveries: any ADMIN, for the officials of their own agency only
  deadLetteredDeliveries: role('ADMIN'),
  retryDelivery: role('ADMIN'),
};

/** Argument names that carry a region (or an agency of a region), so the cell's region goes there. */
const REGION_ARGUMENTS = new Set(['under', 'regionCode', 'code', 'province', 'issuer']);

const MADE_UP_ID = '00000000-0000-4000-8000-000000000000';

/**
 * Root fields that read one record by id, with the table holding the records and their region: each cell
 * asks for a real record of the cell's region (one outside the principal's county for the regions above it),
 * so the region dimension is real for them too. A relation without such a record asks for a made-up id.
 */
const RECORDS: Record<string, { subgraph: string; table: string }> = {
  official: { subgraph: 'registry', table: 'registry.official' },
  incident: { subgraph: 'reporting', table: 'reporting.incident' },
  finding: { subgraph: 'oversight', table: 'oversight.finding' },
  complaint: { subgraph: 'complaints', table: 'complaints.complaint' },
  accountabilityCase: { subgraph: 'accountability', table: 'accountability.accountability_case' },
  jointMeetingSession: { subgraph: 'accountability', table: 'accountability.joint_meeting_session' },
};

/** A GraphQL literal for an argument or input field, from its type alone. */
function literal(type: GraphQLInputType, name: string, region: string): string {
  if (isNonNullType(type)) return literal(type.ofType, name, region);
  if (isListType(type)) return `[${literal(type.ofType, name, region)}]`;
  if (isEnumType(type)) return type.getValues()[0]!.name;
  if (isInputObjectType(type)) {
    const fields = Object.values(type.getFields()).filter(
      (field) => isNonNullType(field.type) && field.defaultValue === undefined,
    );
    return `{ ${fields.map((field) => `${field.name}: ${literal(field.type, field.name, region)}`).join(', ')} }`;
  }
  if (isScalarType(type)) {
    if (name === 'issuer' || name.endsWith('AgencyId') || name === 'agencyId') {
      return JSON.stringify(`${region}:CIVIL_AFFAIRS`);
    }
    if (REGION_ARGUMENTS.has(name) || name.endsWith('RegionCode')) return JSON.stringify(region);
    switch (type.name) {
      case 'Int':
        return name === 'year' || name.endsWith('Year') ? '2025' : '1';
      case 'SafeInt':
        return '1';
      case 'Float':
        return '1';
      case 'Boolean':
        return 'false';
      case 'ID':
        return JSON.stringify(MADE_UP_ID);
      case 'LocalDate':
        return '"2025-06-01"';
      case 'DateTimeISO':
      case 'DateTime':
        return '"2025-06-01T00:00:00.000Z"';
      default:
        return '"x"';
    }
  }
  throw new Error(`No literal for ${String(type)}`);
}

/** Whether the field's arguments (or input fields) carry a region. */
function takesRegion(field: GraphQLField<unknown, unknown>): boolean {
  const carries = (type: GraphQLInputType, name: string, seen = new Set<string>()): boolean => {
    const named = getNamedType(type);
    if (isInputObjectType(named)) {
      if (seen.has(named.name)) return false;
      seen.add(named.name);
      return Object.values(named.getFields()).some(
        (inner) => isNonNullType(inner.type) && carries(inner.type, inner.name, seen),
      );
    }
    return REGION_ARGUMENTS.has(name) || name.endsWith('RegionCode') || name === 'issuer';
  };
  return field.args.some(
    (arg) => (isNonNullType(arg.type) || REGION_ARGUMENTS.has(arg.name)) && carries(arg.type, arg.name),
  );
}

function operation(
  kind: 'query' | 'mutation',
  field: GraphQLField<unknown, unknown>,
  region: string,
  recordId?: string,
): string {
  const args = field.args
    .filter((arg) => isNonNullType(arg.type) || REGION_ARGUMENTS.has(arg.name) || arg.name === 'first')
    .map((arg) =>
      arg.name === 'id' && recordId
        ? `id: ${JSON.stringify(recordId)}`
        : `${arg.name}: ${literal(arg.type, arg.name, region)}`,
    );
  const named = getNamedType(field.type);
  // A connection answers its count, so that an empty one is seen as no data.
  const selection =
    isObjectType(named) && 'totalCount' in named.getFields()
      ? ' { totalCount }'
      : isObjectType(named) || isAbstractType(named)
        ? ' { __typename }'
        : '';
  return `${kind} { ${field.name}${args.length ? `(${args.join(', ')})` : ''}${selection} }`;
}

function outcomeOf(
  response: { status: number; data?: Record<string, unknown> | null; errors?: Array<any> },
  name: string,
): Outcome {
  const code = response.errors?.[0]?.extensions?.code;
  if (response.status === 401 || code === 'UNAUTHENTICATED' || code === 'FORBIDDEN') return 'refused';
  if (response.errors?.length) return 'other';
  const value = response.data?.[name] as unknown;
  const empty =
    value === null ||
    value === undefined ||
    (Array.isArray(value) && value.length === 0) ||
    (typeof value === 'object' && (value as { totalCount?: number }).totalCount === 0);
  return empty ? 'other' : 'data';
}

function satisfies(outcome: Outcome, expected: Expected): boolean {
  switch (expected) {
    case 'refused':
      return outcome === 'refused';
    case 'passes':
      return outcome !== 'refused';
    case 'no-data':
      return outcome !== 'data';
    case 'answers':
      return outcome === 'data';
  }
}

/** Runs the tasks at most `limit` at a time. */
async function pool<T>(tasks: Array<() => Promise<T>>, limit: number): Promise<T[]> {
  const results: T[] = new Array(tasks.length);
  let next = 0;
  await Promise.all(
    Array.from({ length: limit }, async () => {
      while (next < tasks.length) {
        const index = next++;
        results[index] = await tasks[index]!();
      }
    }),
  );
  return results;
}

describe('the authorisation matrix through the gateway', () => {
  let hub: TestHub;
  let schema: GraphQLSchema;
  const callers: Caller[] = [{ label: 'anonymous', agency: null, role: null }];
  for (const agency of agencyKindValues) {
    for (const held of roleValues) callers.push({ label: `${HOME}:${agency}:${held}`, agency, role: held });
  }
  const tokens = new Map<string, string | undefined>();
  /** `<field>|<relation>` → the id of a real record of that region. */
  const recordIds = new Map<string, string>();

  beforeAll(async () => {
    hub = await startTestHub('e2e_authorization_matrix');
    const introspection = await hub.query<IntrospectionQuery>(getIntrospectionQuery());
    schema = buildClientSchema(introspection.data!);
    for (const [field, { subgraph, table }] of Object.entries(RECORDS)) {
      const db = hub.runtime.dataSources.get(subgraph)!;
      for (const relation of relationNames) {
        const code = RELATIONS[relation];
        // The regions above the county: a record of theirs that is not the county's own.
        const [row] = (await db.query(
          `SELECT id::text AS id FROM ${table} WHERE region_code LIKE $1 AND (region_code NOT LIKE $2 OR $3)
            ORDER BY id LIMIT 1`,
          [`${subtreeCodePrefix(code)}%`, `${HOME}%`, inScope(relation)],
        )) as Array<{ id: string }>;
        if (row) recordIds.set(`${field}|${relation}`, row.id);
      }
    }
    for (const caller of callers) {
      tokens.set(
        caller.label,
        caller.role && caller.agency
          ? await hub.token({ region: HOME, agency: caller.agency, roles: [caller.role], subject: caller.label })
          : undefined,
      );
    }
  });
  afterAll(async () => hub?.stop());

  it('declares an expectation for every root field, and only for root fields', () => {
    const fields = [
      ...Object.keys(schema.getQueryType()!.getFields()),
      ...Object.keys(schema.getMutationType()?.getFields() ?? {}),
    ];
    expect(
      fields.filter((name) => !(name in EXPECTED)),
      'root fields without a declared expectation',
    ).toEqual([]);
    expect(
      Object.keys(EXPECTED).filter((name) => !fields.includes(name)),
      'declared fields that do not exist',
    ).toEqual([]);
  });

  it('gives every role × agency kind × region the declared outcome for every root field', async () => {
    const roots = [
      ...Object.values(schema.getQueryType()!.getFields()).map((field) => ({ kind: 'query' as const, field })),
      ...Object.values(schema.getMutationType()!.getFields()).map((field) => ({ kind: 'mutation' as const, field })),
    ];
    interface Probe {
      field: string;
      caller: Caller;
      relations: Relation[];
      realRecord: boolean;
      document: string;
      regionArgument: boolean;
    }
    const probes: Probe[] = [];
    for (const { kind, field } of roots) {
      const byRecord = field.name in RECORDS;
      const regionArgument = byRecord || takesRegion(field);
      for (const caller of callers) {
        if (regionArgument) {
          for (const relation of relationNames) {
            const recordId = recordIds.get(`${field.name}|${relation}`);
            probes.push({
              field: field.name,
              caller,
              relations: [relation],
              realRecord: recordId !== undefined,
              document: operation(kind, field, RELATIONS[relation], recordId),
              regionArgument,
            });
          }
        } else {
          // Without a region argument every relation asks the same: one request answers them all.
          probes.push({
            field: field.name,
            caller,
            relations: relationNames,
            realRecord: false,
            document: operation(kind, field, HOME),
            regionArgument,
          });
        }
      }
    }
    const outcomes = await pool(
      probes.map((probe) => async () => {
        const response = await hub.query(probe.document, {}, tokens.get(probe.caller.label));
        return { probe, outcome: outcomeOf(response, probe.field), code: response.errors?.[0]?.extensions?.code };
      }),
      8,
    );
    const wrong: string[] = [];
    let cells = 0;
    for (const { probe, outcome, code } of outcomes) {
      const rule = EXPECTED[probe.field];
      if (!rule) continue;
      for (const relation of probe.relations) {
        cells += 1;
        const expected = rule({ caller: probe.caller, relation, realRecord: probe.realRecord }, probe.regionArgument);
        if (!satisfies(outcome, expected)) {
          wrong.push(
            `${probe.field} as ${probe.caller.label} about ${relation}: expected ${expected}, got ${outcome} (${code ?? 'no error'})`,
          );
        }
      }
    }
    expect(cells).toBe(roots.length * callers.length * relationNames.length);
    expect(wrong).toEqual([]);
    // The records read by id exist in the principal's county and outside its scope, so those cells are real reads.
    for (const field of Object.keys(RECORDS)) {
      expect(recordIds.has(`${field}|own`), field).toBe(true);
      expect(
        (['above', 'beside', 'outside'] as const).some((relation) => recordIds.has(`${field}|${relation}`)),
        field,
      ).toBe(true);
    }
  }, 600_000);
});
