import { describe, expect, it } from 'vitest';

import { parseCsv, parseCsvRecords } from '../src/index.js';

describe('parseCsv', () => {
  it('reads quoted and unquoted fields', () => {
    expect(parseCsv('code,name\n63,"青海省"\n')).toEqual([
      ['code', 'name'],
      ['63', '青海省'],
    ]);
  });

  it('keeps commas, doubled quotes and line breaks inside quotes', () => {
    expect(parseCsv('a,"b,c","say ""hi""","two\nlines"')).toEqual([['a', 'b,c', 'say "hi"', 'two\nlines']]);
  });

  it('accepts CRLF, a missing final newline and empty fields', () => {
    expect(parseCsv('a,b\r\n1,\r\n,2')).toEqual([
      ['a', 'b'],
      ['1', ''],
      ['', '2'],
    ]);
  });

  it('rejects an unterminated quote', () => {
    expect(() => parseCsv('a,"b')).toThrow(SyntaxError);
  });
});

describe('parseCsvRecords', () => {
  it('keys rows by the header and strips a byte-order mark', () => {
    expect(parseCsvRecords('\uFEFFcode,name\n6301,"西宁市"\n')).toEqual([{ code: '6301', name: '西宁市' }]);
  });

  it('rejects a row of the wrong width', () => {
    expect(() => parseCsvRecords('a,b\n1,2,3\n')).toThrow(/row 2/);
  });
});
