import { randomInt, type Random } from '../random.js';
import { officeTimeOn, shanghaiDate } from '../reporting/shanghai-time.js';

/** The Beijing calendar date of an instant, 'YYYY-MM-DD'. */
export function beijingDate(instant: Date): string {
  const { year, month, day } = shanghaiDate(instant);
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** A date 'YYYY-MM-DD' so many days after another (days may be negative). */
export function daysAfter(date: string, days: number): string {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(year, month - 1, day + days)).toISOString().slice(0, 10);
}

/** A day in the given months of a year, never after the 28th (every month has it). */
export function dayIn(random: Random, year: number, fromMonth: number, toMonth: number): string {
  const month = randomInt(random, fromMonth, toMonth);
  return `${year}-${String(month).padStart(2, '0')}-${String(randomInt(random, 1, 28)).padStart(2, '0')}`;
}

/** Office hours (Beijing) on a calendar date: cases are recorded at work. */
export function officeTime(random: Random, date: string): Date {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  return officeTimeOn(random, year, month, day);
}

export const earlierDate = (a: string, b: string) => (a < b ? a : b);
