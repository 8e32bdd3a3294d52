import fc from 'fast-check';
import {
  buildClientSchema,
  getIntrospectionQuery,
  getNamedType,
  getNullableType,
  isEnumType,
  isInputObjectType,
  isLeafType,
  isListType,
  isNonNullType,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLSchema,
  type IntrospectionQuery,
} from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { roleValues } from '@dibao/domain';
import { subgraphNames } from '@dibao/gateway';
import { MAX_FEN, MAX_ID_LENGTH, MAX_TEXT_LENGTH } from '@dibao/server';
import { startTestHub, type TestHub } from '../support/hub.js';

/**
 * Every mutation of the supergraph, found by introspection (a new mutation is covered without a line here),
 * gets arguments of the right shape with exactly one bad value somewhere inside: a control character, a lone
 * surrogate, whitespace only, text too long, a year, amount or count out of range, a date out of range or
 * malformed, an Int beyond 32 bits, an unknown enum value. The caller holds every role at the province, so
 * authorisation lets the input through to be checked. Each call must be refused with a coded input error (never
 * a 500 or INTERNAL_SERVER_ERROR), and no table of any subgraph, audit records included, may change.
 */

const RUNS_PER_MUTATION = 12;
const INPUT_CODES = new Set(['BAD_USER_INPUT', 'GRAPHQL_VALIDATION_FAILED']);

const REGION_CODES = ['630000', '630100', '630102', '630121', '632200'];
const SOME_UUID = '6f1d2c1e-8b7a-4c5e-9f00-0123456789ab';

/** A value of the right type, plausible enough to reach the checks of the field it belongs to. */
function validValue(type: GraphQLInputType, name: string, depth = 0): fc.Arbitrary<unknown> {
  if (isNonNullType(type)) return validValue(type.ofType, name, depth);
  if (isListType(type)) return fc.array(validValue(type.ofType, name, depth + 1), { minLength: 1, maxLength: 2 });
  if (isInputObjectType(type)) {
    const fields = Object.values(type.getFields());
    const entries: Record<string, fc.Arbitrary<unknown>> = {};
    for (const field of fields) {
      // Optional fields of nested inputs are sometimes left out, to reach other branches.
      const value = validValue(field.type, field.name, depth + 1);
      entries[field.name] = isNonNullType(field.type) ? value : fc.option(value, { nil: undefined, freq: 3 });
    }
    return fc.record(entries);
  }
  if (isEnumType(type)) return fc.constantFrom(...type.getValues().map((value) => value.name));
  switch (type.name) {
    case 'ID':
      return /code$/i.test(name) || name === 'under' || name === 'issuer'
        ? fc.constantFrom(...REGION_CODES)
        : fc.constantFrom(SOME_UUID, '630102:CIVIL_AFFAIRS', 'demo-official-1');
    case 'String':
      return fc.string({ minLength: 2, maxLength: 30 }).map((text) => `测试${text}`);
    case 'Int':
    case 'SafeInt':
      return name === 'year' || name.endsWith('Year') ? fc.integer({ min: 2020, max: 2026 }) : fc.nat(500);
    case 'Float':
      return fc.double({ min: 0, max: 100, noNaN: true });
    case 'Boolean':
      return fc.boolean();
    case 'DateTimeISO':
      return fc.constantFrom('2025-03-01T08:00:00.000Z', '2024-12-31T16:00:00.000Z');
    case 'LocalDate':
      return fc.constantFrom('2025-03-01', '2024-12-31');
    default:
      return fc.constant('x');
  }
}

interface Slot {
  /** Where the value sits: argument name, then field names and list indexes. */
  path: Array<string | number>;
  type: GraphQLInputType;
  name: string;
}

/** Every leaf of a generated value, with its declared type: where a bad value can go. */
function slotsOf(value: unknown, type: GraphQLInputType, name: string, path: Array<string | number>): Slot[] {
  if (value === undefined || value === null) return [];
  const nullable = getNullableType(type);
  if (isListType(nullable)) {
    return (value as unknown[]).flatMap((item, index) => slotsOf(item, nullable.ofType, name, [...path, index]));
  }
  if (isInputObjectType(nullable)) {
    return Object.values(nullable.getFields()).flatMap((field) =>
      slotsOf((value as Record<string, unknown>)[field.name], field.type, field.name, [...path, field.name]),
    );
  }
  return isLeafType(nullable) ? [{ path, type, name }] : [];
}

/** Values a leaf of this type and name must refuse. */
function badValues(slot: Slot): unknown[] {
  const named = getNamedType(slot.type);
  const required = isNonNullType(slot.type);
  if (isEnumType(named)) return ['NOT_A_VALUE', 42];
  switch (named.name) {
    case 'ID':
      return ['6301\u000002', 'x'.repeat(MAX_ID_LENGTH + 1), '\ud800', ...(required ? [' \t '] : [])];
    case 'String':
      return [
        'a\u0000b',
        'bell\u0007',
        'escape\u001b[31m',
        'lone \udc00 surrogate',
        'x'.repeat(MAX_TEXT_LENGTH + 1),
        ...(required ? ['   ', '\n\t '] : []),
      ];
    case 'Int':
    case 'SafeInt':
      if (slot.name === 'year' || slot.name.endsWith('Year')) return [-5, 0, 1999, 2101, 2 ** 31 - 1];
      if (slot.name === 'month' || slot.name.endsWith('Month')) return [0, 13, -1];
      if (slot.name.endsWith('Fen')) return [-1, MAX_FEN + 1, 2 ** 53 + 2, 1.5];
      return [-1, -(2 ** 31), 2 ** 31, 1.5, 'many'];
    case 'Float':
      return [-1, 1e300, 'much'];
    case 'Boolean':
      return ['yes', 1];
    case 'DateTimeISO':
      return ['1900-01-01T00:00:00.000Z', '2999-01-01T00:00:00.000Z', 'yesterday', '2025-13-45T00:00:00Z'];
    case 'LocalDate':
      return ['1900-01-01', '2999-12-31', '2025-02-30', 'soon'];
    default:
      return ['\u0000'];
  }
}

function withValueAt(args: Record<string, unknown>, path: Array<string | number>, value: unknown) {
  const copy = structuredClone(args) as Record<string | number, unknown>;
  let target = copy;
  for (const step of path.slice(0, -1)) target = target[step] as Record<string | number, unknown>;
  target[path.at(-1)!] = value;
  return copy;
}

/** The arguments of a mutation with one bad value at one of its leaves (both chosen by fast-check). */
function badArguments(field: GraphQLField<unknown, unknown>) {
  const shape: Record<string, fc.Arbitrary<unknown>> = {};
  for (const argument of field.args) shape[argument.name] = validValue(argument.type, argument.name);
  return fc.tuple(fc.record(shape), fc.nat(), fc.nat()).map(([args, slotChoice, valueChoice]) => {
    const slots = field.args.flatMap((argument) =>
      slotsOf(args[argument.name], argument.type, argument.name, [argument.name]),
    );
    const slot = slots[slotChoice % slots.length]!;
    const bad = badValues(slot);
    const value = bad[valueChoice % bad.length];
    return { args: withValueAt(args, slot.path, value), at: slot.path.join('.'), value };
  });
}

function documentOf(field: GraphQLField<unknown, unknown>): string {
  const variables = field.args.map((argument) => `$${argument.name}: ${String(argument.type)}`).join(', ');
  const passed = field.args.map((argument) => `${argument.name}: $${argument.name}`).join(', ');
  const selection = isLeafType(getNamedType(field.type)) ? '' : ' { __typename }';
  return `mutation(${variables}) { ${field.name}(${passed})${selection} }`;
}

/** Rows of every table of every subgraph (audit records included): any write changes one of them. */
async function rowCounts(hub: TestHub): Promise<Record<string, number>> {
  const tables = await hub.adminQuery<{ name: string }>(
    `SELECT format('%I.%I', table_schema, table_name) AS name FROM information_schema.tables
      WHERE table_schema = ANY($1) AND table_type = 'BASE TABLE' ORDER BY 1`,
    [[...subgraphNames]],
  );
  const [row] = await hub.adminQuery<Record<string, string>>(
    `SELECT ${tables.map((table, index) => `(SELECT count(*) FROM ${table.name}) AS t${index}`).join(', ')}`,
  );
  return Object.fromEntries(tables.map((table, index) => [table.name, Number(row![`t${index}`])]));
}

describe('every mutation refuses bad input cleanly, through the gateway', () => {
  let hub: TestHub;
  let schema: GraphQLSchema;
  let token: string;

  beforeAll(async () => {
    hub = await startTestHub('e2e_mutation_input');
    const introspection = await hub.query<IntrospectionQuery>(getIntrospectionQuery());
    schema = buildClientSchema(introspection.data!);
    token = await hub.token({ subject: 'prop-tester', region: '630000', roles: [...roleValues] });
  });
  afterAll(async () => {
    await hub?.stop();
  });

  it('finds the mutations in the schema', () => {
    const names = Object.keys(schema.getMutationType()!.getFields());
    expect(names.length).toBeGreaterThan(50);
    expect(names).toContain('grantDeadlineException');
  });

  it('refuses one bad value in any argument of any mutation with a coded error and writes nothing', async () => {
    const mutations = Object.values(schema.getMutationType()!.getFields()).filter((field) => field.args.length > 0);
    for (const field of mutations) {
      const document = documentOf(field);
      const before = await rowCounts(hub);
      await fc.assert(
        fc.asyncProperty(badArguments(field), async ({ args, at, value }) => {
          const response = await hub.query(document, args, token);
          const context = `${field.name} with ${at} = ${JSON.stringify(value)?.slice(0, 40)}: ${JSON.stringify(response).slice(0, 400)}`;
          expect(response.status, context).toBeLessThan(500);
          expect(response.errors?.length, context).toBeGreaterThan(0);
          for (const error of response.errors ?? []) {
            expect(error.extensions?.code, context).toBeTruthy();
            expect(error.extensions?.code, context).not.toBe('INTERNAL_SERVER_ERROR');
          }
          expect(
            response.errors?.some((error) => INPUT_CODES.has(String(error.extensions?.code))),
            context,
          ).toBe(true);
          expect((response.data as Record<string, unknown> | undefined)?.[field.name] ?? null, context).toBeNull();
        }),
        { numRuns: RUNS_PER_MUTATION, seed: Number(process.env.PROPERTY_SEED ?? Date.now() % 2 ** 31) },
      );
      expect(await rowCounts(hub), `${field.name} wrote to the database`).toEqual(before);
    }
  }, 600_000);
});
