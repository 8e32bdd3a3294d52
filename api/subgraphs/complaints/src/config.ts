/**
 * The knobs of complaint handling that belong to the deployment, from the environment. The deadlines
 * (acknowledge, conclude, supervision) and the reward rule are not here: they are rules of each region (实施办法),
 * read from the rule set in force for the complaint's region and stamped on the complaint when its clock starts
 * (services/deadlines.ts), so a later change of the rules never moves the deadlines of complaints already running.
 */
export interface ComplaintsConfig {
  /** Days after closure before the complainant's personal data is erased. COMPLAINTS_RETENTION_DAYS, 365. */
  retentionDays: number;
  /**
   * Anonymous receipt-code operations allowed within a sliding window: per caller address
   * (COMPLAINTS_RECEIPT_LIMIT_PER_CLIENT, 30) and per receipt code (COMPLAINTS_RECEIPT_LIMIT_PER_CODE, 20),
   * over COMPLAINTS_RECEIPT_WINDOW_SECONDS (900).
   */
  receiptLimits: { perClient: number; perCode: number; windowSeconds: number };
}

function wholeNumber(env: NodeJS.ProcessEnv, name: string, fallback: number, min: number, max: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new Error(`${name} must be a whole number between ${min} and ${max}, got "${raw}"`);
  }
  return value;
}

export function complaintsConfigFromEnv(env: NodeJS.ProcessEnv = process.env): ComplaintsConfig {
  return {
    retentionDays: wholeNumber(env, 'COMPLAINTS_RETENTION_DAYS', 365, 1, 36_500),
    receiptLimits: {
      perClient: wholeNumber(env, 'COMPLAINTS_RECEIPT_LIMIT_PER_CLIENT', 30, 1, 100_000),
      perCode: wholeNumber(env, 'COMPLAINTS_RECEIPT_LIMIT_PER_CODE', 20, 1, 100_000),
      windowSeconds: wholeNumber(env, 'COMPLAINTS_RECEIPT_WINDOW_SECONDS', 900, 1, 86_400),
    },
  };
}

const DAY_MS = 24 * 60 * 60 * 1000;

/** `days` calendar days after `from` (UTC instants; days are exact 24-hour spans). */
export function daysAfter(from: Date, days: number): Date {
  return new Date(from.getTime() + days * DAY_MS);
}

export function daysBetween(from: Date, to: Date): number {
  return (to.getTime() - from.getTime()) / DAY_MS;
}
