import { GraphQLError } from 'graphql';
import type { Plugin } from 'graphql-yoga';

type Path = ReadonlyArray<string | number>;

/**
 * Puts each error of a batched entity fetch back at the path of the field that failed.
 *
 * The gateway fetches the fields a subgraph adds to `Region` for many regions in one `_entities` call. An
 * error inside it (`_entities.3.complaintStats`) loses its index there, and the gateway reports it at the
 * path of the first region in the batch: `regions.children.complaintStats` without an index, or `own.x`
 * where `other.x` was refused. The data is right (the refused field is null); only the error's path is not.
 *
 * Every misplaced error (its path does not end at a null in the data) is moved to a null field of the same
 * name that no other error claims, preferring one whose path differs least: list indexes put back first,
 * then other aliases. Errors of a batch come in the order of its keys, which is the order of the data.
 */
export function useEntityErrorPaths(): Plugin {
  return {
    onExecute() {
      return {
        onExecuteDone({ result, setResult }) {
          if (!('errors' in result) || !result.errors?.length || !result.data) return;
          const errors = relocateErrors(result.data as Record<string, unknown>, result.errors);
          if (errors !== result.errors) setResult({ ...result, errors });
        },
      };
    },
  };
}

function valueAt(data: unknown, path: Path): { found: boolean; value: unknown } {
  let value: unknown = data;
  for (const step of path) {
    if (value === null || typeof value !== 'object') return { found: false, value: undefined };
    if (Array.isArray(value) !== (typeof step === 'number')) return { found: false, value: undefined };
    if (!(step in (value as Record<string | number, unknown>))) return { found: false, value: undefined };
    value = (value as Record<string | number, unknown>)[step];
  }
  return { found: true, value };
}

/** Paths of every null field of the given name in the data, in document order. */
function nullFieldsNamed(data: unknown, name: string, path: Array<string | number> = []): Path[] {
  if (data === null || typeof data !== 'object') return [];
  if (Array.isArray(data)) return data.flatMap((item, index) => nullFieldsNamed(item, name, [...path, index]));
  return Object.entries(data).flatMap(([key, value]) =>
    value === null && key === name ? [[...path, key]] : nullFieldsNamed(value, name, [...path, key]),
  );
}

const named = (path: Path) => path.filter((step) => typeof step === 'string');
const samePath = (a: Path, b: Path) => a.length === b.length && a.every((step, index) => step === b[index]);

/** How far a candidate is from where the gateway put the error: same fields and aliases first. */
function distance(from: Path, to: Path): number {
  const a = named(from);
  const b = named(to);
  if (a.length !== b.length) return Number.POSITIVE_INFINITY;
  return a.reduce((differences, step, index) => differences + (step === b[index] ? 0 : 1), 0);
}

export function relocateErrors(
  data: Record<string, unknown>,
  errors: readonly GraphQLError[],
): readonly GraphQLError[] {
  const isPlaced = (error: GraphQLError) => {
    if (!error.path?.length) return true;
    const { found, value } = valueAt(data, error.path);
    return found && value === null;
  };
  if (errors.every(isPlaced)) return errors;
  const claimed = errors.filter((error) => error.path?.length && isPlaced(error)).map((error) => error.path!);
  return errors.map((error) => {
    if (isPlaced(error)) return error;
    const path = error.path!;
    const candidates = nullFieldsNamed(data, String(path.at(-1)))
      .filter((candidate) => !claimed.some((taken) => samePath(taken, candidate)))
      .map((candidate) => ({ candidate, cost: distance(path, candidate) }))
      .filter(({ cost }) => Number.isFinite(cost));
    const best = candidates.reduce<{ candidate: Path; cost: number } | undefined>(
      (chosen, next) => (!chosen || next.cost < chosen.cost ? next : chosen),
      undefined,
    );
    if (!best) return error;
    claimed.push(best.candidate);
    return new GraphQLError(error.message, {
      nodes: error.nodes,
      source: error.source,
      positions: error.positions,
      path: best.candidate,
      originalError: error.originalError,
      extensions: error.extensions,
    });
  });
}
