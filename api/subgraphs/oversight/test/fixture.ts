import type { OversightImport, OversightImportActor } from '@dibao/oversight';

type ImportedInspection = OversightImport['inspections'][number];
type ImportedFinding = OversightImport['findings'][number];

export const inspectorActor = (region: string, n: number): OversightImportActor => ({
  subject: `inspector:${region}:${n}`,
  agency: 'CIVIL_AFFAIRS',
  region,
  roles: ['INSPECTOR'],
});

export function importedInspection(
  id: string,
  overrides: Partial<ImportedInspection> & Pick<ImportedInspection, 'organiserRegionCode' | 'targetRegionCodes'>,
): ImportedInspection {
  return {
    id,
    title: '专项督察（测试）',
    organiserKind: 'CIVIL_AFFAIRS',
    partnerKinds: [],
    topics: ['POLICY_IMPLEMENTATION'],
    periodStart: new Date('2025-04-01T00:00:00Z'),
    periodEnd: new Date('2025-04-30T00:00:00Z'),
    team: [{ name: '王建国', role: 'LEADER', agencyId: null, officialId: null }],
    status: 'REPORTED',
    conclusion: '督察结论。',
    plannedBy: inspectorActor(overrides.organiserRegionCode, 1),
    plannedAt: new Date('2025-03-01T00:00:00Z'),
    startedAt: new Date('2025-04-01T01:00:00Z'),
    reportedAt: new Date('2025-05-10T01:00:00Z'),
    closedAt: null,
    distributions: [],
    ...overrides,
  };
}

/** A finding whose rectification fields are given by `overrides`; no history unless given. */
export function importedFinding(
  id: string,
  inspectionId: string,
  overrides: Partial<ImportedFinding> & Pick<ImportedFinding, 'regionCode' | 'category' | 'status'>,
): ImportedFinding {
  const planned = overrides.status !== 'OPEN';
  return {
    id,
    inspectionId,
    severity: 'MINOR',
    householdsAffected: 0,
    amountInvolvedFen: 0,
    description: '问题描述。',
    responsibleAgencyId: null,
    responsibleOfficialId: null,
    foundBy: inspectorActor('630000', 1),
    foundAt: new Date('2025-04-10T01:00:00Z'),
    measures: planned ? '整改要求。' : null,
    deadline: planned ? new Date('2025-10-31T15:59:59Z') : null,
    reopenedCount: 0,
    fundsRecoveredFen: 0,
    householdsRemoved: 0,
    householdsAdded: 0,
    reportedFixedAt: overrides.status === 'REPORTED_FIXED' ? new Date('2025-09-01T01:00:00Z') : null,
    verifiedAt: overrides.status === 'VERIFIED' ? new Date('2025-09-10T01:00:00Z') : null,
    verifiedBy: overrides.status === 'VERIFIED' ? inspectorActor('630000', 2) : null,
    closedAt: overrides.status === 'CLOSED_NOT_FIXED' ? new Date('2025-09-10T01:00:00Z') : null,
    closedReason: overrides.status === 'CLOSED_NOT_FIXED' ? '无法整改。' : null,
    events: [],
    ...overrides,
  };
}
