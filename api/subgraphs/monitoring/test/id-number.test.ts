import { describe, expect, it } from 'vitest';
import { idCheckCharacter, idNumberProblem } from '@dibao/monitoring';

/** The rule as GB 11643 states it, written the plain way: the fast check must agree with it on every input. */
function reference(value: string): string | undefined {
  if (!/^[1-9]\d{16}[\dXx]$/.test(value)) return 'must be 17 digits and a check character (digit or X)';
  const month = Number(value.slice(10, 12));
  const day = Number(value.slice(12, 14));
  if (month < 1 || month > 12 || day < 1 || day > 31) return 'has no valid date of birth';
  if (idCheckCharacter(value.slice(0, 17)) !== value[17]!.toUpperCase()) return 'has a wrong check character';
  return undefined;
}

describe('resident ID number check (GB 11643)', () => {
  it('accepts valid numbers, with X in either case, and names each kind of fault', () => {
    const first17 = '63012119800101123';
    const valid = first17 + idCheckCharacter(first17);
    expect(idNumberProblem(valid)).toBeUndefined();
    const withX = '11010519491231002';
    expect(idCheckCharacter(withX)).toBe('X');
    expect(idNumberProblem(`${withX}X`)).toBeUndefined();
    expect(idNumberProblem(`${withX}x`)).toBeUndefined();
    expect(idNumberProblem(valid.slice(0, 17))).toMatch(/^must be 17 digits/);
    expect(idNumberProblem(`0${valid.slice(1)}`)).toMatch(/^must be 17 digits/);
    expect(idNumberProblem(`${first17}Y`)).toMatch(/^must be 17 digits/);
    expect(idNumberProblem(`${valid.slice(0, 5)}a${valid.slice(6)}`)).toMatch(/^must be 17 digits/);
    expect(idNumberProblem('630121198013011235')).toBe('has no valid date of birth');
    expect(idNumberProblem('630121198001001235')).toBe('has no valid date of birth');
    const wrong = String((Number(valid[17] === 'X' ? 10 : valid[17]) + 1) % 10);
    expect(idNumberProblem(first17 + wrong)).toBe('has a wrong check character');
  });

  it('agrees with the plain reading of the rule on many random and near-valid inputs', () => {
    let seed = 11643;
    const random = (n: number) => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed % n;
    };
    const alphabet = '0123456789Xx /-Y１';
    for (let n = 0; n < 20_000; n += 1) {
      let value = '';
      const length = n % 10 === 0 ? random(20) : 18;
      for (let i = 0; i < length; i += 1) {
        value += i < 17 && n % 3 ? String(random(10)) : alphabet[random(alphabet.length)];
      }
      if (n % 4 === 0 && value.length >= 17) value = value.slice(0, 17) + idCheckCharacter(value.slice(0, 17));
      expect(idNumberProblem(value), value).toBe(reference(value));
    }
  });
});
