/** GB 11643-1999: weights of the first 17 digits and the check character for each remainder mod 11. */
const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const CHECK = '10X98765432';
/** The check characters' codes, by remainder. */
const CHECK_CODES = Array.from(CHECK, (char) => char.charCodeAt(0));
const ZERO = 48;
const X = 88;
const LOWER_X = 120;

/** The check character of the first 17 digits of a resident ID number. */
export function idCheckCharacter(first17: string): string {
  let sum = 0;
  for (let index = 0; index < 17; index += 1) sum += Number(first17[index]) * WEIGHTS[index]!;
  return CHECK[sum % 11]!;
}

/**
 * Why an 18-character resident ID number is not valid, or undefined when it is (never echoes the number).
 * Read by character codes in one pass: it runs once per roster row, and slices and regular expressions were a
 * measurable part of the import's time.
 */
export function idNumberProblem(value: string): string | undefined {
  const shape = 'must be 17 digits and a check character (digit or X)';
  if (value.length !== 18) return shape;
  let sum = 0;
  for (let index = 0; index < 17; index += 1) {
    const digit = value.charCodeAt(index) - ZERO;
    if (digit < 0 || digit > 9 || (index === 0 && digit === 0)) return shape;
    sum += digit * WEIGHTS[index]!;
  }
  const last = value.charCodeAt(17);
  if ((last < ZERO || last > ZERO + 9) && last !== X && last !== LOWER_X) return shape;
  const digitAt = (index: number) => value.charCodeAt(index) - ZERO;
  const month = digitAt(10) * 10 + digitAt(11);
  const day = digitAt(12) * 10 + digitAt(13);
  if (month < 1 || month > 12 || day < 1 || day > 31) return 'has no valid date of birth';
  if (CHECK_CODES[sum % 11] !== (last === LOWER_X ? X : last)) return 'has a wrong check character';
  return undefined;
}
