/*
 * GB 11643-1999 citizen identity numbers: 6-digit address code, 8-digit birth date (YYYYMMDD), 3-digit
 * sequence (odd for men, even for women) and a check character, ISO 7064 MOD 11-2 over the first 17 digits:
 * weights 2^(17-i) mod 11, the sum mod 11 indexes "10X98765432".
 */

const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2] as const;
const CHECK_CHARACTERS = '10X98765432';

/** The check character of the first 17 digits of an identity number. */
export function idNumberCheckCharacter(first17: string): string {
  if (!/^\d{17}$/.test(first17)) throw new RangeError(`Expected 17 digits, got ${JSON.stringify(first17)}`);
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(first17[i]) * (WEIGHTS[i] as number);
  return CHECK_CHARACTERS[sum % 11] as string;
}

/** True for 18 characters whose birth date is a real date and whose check character is right. */
export function isValidIdNumber(value: string): boolean {
  if (!/^\d{17}[\dX]$/.test(value)) return false;
  const year = Number(value.slice(6, 10));
  const month = Number(value.slice(10, 12));
  const day = Number(value.slice(12, 14));
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return false;
  return idNumberCheckCharacter(value.slice(0, 17)) === value[17];
}

/** A synthetic identity number: address code, birth date as YYYYMMDD and a sequence of 1–999. */
export function makeIdNumber(addressCode: string, birthDate: string, sequence: number): string {
  if (!/^\d{6}$/.test(addressCode) || !/^\d{8}$/.test(birthDate) || sequence < 1 || sequence > 999) {
    throw new RangeError(`Cannot make an identity number from ${addressCode}, ${birthDate}, ${sequence}`);
  }
  const first17 = `${addressCode}${birthDate}${String(sequence).padStart(3, '0')}`;
  return first17 + idNumberCheckCharacter(first17);
}
