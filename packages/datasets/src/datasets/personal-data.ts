import type { DatasetRow } from '../release-format.js';

/**
 * Patterns of personal data that must never reach a release: resident ID numbers (18 characters, the last a
 * digit or X), mainland mobile numbers, e-mail addresses. Digits on either side mean a longer number (an
 * amount, a code), not one of these.
 */
export const PERSONAL_DATA_PATTERNS: ReadonlyArray<{ name: string; pattern: RegExp }> = [
  { name: 'resident ID number', pattern: /(?<![0-9])[0-9]{17}[0-9Xx](?![0-9])/ },
  { name: 'mobile number', pattern: /(?<![0-9])1[3-9][0-9]{9}(?![0-9])/ },
  { name: 'e-mail address', pattern: /[\w.+-]+@[\w-]+\.[\w.-]+/ },
];

/** The first kind of personal data a text contains, if any. */
export function personalDataIn(text: string): string | undefined {
  return PERSONAL_DATA_PATTERNS.find(({ pattern }) => pattern.test(text))?.name;
}

export class PersonalDataError extends Error {}

/**
 * A last line of defence: every text cell of a dataset is checked, and a release stops rather than publish
 * something that looks like an ID number or a phone number, even in a bulletin's public text.
 */
export function assertNoPersonalData(dataset: string, rows: readonly DatasetRow[]): void {
  rows.forEach((row, index) => {
    for (const [name, value] of Object.entries(row)) {
      if (typeof value !== 'string') continue;
      const found = personalDataIn(value);
      if (found) {
        throw new PersonalDataError(
          `${dataset}, row ${index + 1}, ${name}: looks like a ${found}; the release was stopped so that it is not published`,
        );
      }
    }
  });
}
