import { describe, expect, it } from 'vitest';
import { copyField } from '../src/copy-rows.js';

/* COPY's text format: what a bulk-loaded value must look like for PostgreSQL to read back the same value. */
describe('copyField', () => {
  it('writes NULL as \\N and escapes the characters COPY treats specially', () => {
    expect(copyField(null)).toBe('\\N');
    expect(copyField(undefined)).toBe('\\N');
    expect(copyField('a\tb\nc\rd\\e')).toBe('a\\tb\\nc\\rd\\\\e');
    expect(copyField('低保 \\N')).toBe('低保 \\\\N');
  });

  it('writes dates as ISO instants, booleans as t/f, objects as JSON and buffers as bytea hex', () => {
    expect(copyField(new Date('2025-03-01T02:03:04.005Z'))).toBe('2025-03-01T02:03:04.005Z');
    expect(copyField(true)).toBe('t');
    expect(copyField(false)).toBe('f');
    expect(copyField({ kind: 'system', note: 'line\nbreak' })).toBe('{"kind":"system","note":"line\\\\nbreak"}');
    expect(copyField(Buffer.from([0xde, 0xad]))).toBe('\\\\xdead');
  });

  it('writes array columns as quoted array literals', () => {
    expect(copyField(['630121', 'a"b', 'c\\d', null], { isArray: true })).toBe(
      '{"630121","a\\\\"b","c\\\\\\\\d",NULL}',
    );
    expect(copyField([], { isArray: true })).toBe('{}');
    // A JSON column holding an array is JSON, not an array literal.
    expect(copyField([1, 2], { isArray: false })).toBe('[1,2]');
  });
});
