/** Versions are `YYYY.MM.DD-N`: the date in Asia/Shanghai and the number of the release on that day. */
const VERSION = /^(\d{4}\.\d{2}\.\d{2})-(\d+)$/;

export const isVersion = (name: string) => VERSION.test(name);

/** The date in Asia/Shanghai (UTC+8, no daylight saving) as `YYYY-MM-DD`. */
export function shanghaiDate(now: Date): string {
  return new Date(now.getTime() + 8 * 3_600_000).toISOString().slice(0, 10);
}

/** Orders versions by date, then by number (so `-10` comes after `-9`, which plain string order would not do). */
export function compareVersions(a: string, b: string): number {
  const [, dateA = '', numberA = '0'] = VERSION.exec(a) ?? [];
  const [, dateB = '', numberB = '0'] = VERSION.exec(b) ?? [];
  return dateA.localeCompare(dateB) || Number(numberA) - Number(numberB);
}

/** The version of the next release made at `now`, given the names already in the releases folder. */
export function nextVersion(existing: Iterable<string>, now: Date): string {
  const date = shanghaiDate(now).replaceAll('-', '.');
  let last = 0;
  for (const name of existing) {
    const match = VERSION.exec(name);
    if (match && match[1] === date) last = Math.max(last, Number(match[2]));
  }
  return `${date}-${last + 1}`;
}
