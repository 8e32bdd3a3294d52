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
  /** Complaints filed by the public on the site, without an operator (see services/online-challenge.ts). */
  online: OnlineIntakeConfig;
}

/**
 * What stands between the public form and a flood. Every submission spends a single-use challenge: the
 * script lane solves a proof of work of `workBits` leading zero bits (COMPLAINTS_ONLINE_WORK_BITS, 18: about
 * 260,000 SHA-256 hashes, a second or two in a browser); the form lane, for browsers without JavaScript,
 * waits `formWaitSeconds` (COMPLAINTS_ONLINE_FORM_WAIT_SECONDS, 8) on a confirmation page instead and has a
 * global budget of its own, so that a bot avoiding the work can use up only that lane. Submissions per caller
 * address (COMPLAINTS_ONLINE_PER_CLIENT, 5) and in all (COMPLAINTS_ONLINE_GLOBAL, 500; the form lane
 * COMPLAINTS_ONLINE_FORM_GLOBAL, 100) are limited over COMPLAINTS_ONLINE_WINDOW_SECONDS (3600). A challenge
 * lives COMPLAINTS_ONLINE_CHALLENGE_SECONDS (1800).
 */
export interface OnlineIntakeConfig {
  workBits: number;
  formWaitSeconds: number;
  challengeSeconds: number;
  perClient: number;
  global: number;
  formGlobal: number;
  windowSeconds: number;
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
    online: {
      workBits: wholeNumber(env, 'COMPLAINTS_ONLINE_WORK_BITS', 18, 1, 32),
      formWaitSeconds: wholeNumber(env, 'COMPLAINTS_ONLINE_FORM_WAIT_SECONDS', 8, 0, 600),
      challengeSeconds: wholeNumber(env, 'COMPLAINTS_ONLINE_CHALLENGE_SECONDS', 1800, 60, 86_400),
      perClient: wholeNumber(env, 'COMPLAINTS_ONLINE_PER_CLIENT', 5, 1, 100_000),
      global: wholeNumber(env, 'COMPLAINTS_ONLINE_GLOBAL', 500, 1, 10_000_000),
      formGlobal: wholeNumber(env, 'COMPLAINTS_ONLINE_FORM_GLOBAL', 100, 1, 10_000_000),
      windowSeconds: wholeNumber(env, 'COMPLAINTS_ONLINE_WINDOW_SECONDS', 3600, 1, 86_400),
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
