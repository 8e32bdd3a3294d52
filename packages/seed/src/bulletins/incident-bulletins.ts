import { randomInt, type Random } from '../random.js';
import { incidentCountyCode } from '../reporting/incidents.js';
import { shanghaiTime } from '../reporting/shanghai-time.js';
import type { IncidentSeed } from '../reporting/types.js';
import { recordEvidence } from './evidence.js';
import {
  chineseDateTime,
  daysAfter,
  daysBefore,
  TO_PREFECTURES_AND_GOVERNMENT,
  type PlannedBulletin,
} from './plans.js';
import type { ProvinceData } from './province-data.js';
import { publicTexts } from './texts.js';

type Item = PlannedBulletin['items'][number];

/** Reported more than a day after it happened: relief cannot have started in time. */
const UNTIMELY_HOURS = 24;
/** Reported within six hours and settled: worth holding up as an example. */
const PROMPT_HOURS = 6;
const MAX_ITEMS = 5;

const delayHours = (incident: IncidentSeed) =>
  Math.round((incident.reportedAt.getTime() - incident.occurredAt.getTime()) / 360_000) / 10;

function incidentItem(data: ProvinceData, incident: IncidentSeed, year: number): Item | null {
  const county = incidentCountyCode(incident);
  const hours = delayHours(incident);
  const place = data.place(county);
  const timing = `发生于${chineseDateTime(incident.occurredAt)}，报告于${chineseDateTime(incident.reportedAt)}，间隔${hours}小时。`;
  const incidentEvidence = { kind: 'INCIDENT' as const, ref: { id: incident.id }, note: timing };
  if (hours > UNTIMELY_HOURS) {
    return {
      kind: 'CRITICISM',
      category: 'UNTIMELY_RELIEF',
      regionCode: county,
      summary: `${timing}超过规定报告时限。`,
      publicText: publicTexts.incidentLate(place, incident.title),
      evidence: [incidentEvidence],
    };
  }
  const liability =
    (incident.category === 'FUND_SECURITY' || incident.category === 'MEDIA_EXPOSURE') &&
    incident.severity !== 'GENERAL';
  if (liability) {
    return {
      kind: 'CRITICISM',
      category: 'MAJOR_LIABILITY_INCIDENT',
      regionCode: county,
      summary: `${incident.causeAnalysis}${timing}`,
      publicText: publicTexts.incidentLiability(place, incident.title),
      evidence: [incidentEvidence, ...recordEvidence(data.sources, county, year)],
    };
  }
  if (hours <= PROMPT_HOURS && incident.status === 'CLOSED') {
    return {
      kind: 'COMMENDATION',
      category: 'ADVANCED_EXPERIENCE',
      regionCode: county,
      summary: `${timing}${incident.rectificationMeasures}`,
      publicText: publicTexts.incidentPrompt(place, incident.title),
      evidence: [incidentEvidence],
    };
  }
  return null;
}

/**
 * In June, the bulletin on the previous year's major matters and emergencies: late reports and liability
 * incidents criticised, prompt relief commended; also sent to the provincial government. None when the
 * year had nothing to say.
 */
export function incidentBulletin(random: Random, data: ProvinceData, year: number): PlannedBulletin | null {
  const incidentYear = year - 1;
  const items = data
    .incidentsOf(incidentYear)
    .flatMap((incident) => incidentItem(data, incident, incidentYear) ?? [])
    .sort((a, b) => (a.kind === b.kind ? a.regionCode.localeCompare(b.regionCode) : a.kind === 'COMMENDATION' ? -1 : 1))
    .slice(0, MAX_ITEMS);
  if (items.length === 0) return null;
  const issuedAt = shanghaiTime(year, 6, randomInt(random, 10, 25), randomInt(random, 9, 16), randomInt(random, 0, 59));
  return {
    title: `关于${incidentYear}年度全省低保领域重大事项和突发事件报告处置情况的通报`,
    periodFrom: shanghaiTime(incidentYear, 1, 1),
    periodTo: new Date(shanghaiTime(incidentYear + 1, 1, 1).getTime() - 1),
    audience: TO_PREFECTURES_AND_GOVERNMENT,
    status: 'PUBLISHED',
    opening: `现将${incidentYear}年度全省低保领域重大事项和突发事件报告及处置情况通报如下。`,
    createdAt: daysBefore(issuedAt, randomInt(random, 3, 10)),
    issuedAt,
    publishedAt: daysAfter(issuedAt, randomInt(random, 3, 8)),
    items,
  };
}
