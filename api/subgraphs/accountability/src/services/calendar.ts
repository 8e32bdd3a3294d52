import { badInput } from '@dibao/server';

/*
 * Opening, decision, meeting and deadline dates are calendar dates in Beijing (Asia/Shanghai, UTC+8 all year,
 * no daylight saving), kept as 'YYYY-MM-DD' strings; instants are UTC Dates.
 */

const SHANGHAI_OFFSET_MS = 8 * 3600_000;

/** The Beijing calendar date of an instant, 'YYYY-MM-DD'. */
export function shanghaiDateOf(instant: Date): string {
  return new Date(instant.getTime() + SHANGHAI_OFFSET_MS).toISOString().slice(0, 10);
}

/** Refuses a date after today (Beijing), naming the field. */
export function notInFuture(date: string, today: string, field: string, zhField: string): string {
  if (date > today) {
    throw badInput(`${field} (${date}) is after today (${today})`, `${zhField}（${date}）晚于今天（${today}）`);
  }
  return date;
}

/** Refuses dates before the year 2000, the earliest the hub keeps. */
export function notTooEarly(date: string, field: string, zhField: string): string {
  if (date < '2000-01-01') throw badInput(`${field} (${date}) is before 2000`, `${zhField}（${date}）早于 2000 年`);
  return date;
}
