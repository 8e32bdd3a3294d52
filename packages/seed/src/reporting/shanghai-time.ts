import { randomInt, type Random } from '../random.js';

/*
 * Deadlines and office hours are Beijing time (Asia/Shanghai, UTC+8 all year, no daylight saving), while
 * the data holds UTC Dates. Day numbers may overflow the month (15 December + 20 days): Date.UTC rolls over.
 */

const UTC_OFFSET_MS = 8 * 60 * 60 * 1000;

export function shanghaiTime(year: number, month: number, day: number, hour = 0, minute = 0): Date {
  return new Date(Date.UTC(year, month - 1, day, hour, minute) - UTC_OFFSET_MS);
}

/** The calendar date in Beijing of an instant. */
export function shanghaiDate(date: Date): { year: number; month: number; day: number } {
  const local = new Date(date.getTime() + UTC_OFFSET_MS);
  return { year: local.getUTCFullYear(), month: local.getUTCMonth() + 1, day: local.getUTCDate() };
}

/** A time between 09:00 and 17:59 Beijing time on the given day: reports are saved and reviewed at work. */
export function officeTimeOn(random: Random, year: number, month: number, day: number): Date {
  return shanghaiTime(year, month, day, randomInt(random, 9, 17), randomInt(random, 0, 59));
}

/** Office hours on a day between minDays and maxDays (Beijing calendar days) after the given instant. */
export function officeTimeDaysAfter(random: Random, date: Date, minDays: number, maxDays: number): Date {
  const { year, month, day } = shanghaiDate(date);
  return officeTimeOn(random, year, month, day + randomInt(random, minDays, maxDays));
}

export function laterOf(first: Date, ...others: Date[]): Date {
  return others.reduce((latest, date) => (date.getTime() > latest.getTime() ? date : latest), first);
}
