import { GraphQLError } from 'graphql';
import { describe, expect, it } from 'vitest';
import { relocateErrors } from '../src/error-paths.js';

const refused = (path: Array<string | number>, message = 'outside your scope') =>
  new GraphQLError(message, { path, extensions: { code: 'FORBIDDEN' } });

describe('relocateErrors', () => {
  it('leaves errors alone that already point at a null', () => {
    const errors = [refused(['region', 'oversightStats'])];
    expect(relocateErrors({ region: { name: 'x', oversightStats: null } }, errors)).toBe(errors);
  });

  it('puts back the list index a batched entity fetch lost, in order', () => {
    const data = { region: { children: [{ stats: null }, { stats: { n: 1 } }, { stats: null }] } };
    const errors = [refused(['region', 'children', 'stats'], 'a'), refused(['region', 'children', 'stats'], 'b')];
    const moved = relocateErrors(data, errors);
    expect(moved.map((error) => [error.path, error.message])).toEqual([
      [['region', 'children', 0, 'stats'], 'a'],
      [['region', 'children', 2, 'stats'], 'b'],
    ]);
    expect(moved[0]?.extensions.code).toBe('FORBIDDEN');
  });

  it('moves an error reported under the wrong alias to the alias that was refused', () => {
    const data = { own: { stats: { n: 1 } }, other: { stats: null } };
    expect(relocateErrors(data, [refused(['own', 'stats'])]).map((error) => error.path)).toEqual([['other', 'stats']]);
  });

  it('keeps an error with nowhere better to go where it was', () => {
    const data = { own: { stats: { n: 1 } } };
    const errors = [refused(['own', 'stats'])];
    expect(relocateErrors(data, errors)[0]?.path).toEqual(['own', 'stats']);
  });
});
