import { buildSchema, type GraphQLInputType } from 'graphql';
import { describe, expect, it } from 'vitest';
import { checkInputValue, MAX_ID_LENGTH, MAX_TEXT_LENGTH } from '../src/input-checks.js';

const schema = buildSchema(`
  scalar DateTimeISO
  scalar LocalDate
  scalar SafeInt
  enum Kind { A B }
  input Item { label: String!, amountFen: SafeInt, note: String }
  input Entry {
    title: String!
    remark: String
    year: Int
    month: Int
    shareBasisPoints: Int
    households: Int
    weight: Float
    at: DateTimeISO
    on: LocalDate
    kind: Kind
    code: ID
    items: [Item!]
  }
  type Query { noop(entry: Entry!): Int }
`);
const entry = schema.getQueryType()!.getFields().noop!.args[0]!.type as GraphQLInputType;
const valid = { title: '标题', year: 2025, month: 12, households: 3, items: [{ label: '一', amountFen: 100 }] };
const issueOf = (change: Record<string, unknown>) => checkInputValue({ ...valid, ...change }, entry, 'entry', 'entry');

describe('checkInputValue', () => {
  it('passes well-formed input, tabs and line breaks in text included', () => {
    expect(issueOf({})).toBeNull();
    expect(
      issueOf({ remark: '第一行\n\t第二行\r\n', at: new Date('2025-03-01T00:00:00Z'), on: '2024-12-31' }),
    ).toBeNull();
    expect(issueOf({ remark: '', title: '' })).toBeNull(); // empty is each field's own rule
    expect(issueOf({ remark: '表情 😀 与 CJK 扩展 𠀀' })).toBeNull(); // surrogate pairs are fine
  });

  it.each([
    [{ title: 'a\u0000b' }, 'entry.title', /control character/],
    [{ remark: '\u007f' }, 'entry.remark', /control character/],
    [{ remark: '\u0085' }, 'entry.remark', /control character/],
    [{ title: 'x\ud800' }, 'entry.title', /Unicode/],
    [{ title: '\udc00x' }, 'entry.title', /Unicode/],
    [{ title: '  \t ' }, 'entry.title', /whitespace/],
    [{ remark: 'x'.repeat(MAX_TEXT_LENGTH + 1) }, 'entry.remark', /longer/],
    [{ code: 'x'.repeat(MAX_ID_LENGTH + 1) }, 'entry.code', /longer/],
    [{ code: '6301\n02' }, 'entry.code', /one line/],
    [{ year: -5 }, 'entry.year', /year between 2000 and 2100/],
    [{ year: 2101 }, 'entry.year', /year/],
    [{ month: 13 }, 'entry.month', /month/],
    [{ shareBasisPoints: 10_001 }, 'entry.shareBasisPoints', /basis points/],
    [{ households: -1 }, 'entry.households', /count/],
    [{ weight: -0.5 }, 'entry.weight', /count/],
    [{ at: new Date('1999-12-31T00:00:00Z') }, 'entry.at', /date between/],
    [{ at: new Date(Number.NaN) }, 'entry.at', /date between/],
    [{ on: '2101-01-01' }, 'entry.on', /date between/],
    [{ items: [{ label: '一' }, { label: '二', amountFen: -1 }] }, 'entry.items.1.amountFen', /amount in fen/],
    [{ items: [{ label: ' ' }] }, 'entry.items.0.label', /whitespace/],
  ])('refuses %j at %s', (change, field, message) => {
    const issue = issueOf(change);
    expect(issue?.field).toBe(field);
    expect(issue?.en).toMatch(message);
    expect(issue?.zh).toMatch(/[\u4e00-\u9fff]/);
  });
});
