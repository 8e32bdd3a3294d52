/** The knobs of year-end reporting, from the environment. */
export interface ReportingConfig {
  /** Filing deadlines by level, as month and day; months before July fall in the year after the report year. */
  deadlines: { COUNTY: MonthDay; PREFECTURE: MonthDay };
  /** Relative tolerance of a prefecture's figures against the sum of its counties' accepted reports. */
  tolerance: number;
}

export interface MonthDay {
  month: number;
  day: number;
}

export type FilingLevel = keyof ReportingConfig['deadlines'];

function monthDay(value: string | undefined, fallback: MonthDay, name: string): MonthDay {
  if (!value) return fallback;
  const match = /^(\d{1,2})-(\d{1,2})$/.exec(value);
  const month = Number(match?.[1]);
  const day = Number(match?.[2]);
  const probe = new Date(Date.UTC(2001, month - 1, day));
  if (!match || probe.getUTCMonth() !== month - 1 || probe.getUTCDate() !== day) {
    throw new Error(`${name} must be MM-DD, got "${value}"`);
  }
  return { month, day };
}

export function reportingConfigFromEnv(env: NodeJS.ProcessEnv = process.env): ReportingConfig {
  const tolerance = env.REPORTING_TOLERANCE === undefined ? 0.01 : Number(env.REPORTING_TOLERANCE);
  if (!Number.isFinite(tolerance) || tolerance < 0 || tolerance > 1) {
    throw new Error(`REPORTING_TOLERANCE must be a fraction between 0 and 1, got "${env.REPORTING_TOLERANCE}"`);
  }
  return {
    deadlines: {
      COUNTY: monthDay(env.REPORTING_DEADLINE_COUNTY, { month: 12, day: 15 }, 'REPORTING_DEADLINE_COUNTY'),
      PREFECTURE: monthDay(env.REPORTING_DEADLINE_PREFECTURE, { month: 12, day: 31 }, 'REPORTING_DEADLINE_PREFECTURE'),
    },
    tolerance,
  };
}

const SHANGHAI_OFFSET_HOURS = 8;

/** The last millisecond of the deadline day in Asia/Shanghai, as a UTC instant. */
export function deadlineOf(config: ReportingConfig, level: FilingLevel, year: number): Date {
  const { month, day } = config.deadlines[level];
  const deadlineYear = month < 7 ? year + 1 : year;
  return new Date(Date.UTC(deadlineYear, month - 1, day, 23 - SHANGHAI_OFFSET_HOURS, 59, 59, 999));
}
