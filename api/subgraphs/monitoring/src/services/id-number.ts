/** GB 11643-1999: weights of the first 17 digits and the check character for each remainder mod 11. */
const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const CHECK = '10X98765432';
const SHAPE = /^[1-9]\d{16}[\dXx]$/;

/** The check character of the first 17 digits of a resident ID number. */
export function idCheckCharacter(first17: string): string {
  let sum = 0;
  for (let index = 0; index < 17; index += 1) sum += Number(first17[index]) * WEIGHTS[index]!;
  return CHECK[sum % 11]!;
}

/** Why an 18-character resident ID number is not valid, or undefined when it is (never echoes the number). */
export function idNumberProblem(value: string): string | undefined {
  if (!SHAPE.test(value)) return 'must be 17 digits and a check character (digit or X)';
  const month = Number(value.slice(10, 12));
  const day = Number(value.slice(12, 14));
  if (month < 1 || month > 12 || day < 1 || day > 31) return 'has no valid date of birth';
  if (idCheckCharacter(value.slice(0, 17)) !== value[17]!.toUpperCase()) return 'has a wrong check character';
  return undefined;
}
