import { DEFAULT_SUPPRESSION_THRESHOLD } from '../release-format.js';
import { recoverableCells } from './recoverable.js';

/** A count about persons that may have to be withheld. */
export interface DisclosureCell {
  id: string;
  /**
   * The count; null when the cell does not apply (a county without an accepted report). A null cell is
   * published as empty, counts as a known zero in every sum and is never suppressed.
   */
  value: number | null;
  /** Breaks ties between equal counts, so the outcome never depends on input order: the region code first. */
  order: string;
}

/**
 * A relation a reader can rely on: `total` is the sum of `parts` (a region and its children, or a total and
 * the values of one breakdown). Published cells of a relation let a reader compute a lone withheld one.
 */
export interface AdditiveRelation {
  total: string;
  parts: readonly string[];
}

export interface SuppressionOptions {
  /** Counts from 1 to threshold − 1 are withheld (default 5). */
  threshold?: number;
  /**
   * After the rule "no relation with exactly one withheld cell", check by linear algebra that no withheld cell
   * can be computed from all relations together, and withhold more until none can. Components with more
   * withheld cells than this are left to the rule alone (default 4,000; 0 turns the check off).
   */
  auditLimit?: number;
}

export interface SuppressionResult {
  /** Every withheld cell. */
  suppressed: Set<string>;
  /** Withheld because the count itself is below the threshold. */
  primary: Set<string>;
  /** Withheld only so that a primary cell cannot be computed from totals. */
  secondary: Set<string>;
  /** Withheld cells that could still be computed and nothing more could be withheld to prevent it. */
  unprotected: string[];
  /** Withheld cells in components too large for the exact check (protected by the relation rule only). */
  unaudited: number;
}

/**
 * Zero is not suppressed: it says that nobody in the cell exists, which discloses nothing about any person,
 * and withholding zeros would hide most of a sparse table for no protection.
 */
export const isBelowThreshold = (value: number | null, threshold: number) =>
  value !== null && value > 0 && value < threshold;

/** Smallest non-zero count first (withholding a zero protects little), then smallest count, then order. */
function compareCandidates(a: DisclosureCell, b: DisclosureCell): number {
  const aValue = a.value ?? 0;
  const bValue = b.value ?? 0;
  if ((aValue === 0) !== (bValue === 0)) return aValue === 0 ? 1 : -1;
  if (aValue !== bValue) return aValue - bValue;
  return a.order < b.order ? -1 : a.order > b.order ? 1 : 0;
}

/**
 * Primary and secondary cell suppression. Primary: counts from 1 to threshold − 1. Secondary: until no
 * relation (total = sum of parts) has exactly one withheld cell, a relation with one withheld cell gets the
 * smallest published part withheld as well (the total only when no part is left): a lone withheld child next
 * to a published parent, a withheld parent over published children, a single child equal to its parent. The
 * repetition carries the protection up and down the hierarchy. An exact check then looks for withheld cells
 * that several relations together still determine and withholds more where it finds one.
 *
 * The check is about exact values: a reader still learns bounds (every count is ≥ 0, a withheld primary count
 * is below the threshold), as with any cell suppression.
 */
export function suppressCells(
  cells: readonly DisclosureCell[],
  relations: readonly AdditiveRelation[],
  options: SuppressionOptions = {},
): SuppressionResult {
  const threshold = options.threshold ?? DEFAULT_SUPPRESSION_THRESHOLD;
  const auditLimit = options.auditLimit ?? 4_000;
  if (!Number.isInteger(threshold) || threshold < 1) throw new RangeError(`threshold must be a positive integer`);

  const byId = new Map<string, DisclosureCell>();
  for (const cell of cells) {
    if (byId.has(cell.id)) throw new Error(`Duplicate disclosure cell ${cell.id}`);
    if (cell.value !== null && (!Number.isFinite(cell.value) || cell.value < 0)) {
      throw new RangeError(`Cell ${cell.id}: a count must be ≥ 0, got ${cell.value}`);
    }
    byId.set(cell.id, cell);
  }
  const relationsOf = new Map<string, number[]>();
  relations.forEach((relation, index) => {
    for (const id of [relation.total, ...relation.parts]) {
      if (!byId.has(id)) throw new Error(`Relation ${index} names an unknown cell ${id}`);
      const list = relationsOf.get(id);
      if (list) list.push(index);
      else relationsOf.set(id, [index]);
    }
  });

  const primary = new Set(cells.filter((cell) => isBelowThreshold(cell.value, threshold)).map((cell) => cell.id));
  const suppressed = new Set(primary);
  const cellOf = (id: string) => byId.get(id) as DisclosureCell;
  const publishable = (id: string) => !suppressed.has(id) && cellOf(id).value !== null;

  /** The next cell to withhold in a relation with exactly one withheld cell, or undefined if none can be. */
  const pickFor = (relation: AdditiveRelation): string | undefined => {
    const parts = relation.parts.filter(publishable).map(cellOf).sort(compareCandidates);
    if (parts[0]) return parts[0].id;
    return publishable(relation.total) ? relation.total : undefined;
  };
  const withheldIn = (relation: AdditiveRelation) =>
    (suppressed.has(relation.total) ? 1 : 0) + relation.parts.filter((id) => suppressed.has(id)).length;

  const stuck = new Set<number>();
  /** Applies the relation rule until it holds everywhere (or a relation cannot be helped). */
  const settle = (start: Iterable<number>) => {
    const queue = [...start];
    const queued = new Set(queue);
    for (let head = 0; head < queue.length; head++) {
      const index = queue[head] as number;
      queued.delete(index);
      const relation = relations[index] as AdditiveRelation;
      if (withheldIn(relation) !== 1) continue;
      const pick = pickFor(relation);
      if (pick === undefined) {
        stuck.add(index);
        continue;
      }
      suppressed.add(pick);
      for (const next of relationsOf.get(pick) ?? []) {
        if (!queued.has(next)) {
          queued.add(next);
          queue.push(next);
        }
      }
    }
  };
  settle(relations.keys());

  const unprotected = new Set<string>();
  let unaudited = 0;
  if (auditLimit > 0) {
    for (;;) {
      const audit = recoverableCells(relations, suppressed, { limit: auditLimit });
      unaudited = audit.unaudited;
      const open = audit.recoverable
        .filter((id) => !unprotected.has(id))
        .map(cellOf)
        .sort((a, b) => (a.order < b.order ? -1 : a.order > b.order ? 1 : a.id < b.id ? -1 : 1));
      const target = open[0];
      if (!target) break;
      // Withhold the smallest published cell that shares a relation with it; parts before totals.
      const sharing = (relationsOf.get(target.id) ?? []).map((index) => relations[index] as AdditiveRelation);
      const parts = sharing.flatMap((relation) => relation.parts.filter(publishable)).map(cellOf);
      const totals = sharing
        .map((relation) => relation.total)
        .filter(publishable)
        .map(cellOf);
      const pick = [...parts].sort(compareCandidates)[0] ?? [...totals].sort(compareCandidates)[0];
      if (!pick) {
        unprotected.add(target.id);
        continue;
      }
      suppressed.add(pick.id);
      settle(relationsOf.get(pick.id) ?? []);
    }
  } else {
    for (const index of stuck) {
      const relation = relations[index] as AdditiveRelation;
      if (withheldIn(relation) === 1) {
        const lone = [relation.total, ...relation.parts].find((id) => suppressed.has(id));
        if (lone) unprotected.add(lone);
      }
    }
  }

  const secondary = new Set([...suppressed].filter((id) => !primary.has(id)));
  return { suppressed, primary, secondary, unprotected: [...unprotected].sort(), unaudited };
}
