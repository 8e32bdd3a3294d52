import { DEFAULT_COMPLAINT_REWARD_RULE, type ComplaintRewardRule } from '@dibao/domain';

/**
 * The knobs of complaint handling, from the environment. Deadlines are whole calendar days counted from the
 * moment a complaint is received (or put under supervision); they are stamped on the complaint when the clock
 * starts, so a later change of configuration never rewrites the deadlines of complaints already running.
 */
export interface ComplaintsConfig {
  /** Days to hand the complaint to (and be accepted by) the designated petition officer. COMPLAINTS_ACKNOWLEDGE_DAYS, 3. */
  acknowledgeDays: number;
  /** Days from receipt to a conclusion (办结期限). COMPLAINTS_CONCLUDE_DAYS, 60. */
  concludeDays: number;
  /** Days from the start of provincial supervision to a conclusion. COMPLAINTS_SUPERVISION_DAYS, 30. */
  supervisionDays: number;
  /** Days after closure before the complainant's personal data is erased. COMPLAINTS_RETENTION_DAYS, 365. */
  retentionDays: number;
  /**
   * Reward for a substantiated tip-off: COMPLAINTS_REWARD_BASE_FEN (20000 = 200 yuan) plus
   * COMPLAINTS_REWARD_SHARE_BPS basis points of the amount involved (500 = 5%), capped at
   * COMPLAINTS_REWARD_CAP_FEN (500000 = 5,000 yuan); half for a partly substantiated complaint.
   */
  reward: ComplaintRewardRule;
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
  const reward = {
    baseFen: wholeNumber(env, 'COMPLAINTS_REWARD_BASE_FEN', DEFAULT_COMPLAINT_REWARD_RULE.baseFen, 0, 100_000_000),
    shareBasisPoints: wholeNumber(
      env,
      'COMPLAINTS_REWARD_SHARE_BPS',
      DEFAULT_COMPLAINT_REWARD_RULE.shareBasisPoints,
      0,
      10_000,
    ),
    capFen: wholeNumber(env, 'COMPLAINTS_REWARD_CAP_FEN', DEFAULT_COMPLAINT_REWARD_RULE.capFen, 0, 100_000_000),
  };
  if (reward.capFen < reward.baseFen) {
    throw new Error('COMPLAINTS_REWARD_CAP_FEN must not be below COMPLAINTS_REWARD_BASE_FEN');
  }
  return {
    acknowledgeDays: wholeNumber(env, 'COMPLAINTS_ACKNOWLEDGE_DAYS', 3, 1, 365),
    concludeDays: wholeNumber(env, 'COMPLAINTS_CONCLUDE_DAYS', 60, 1, 365),
    supervisionDays: wholeNumber(env, 'COMPLAINTS_SUPERVISION_DAYS', 30, 1, 365),
    retentionDays: wholeNumber(env, 'COMPLAINTS_RETENTION_DAYS', 365, 1, 36_500),
    reward,
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
