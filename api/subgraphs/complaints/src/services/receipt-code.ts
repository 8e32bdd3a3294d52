import { createHash, randomBytes } from 'node:crypto';

/*
 * The receipt code lets a complainant follow a case without an account (GlobaLeaks' receipt). It is 25
 * characters from a 31-letter alphabet without look-alikes (no 0/O, 1/I/L), about 124 bits of entropy, shown
 * in five groups of five. Only its SHA-256 is stored: with that much entropy, guessing from a stolen hash is
 * hopeless without a pepper, and a plain hash keeps lookups working across encryption-key rotations.
 */

const ALPHABET = '23456789ABCDEFGHJKMNPQRSTUVWXYZ';
const LENGTH = 25;
const GROUP = 5;
/** Bytes at or above this would bias the modulo; they are drawn again. */
const UNBIASED_LIMIT = 256 - (256 % ALPHABET.length);

export function newReceiptCode(): string {
  const characters: string[] = [];
  while (characters.length < LENGTH) {
    for (const byte of randomBytes(LENGTH * 2)) {
      if (byte < UNBIASED_LIMIT && characters.length < LENGTH)
        characters.push(ALPHABET[byte % ALPHABET.length] as string);
    }
  }
  const groups: string[] = [];
  for (let start = 0; start < LENGTH; start += GROUP) groups.push(characters.slice(start, start + GROUP).join(''));
  return groups.join('-');
}

/** The code as typed, upper-cased and without spaces or dashes; null when it cannot be a receipt code. */
export function normalizeReceiptCode(input: string): string | null {
  const compact = input.toUpperCase().replace(/[\s-]/g, '');
  if (compact.length !== LENGTH) return null;
  for (const character of compact) if (!ALPHABET.includes(character)) return null;
  return compact;
}

/** What the database holds instead of the code. Typing variants (case, dashes) hash alike. */
export function receiptHashOf(code: string): string {
  const normalized = normalizeReceiptCode(code) ?? code;
  return createHash('sha256').update(`dibao-complaint-receipt:${normalized}`).digest('hex');
}
