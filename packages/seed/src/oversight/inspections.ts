import {
  inspectionTopicValues,
  type InspectionPartner,
  type InspectionStatus,
  type InspectionTopic,
  type ProblemCategory,
} from '@dibao/domain';

import { agencyKey } from '../agencies.js';
import { chance, pickOne, randomInt, type Random } from '../random.js';
import type { RegionSeed } from '../regions.js';
import { shuffled } from '../reporting/sampling.js';
import { officeTimeDaysAfter, officeTimeOn, shanghaiDate } from '../reporting/shanghai-time.js';
import { shortRegionName } from '../reporting/short-names.js';
import { seededUuid } from '../reporting/uuid.js';
import { generateFinding } from './findings.js';
import { drawTeam, type InspectorPools } from './people.js';
import { endOfDayAfter, type RectificationOutcome } from './rectification.js';
import { inspectionConclusion, inspectionTitle } from './texts.js';
import type { FindingSeed, InspectionDistributionSeed, InspectionSeed } from './types.js';

/** One finding an inspection is to make: where, what, and how its rectification goes. */
export interface PlannedFinding {
  county: RegionSeed;
  township: RegionSeed | null;
  category: ProblemCategory;
  outcome: RectificationOutcome;
  deadlineDays: number;
  deadline?: Date;
  reopenDeadline?: Date;
  households?: number;
}

export interface PlannedInspection {
  organiser: RegionSeed;
  partners: InspectionPartner[];
  topics: InspectionTopic[];
  targets: RegionSeed[];
  periodStart: Date;
  periodDays: number;
  status: InspectionStatus;
  findings: PlannedFinding[];
  /** Whether the report went out (reported inspections only); by default it did, for most. */
  distribute?: boolean;
}

export interface InspectionContext {
  pools: InspectorPools;
  /** Nothing happens after it. */
  asOf: Date;
}

/** One to three topics, in vocabulary order. */
export function drawTopics(random: Random): InspectionTopic[] {
  const picked = shuffled(random, inspectionTopicValues).slice(0, randomInt(random, 1, 3));
  return inspectionTopicValues.filter((topic) => picked.includes(topic));
}

export function drawPartners(random: Random): InspectionPartner[] {
  return pickOne<InspectionPartner[]>(random, [[], [], ['FINANCE'], ['FINANCE', 'AUDIT'], ['AUDIT']]);
}

const earlier = (a: Date, b: Date) => (a.getTime() <= b.getTime() ? a : b);

/** Who receives the report: the same-level government, and the civil affairs department above, if any. */
function distributionsOf(random: Random, organiser: RegionSeed, reportedAt: Date, asOf: Date) {
  const at = earlier(officeTimeDaysAfter(random, reportedAt, 2, 10), new Date(asOf.getTime() - 3600_000));
  const rows: InspectionDistributionSeed[] = [
    { recipient: 'SAME_LEVEL_GOVERNMENT', agencyId: agencyKey(organiser.code, 'GOVERNMENT'), distributedAt: at },
  ];
  if (organiser.parentCode !== null) {
    rows.push({
      recipient: 'SUPERIOR_DEPARTMENT',
      agencyId: agencyKey(organiser.parentCode, 'CIVIL_AFFAIRS'),
      distributedAt: at,
    });
  }
  return rows;
}

/** An inspection and its findings, with times that follow the workflow and stop at `asOf`. */
export function generateInspection(
  random: Random,
  context: InspectionContext,
  plan: PlannedInspection,
): { inspection: InspectionSeed; findings: FindingSeed[] } {
  const id = seededUuid(random);
  const team = drawTeam(random, context.pools, plan.organiser.code, plan.partners);
  const start = shanghaiDate(plan.periodStart);
  const periodEnd = endOfDayAfter(plan.periodStart, plan.periodDays);
  // Planned a few weeks ahead; one planned for after `asOf` was planned by then.
  const plannedAt = earlier(
    officeTimeOn(random, start.year, start.month, start.day - randomInt(random, 10, 30)),
    new Date(context.asOf.getTime() - 86_400_000),
  );
  const started = plan.status !== 'PLANNED';
  const startedAt = started ? officeTimeOn(random, start.year, start.month, start.day) : null;
  const reported = plan.status === 'REPORTED' || plan.status === 'CLOSED';
  const lastFindingDay = earlier(periodEnd, context.asOf);

  const findings = started
    ? plan.findings.map((planned) => {
        const [finder, checker] = shuffled(random, team.inspectors);
        const span = Math.max(1, lastFindingDay.getTime() - (startedAt as Date).getTime());
        const foundAt = new Date((startedAt as Date).getTime() + Math.floor(random() * span * 0.9) + 3600_000);
        return generateFinding(random, {
          inspectionId: id,
          county: planned.county,
          township: planned.township,
          category: planned.category,
          outcome: planned.outcome,
          foundAt,
          latest: context.asOf,
          deadlineDays: planned.deadlineDays,
          ...(planned.deadline ? { deadline: planned.deadline } : {}),
          ...(planned.reopenDeadline ? { reopenDeadline: planned.reopenDeadline } : {}),
          ...(planned.households === undefined ? {} : { households: planned.households }),
          finder: finder as (typeof team.inspectors)[number],
          checker: checker as (typeof team.inspectors)[number],
        });
      })
    : [];
  findings.sort((a, b) => a.foundAt.getTime() - b.foundAt.getTime());

  const lastFound = findings.at(-1)?.foundAt ?? periodEnd;
  const reportedAt = reported
    ? earlier(
        officeTimeDaysAfter(random, lastFound.getTime() > periodEnd.getTime() ? lastFound : periodEnd, 3, 15),
        new Date(context.asOf.getTime() - 2 * 3600_000),
      )
    : null;
  const lastEvent = Math.max(
    reportedAt?.getTime() ?? 0,
    ...findings.flatMap((finding) => finding.events.map((event) => event.at.getTime())),
  );
  const closedAt =
    plan.status === 'CLOSED'
      ? earlier(officeTimeDaysAfter(random, new Date(lastEvent), 5, 30), new Date(context.asOf.getTime() - 3600_000))
      : null;
  const organiserName = shortRegionName(plan.organiser.name);
  const inspection: InspectionSeed = {
    id,
    title: inspectionTitle(start.year, organiserName, plan.topics),
    organiserRegionCode: plan.organiser.code,
    organiserKind: 'CIVIL_AFFAIRS',
    partnerKinds: plan.partners,
    topics: plan.topics,
    targetRegionCodes: plan.targets.map((target) => target.code).sort(),
    periodStart: plan.periodStart,
    periodEnd,
    team: team.members,
    status: plan.status,
    conclusion: reported
      ? inspectionConclusion(random, {
          targets: plan.targets.map((target) => shortRegionName(target.name)).join('、'),
          findings: findings.length,
          households: findings.reduce((sum, finding) => sum + finding.householdsAffected, 0),
          amountFen: findings.reduce((sum, finding) => sum + finding.amountInvolvedFen, 0),
        })
      : null,
    plannedBy: (team.inspectors[0] as (typeof team.inspectors)[number]).actor,
    plannedAt,
    startedAt,
    reportedAt,
    closedAt,
    distributions:
      reportedAt && (plan.distribute ?? (plan.status === 'CLOSED' || chance(random, 0.8)))
        ? distributionsOf(random, plan.organiser, reportedAt, context.asOf)
        : [],
  };
  return { inspection, findings };
}
