import {
  getNamedType,
  getNullableType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isScalarType,
  type GraphQLInputType,
} from 'graphql';
import { ArgumentValidationError, type MiddlewareFn } from 'type-graphql';
import { badInput } from './errors.js';

/**
 * Every argument of every field of every subgraph is checked here, against its declared GraphQL type, before
 * a resolver (or the database) sees it: a client's input must be refused as BAD_USER_INPUT with the path of
 * the offending value, never reach PostgreSQL as a NUL byte or a year −5, and never come back as an internal
 * error. One table of rules applies to every subgraph, so a new mutation is covered without code of its own.
 *
 * Text: no NUL or other control characters (tab, line feed and carriage return are allowed in text), no lone
 * UTF-16 surrogates, a required (non-null) text is not whitespace only, and a bounded length. Numbers
 * carry their meaning in their name (the semantic kinds below); every other integer is a count.
 */

/** Longest text a client may send in one value (a finding's narrative, a report's remarks). */
export const MAX_TEXT_LENGTH = 20_000;
/** Longest identifier (UUIDs, region codes, agency ids `<region>:<kind>`, receipt codes). */
export const MAX_ID_LENGTH = 100;
/** Years of oversight data. */
export const YEAR_RANGE = { min: 2000, max: 2100 } as const;
/** Dates and times a record may carry. */
export const DATE_RANGE = { min: '2000-01-01', max: '2100-12-31' } as const;
/** Amounts of money in fen (1/100 yuan): a province's yearly subsidy is below 10^12 fen; 10^14 leaves room. */
export const MAX_FEN = 100_000_000_000_000;
/** Households, persons, staff, visits, rejections, ... */
export const MAX_COUNT = 1_000_000_000;

interface Range {
  min: number;
  max: number;
  kind: { en: string; zh: string };
}

/** Semantic kinds of numbers, recognised by the argument's or input field's name. */
const NUMBER_KINDS: Array<{ test: (name: string) => boolean; range: Range }> = [
  {
    test: (name) => name === 'year' || name.endsWith('Year'),
    range: { ...YEAR_RANGE, kind: { en: 'a year', zh: '年份' } },
  },
  {
    test: (name) => name === 'month' || name.endsWith('Month'),
    range: { min: 1, max: 12, kind: { en: 'a month', zh: '月份' } },
  },
  {
    test: (name) => name.endsWith('Fen'),
    range: { min: 0, max: MAX_FEN, kind: { en: 'an amount in fen', zh: '金额（分）' } },
  },
  {
    test: (name) => name.endsWith('BasisPoints'),
    range: { min: 0, max: 10_000, kind: { en: 'a share in basis points', zh: '比例（万分之一）' } },
  },
];
const COUNT: Range = { min: 0, max: MAX_COUNT, kind: { en: 'a count', zh: '数量' } };

// Control characters other than tab, line feed and carriage return; DEL and the C1 controls too.
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/;
// A high surrogate not followed by a low one, or a low one not preceded by a high one.
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;
const DATE_SCALARS = new Set(['DateTimeISO', 'DateTime', 'LocalDate', 'Date']);

export interface InputIssue {
  /** Dotted path of the value inside the field's arguments, e.g. `input.title` or `input.items.2.amountFen`. */
  field: string;
  en: string;
  zh: string;
}

function checkText(value: string, path: string, typeName: string, required: boolean): InputIssue | null {
  if (CONTROL.test(value)) {
    return { field: path, en: `${path} contains a control character`, zh: `${path} 含有控制字符` };
  }
  if (LONE_SURROGATE.test(value)) {
    return { field: path, en: `${path} is not valid Unicode text`, zh: `${path} 不是有效的 Unicode 文本` };
  }
  const isId = typeName === 'ID';
  const max = isId ? MAX_ID_LENGTH : MAX_TEXT_LENGTH;
  if (value.length > max) {
    return { field: path, en: `${path} is longer than ${max} characters`, zh: `${path} 超过 ${max} 个字符` };
  }
  if (isId && /[\t\n\r]/.test(value)) {
    return { field: path, en: `${path} must be on one line`, zh: `${path} 不得换行` };
  }
  // Only whitespace is a mistake, not text; an empty value is left to the field's own rule (some may be empty).
  if (required && value.length > 0 && value.trim() === '') {
    return { field: path, en: `${path} must not be only whitespace`, zh: `${path} 不能只有空白字符` };
  }
  return null;
}

function checkNumber(value: number, path: string, name: string): InputIssue | null {
  const range = NUMBER_KINDS.find((kind) => kind.test(name))?.range ?? COUNT;
  if (!Number.isFinite(value) || value < range.min || value > range.max) {
    return {
      field: path,
      en: `${path} must be ${range.kind.en} between ${range.min} and ${range.max}, got ${value}`,
      zh: `${path} 须为 ${range.min} 至 ${range.max} 之间的${range.kind.zh}，收到 ${value}`,
    };
  }
  return null;
}

function checkDate(value: unknown, path: string): InputIssue | null {
  const text = value instanceof Date ? (Number.isNaN(value.getTime()) ? '' : value.toISOString()) : String(value);
  const day = text.slice(0, 10);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(day) || day < DATE_RANGE.min || day > DATE_RANGE.max) {
    return {
      field: path,
      en: `${path} must be a date between ${DATE_RANGE.min} and ${DATE_RANGE.max}`,
      zh: `${path} 须为 ${DATE_RANGE.min} 至 ${DATE_RANGE.max} 之间的日期`,
    };
  }
  return null;
}

/** The first issue of a value against its declared input type, or null when it passes. */
export function checkInputValue(value: unknown, type: GraphQLInputType, path: string, name: string): InputIssue | null {
  if (value === null || value === undefined) return null;
  const required = isNonNullType(type);
  const nullable = getNullableType(type);
  if (isListType(nullable)) {
    if (!Array.isArray(value)) return checkInputValue(value, nullable.ofType, path, name);
    for (const [index, item] of value.entries()) {
      const issue = checkInputValue(item, nullable.ofType, `${path}.${index}`, name);
      if (issue) return issue;
    }
    return null;
  }
  if (isInputObjectType(nullable)) {
    const fields = nullable.getFields();
    for (const [fieldName, field] of Object.entries(fields)) {
      const issue = checkInputValue(
        (value as Record<string, unknown>)[fieldName],
        field.type,
        `${path}.${fieldName}`,
        fieldName,
      );
      if (issue) return issue;
    }
    return null;
  }
  if (isEnumType(nullable)) return null;
  const named = getNamedType(nullable);
  if (!isScalarType(named)) return null;
  if (DATE_SCALARS.has(named.name)) return checkDate(value, path);
  if (typeof value === 'string') return checkText(value, path, named.name, required);
  if (typeof value === 'number') return checkNumber(value, path, name);
  return null;
}

interface ValidationIssue {
  property: string;
  constraints?: Record<string, string>;
  children?: ValidationIssue[];
}

/** Every failed class-validator constraint with the dotted path of its value, nested inputs included. */
export function validationIssues(
  issues: readonly ValidationIssue[],
  parent = '',
): Array<{ field: string; text: string }> {
  return issues.flatMap((issue) => {
    const field = parent ? `${parent}.${issue.property}` : issue.property;
    const own = Object.values(issue.constraints ?? {}).map((text) => ({ field, text }));
    return [...own, ...validationIssues(issue.children ?? [], field)];
  });
}

/** A class-validator refusal as BAD_USER_INPUT: every failed constraint named by its path, in both languages. */
export function validationRefusal(error: ArgumentValidationError, argumentName = '') {
  const issues = validationIssues(error.extensions.validationErrors as ValidationIssue[], argumentName);
  const details = issues.map((issue) => `${issue.field}: ${issue.text}`).join('; ') || 'a value is not valid';
  return badInput(`Invalid input: ${details}`, `输入无效：${details}`, {
    ...(issues[0] ? { field: issues[0].field } : {}),
  });
}

/**
 * A type-graphql global middleware: every field's arguments, checked against their declared types before the
 * resolver runs. A refusal is the field's own BAD_USER_INPUT with `extensions.field`, so the rest of the
 * answer stands. The input classes' own rules (class-validator) run after it; their refusals get the path
 * from the argument down (`input.title`), which class-validator alone does not know.
 */
export const checkArguments: MiddlewareFn = ({ args, info }, next) => {
  const definition = info.parentType.getFields()[info.fieldName];
  if (!definition?.args.length) return next();
  for (const argument of definition.args) {
    const issue = checkInputValue(args[argument.name], argument.type, argument.name, argument.name);
    if (issue) throw badInput(issue.en, issue.zh, { field: issue.field });
  }
  const inputArguments = definition.args.filter((argument) => isInputObjectType(getNamedType(argument.type)));
  return Promise.resolve(next()).catch((error: unknown) => {
    if (!(error instanceof ArgumentValidationError)) throw error;
    const target = (error.extensions.validationErrors[0]?.target as object | undefined)?.constructor?.name;
    const argument =
      inputArguments.length === 1
        ? inputArguments[0]
        : inputArguments.find((candidate) => getNamedType(candidate.type).name === target);
    throw validationRefusal(error, argument?.name ?? '');
  });
};
