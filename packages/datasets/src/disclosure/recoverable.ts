import type { AdditiveRelation } from './suppression.js';

/**
 * A prime below 2^26.5, so that the product of two residues stays an exact double. Whether a withheld cell is
 * determined is a question of linear algebra over the rationals; the relations have coefficients ±1, whose
 * eliminations never produce multiples of a prime this large, so working modulo it gives the same answer
 * without fractions that grow.
 */
const PRIME = 67_108_859;

const mod = (value: number) => ((value % PRIME) + PRIME) % PRIME;

function inverse(value: number): number {
  // Fermat: value^(p-2) mod p.
  let result = 1;
  let base = mod(value);
  let exponent = PRIME - 2;
  while (exponent > 0) {
    if (exponent % 2 === 1) result = (result * base) % PRIME;
    base = (base * base) % PRIME;
    exponent = Math.floor(exponent / 2);
  }
  return result;
}

export interface RecoverableCells {
  /** Withheld cells whose exact value follows from the published cells and the relations. */
  recoverable: string[];
  /** Withheld cells in components larger than the limit, not checked. */
  unaudited: number;
}

/**
 * Which withheld cells a reader could compute exactly. Each relation is an equation over the withheld cells
 * (published cells are constants); a withheld cell is determined exactly when its unit vector lies in the row
 * space of those equations, i.e. when the reduced row echelon form has a row with that single entry.
 * Unrelated groups of withheld cells are solved apart.
 */
export function recoverableCells(
  relations: readonly AdditiveRelation[],
  suppressed: ReadonlySet<string>,
  options: { limit?: number } = {},
): RecoverableCells {
  const limit = options.limit ?? Number.POSITIVE_INFINITY;
  // Equations over withheld cells only: total − Σ parts = (known).
  const equations: Array<Map<string, number>> = [];
  for (const relation of relations) {
    const equation = new Map<string, number>();
    const add = (id: string, coefficient: number) => {
      if (!suppressed.has(id)) return;
      const next = mod((equation.get(id) ?? 0) + coefficient);
      if (next === 0) equation.delete(id);
      else equation.set(id, next);
    };
    add(relation.total, 1);
    for (const part of relation.parts) add(part, -1);
    if (equation.size > 0) equations.push(equation);
  }

  // Components of withheld cells linked by equations (union-find).
  const parent = new Map<string, string>();
  const find = (id: string): string => {
    let root = id;
    while (parent.get(root) !== root) root = parent.get(root) as string;
    let node = id;
    while (node !== root) {
      const next = parent.get(node) as string;
      parent.set(node, root);
      node = next;
    }
    return root;
  };
  for (const equation of equations) {
    const ids = [...equation.keys()];
    for (const id of ids) if (!parent.has(id)) parent.set(id, id);
    const first = ids[0] as string;
    for (const id of ids.slice(1)) parent.set(find(id), find(first));
  }
  const components = new Map<string, { cells: string[]; equations: Array<Map<string, number>> }>();
  for (const id of parent.keys()) {
    const root = find(id);
    const component = components.get(root) ?? { cells: [], equations: [] };
    component.cells.push(id);
    components.set(root, component);
  }
  for (const equation of equations) {
    const root = find(equation.keys().next().value as string);
    components.get(root)?.equations.push(equation);
  }

  const recoverable: string[] = [];
  let unaudited = 0;
  for (const component of components.values()) {
    if (component.cells.length > limit) {
      unaudited += component.cells.length;
      continue;
    }
    recoverable.push(...determined(component.cells, component.equations));
  }
  return { recoverable: recoverable.sort(), unaudited };
}

/** Gauss–Jordan elimination modulo PRIME; returns the cells with a row of their own in the reduced form. */
function determined(cells: string[], equations: Array<Map<string, number>>): string[] {
  const column = new Map(cells.map((id, index) => [id, index]));
  const width = cells.length;
  const rows: Float64Array[] = equations.map((equation) => {
    const row = new Float64Array(width);
    for (const [id, coefficient] of equation) row[column.get(id) as number] = coefficient;
    return row;
  });
  const pivots: number[] = [];
  let rank = 0;
  for (let col = 0; col < width && rank < rows.length; col++) {
    let pivot = -1;
    for (let r = rank; r < rows.length; r++) {
      if ((rows[r] as Float64Array)[col] !== 0) {
        pivot = r;
        break;
      }
    }
    if (pivot < 0) continue;
    const pivotRow = rows[pivot] as Float64Array;
    rows[pivot] = rows[rank] as Float64Array;
    rows[rank] = pivotRow;
    const scale = inverse(pivotRow[col] as number);
    for (let c = col; c < width; c++) pivotRow[c] = ((pivotRow[c] as number) * scale) % PRIME;
    for (let r = 0; r < rows.length; r++) {
      if (r === rank) continue;
      const row = rows[r] as Float64Array;
      const factor = row[col] as number;
      if (factor === 0) continue;
      for (let c = col; c < width; c++) {
        const value = pivotRow[c] as number;
        if (value !== 0) row[c] = mod((row[c] as number) - ((factor * value) % PRIME));
      }
    }
    pivots.push(col);
    rank++;
  }
  const found: string[] = [];
  pivots.forEach((col, r) => {
    const row = rows[r] as Float64Array;
    let nonZero = 0;
    for (let c = 0; c < width && nonZero < 2; c++) if (row[c] !== 0) nonZero++;
    if (nonZero === 1) found.push(cells[col] as string);
  });
  return found;
}
