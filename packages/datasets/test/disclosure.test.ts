import { describe, expect, it } from 'vitest';
import {
  recoverableCells,
  regionSums,
  suppressCells,
  suppressTable,
  type AdditiveRelation,
  type DatasetRow,
  type DisclosureCell,
} from '../src/index.js';

/** A region tree: code → [count, children]. Cells are named by region code and ordered by it. */
interface Node {
  code: string;
  value: number;
  children?: Node[];
}

function flatten(root: Node): { cells: DisclosureCell[]; relations: AdditiveRelation[] } {
  const cells: DisclosureCell[] = [];
  const relations: AdditiveRelation[] = [];
  const visit = (node: Node) => {
    cells.push({ id: node.code, value: node.value, order: node.code });
    if (node.children?.length) {
      relations.push({ total: node.code, parts: node.children.map((child) => child.code) });
      node.children.forEach(visit);
    }
  };
  visit(root);
  return { cells, relations };
}

const suppressedOf = (root: Node, options = {}) => {
  const { cells, relations } = flatten(root);
  const result = suppressCells(cells, relations, options);
  return { ...result, list: [...result.suppressed].sort(), cells, relations };
};

const sum = (children: Node[]) => children.reduce((total, child) => total + child.value, 0);
const parent = (code: string, children: Node[]): Node => ({ code, value: sum(children), children });
const leaf = (code: string, value: number): Node => ({ code, value });

describe('primary suppression', () => {
  it('withholds counts from 1 to 4 and publishes zeros and counts of 5 or more', () => {
    const tree = parent('630000', [leaf('630100', 0), leaf('630200', 5), leaf('630300', 12), leaf('630400', 30)]);
    expect(suppressedOf(tree).list).toEqual([]);
    const withOne = parent('630000', [leaf('630100', 1), leaf('630200', 5), leaf('630300', 12)]);
    expect(suppressedOf(withOne).primary).toEqual(new Set(['630100']));
  });

  it('takes another threshold', () => {
    const tree = parent('630000', [leaf('630100', 7), leaf('630200', 9), leaf('630300', 12)]);
    const result = suppressedOf(tree, { threshold: 10 });
    expect([...result.primary].sort()).toEqual(['630100', '630200']);
    expect(result.secondary.size).toBe(0);
  });

  it('never withholds a cell that does not apply (null)', () => {
    const cells: DisclosureCell[] = [
      { id: 'p', value: 9, order: 'p' },
      { id: 'a', value: 3, order: 'a' },
      { id: 'b', value: null, order: 'b' },
      { id: 'c', value: 6, order: 'c' },
    ];
    const result = suppressCells(cells, [{ total: 'p', parts: ['a', 'b', 'c'] }]);
    expect([...result.suppressed].sort()).toEqual(['a', 'c']);
  });

  it('refuses negative counts and duplicate cells', () => {
    expect(() => suppressCells([{ id: 'a', value: -1, order: 'a' }], [])).toThrow(/≥ 0/);
    expect(() =>
      suppressCells(
        [
          { id: 'a', value: 1, order: 'a' },
          { id: 'a', value: 2, order: 'a' },
        ],
        [],
      ),
    ).toThrow(/Duplicate/);
  });
});

describe('secondary suppression', () => {
  it('withholds the next-smallest sibling of a lone withheld child', () => {
    const tree = parent('630100', [leaf('630102', 3), leaf('630103', 10), leaf('630104', 7), leaf('630105', 22)]);
    const result = suppressedOf(tree);
    expect(result.list).toEqual(['630102', '630104']);
    expect(result.secondary).toEqual(new Set(['630104']));
    expect(recoverableCells(result.relations, result.suppressed).recoverable).toEqual([]);
  });

  it('needs no secondary cell when two children are already withheld', () => {
    const tree = parent('630100', [leaf('630102', 2), leaf('630103', 4), leaf('630104', 15)]);
    expect(suppressedOf(tree).secondary.size).toBe(0);
  });

  it('prefers a non-zero sibling to a zero, which would protect nothing', () => {
    const tree = parent('630100', [leaf('630102', 3), leaf('630103', 0), leaf('630104', 9), leaf('630105', 8)]);
    expect(suppressedOf(tree).list).toEqual(['630102', '630105']);
  });

  it('breaks ties between equal siblings by region code, whatever the input order', () => {
    const children = [leaf('630105', 7), leaf('630103', 7), leaf('630102', 2), leaf('630104', 14)];
    expect(suppressedOf(parent('630100', children)).list).toEqual(['630102', '630103']);
    expect(suppressedOf(parent('630100', [...children].reverse())).list).toEqual(['630102', '630103']);
  });

  it('withholds a child of a parent whose own total is withheld while all its children are published', () => {
    // The province publishes 40; prefecture 630100 (4) is primary, so its sibling 630200 goes too, and then
    // 630200's total would follow from its published counties: one of them is withheld as well.
    const tree = parent('630000', [
      parent('630100', [leaf('630102', 0), leaf('630103', 4)]),
      parent('630200', [leaf('630202', 9), leaf('630203', 8)]),
      parent('630300', [leaf('630302', 11), leaf('630303', 17)]),
    ]);
    const result = suppressedOf(tree);
    expect(result.primary).toEqual(new Set(['630100', '630103']));
    expect(result.list).toEqual(['630100', '630103', '630200', '630203']);
    expect(recoverableCells(result.relations, result.suppressed).recoverable).toEqual([]);
  });

  it('carries the protection up two levels and back down', () => {
    // A county of 3 in a prefecture of 4: the prefecture is primary itself; at the province it is the lone
    // withheld prefecture, so the smallest other prefecture goes, and below it the smallest county.
    const tree = parent('630000', [
      parent('630100', [leaf('630102', 1), leaf('630103', 3)]),
      parent('630200', [leaf('630202', 30), leaf('630203', 12), leaf('630204', 6)]),
      parent('632200', [leaf('632221', 25), leaf('632222', 26)]),
    ]);
    const result = suppressedOf(tree);
    expect(result.list).toEqual(['630100', '630102', '630103', '630200', '630204']);
    // Nothing can be worked out: every relation has none or at least two withheld cells, and jointly none.
    for (const relation of result.relations) {
      const withheld = [relation.total, ...relation.parts].filter((id) => result.suppressed.has(id)).length;
      expect(withheld === 0 || withheld >= 2).toBe(true);
    }
    expect(recoverableCells(result.relations, result.suppressed).recoverable).toEqual([]);
  });

  it('protects a lone withheld county by its sibling, leaving the prefecture published', () => {
    const tree = parent('630000', [
      parent('630100', [leaf('630102', 3), leaf('630103', 8), leaf('630104', 40)]),
      parent('630200', [leaf('630202', 20), leaf('630203', 21)]),
    ]);
    expect(suppressedOf(tree).list).toEqual(['630102', '630103']);
  });

  it('withholds a child below a secondarily withheld parent with a single child', () => {
    // 630100 is primary; its sibling 630200 goes as well, and 630200's only county then equals it.
    const result = suppressedOf(
      parent('630000', [parent('630100', [leaf('630102', 3)]), parent('630200', [leaf('630202', 9)])]),
    );
    expect(result.list).toEqual(['630100', '630102', '630200', '630202']);
    expect(recoverableCells(result.relations, result.suppressed).recoverable).toEqual([]);
  });

  it('withholds the total when no other part is left', () => {
    // Totals may hold more than their parts (a province's own accountability cases): a province of 6 whose
    // single prefecture has 3 must not show 6 next to a withheld 3 as if nothing else could be inferred.
    const result = suppressCells(
      [
        { id: '630000', value: 6, order: '630000' },
        { id: '630100', value: 3, order: '630100' },
      ],
      [{ total: '630000', parts: ['630100'] }],
    );
    expect([...result.suppressed].sort()).toEqual(['630000', '630100']);
    expect(result.secondary).toEqual(new Set(['630000']));
  });

  it('reports a withheld cell nothing more can protect', () => {
    const result = suppressCells(
      [
        { id: 'T', value: null, order: 'T' },
        { id: 'a', value: 2, order: 'a' },
        { id: 'b', value: null, order: 'b' },
      ],
      [{ total: 'T', parts: ['a', 'b'] }],
    );
    expect(result.unprotected).toEqual(['a']);
  });

  it('is deterministic', () => {
    const tree = parent('630000', [
      parent('630100', [leaf('630102', 2), leaf('630103', 7), leaf('630104', 7)]),
      parent('630200', [leaf('630202', 6), leaf('630203', 1)]),
    ]);
    expect(suppressedOf(tree).list).toEqual(suppressedOf(tree).list);
  });
});

describe('relations across breakdowns', () => {
  /**
   * A table with row and column totals (regions × categories): two blocks of four withheld cells joined by a
   * single withheld cell. Every row and column has at least two withheld cells, yet the joining cell follows
   * from two rows minus two columns; the exact check finds it and withholds more.
   */
  function bridgeTable() {
    const values = [
      [1, 2, 9, 10],
      [3, 4, 2, 11],
      [12, 13, 1, 3],
      [14, 15, 4, 2],
    ];
    const cells: DisclosureCell[] = [];
    const relations: AdditiveRelation[] = [];
    const id = (r: number, c: number) => `r${r}c${c}`;
    values.forEach((row, r) => row.forEach((value, c) => cells.push({ id: id(r, c), value, order: id(r, c) })));
    values.forEach((row, r) => {
      cells.push({ id: `r${r}`, value: row.reduce((a, b) => a + b, 0), order: `r${r}` });
      relations.push({ total: `r${r}`, parts: row.map((_, c) => id(r, c)) });
    });
    for (let c = 0; c < 4; c++) {
      cells.push({ id: `c${c}`, value: values.reduce((a, row) => a + (row[c] as number), 0), order: `c${c}` });
      relations.push({ total: `c${c}`, parts: values.map((_, r) => id(r, c)) });
    }
    return { cells, relations };
  }

  it('finds a cell the simple rule leaves computable', () => {
    const { cells, relations } = bridgeTable();
    const ruleOnly = suppressCells(cells, relations, { auditLimit: 0 });
    expect(recoverableCells(relations, ruleOnly.suppressed).recoverable).toEqual(['r1c2']);
  });

  it('withholds more until no withheld cell can be computed', () => {
    const { cells, relations } = bridgeTable();
    const result = suppressCells(cells, relations);
    expect(result.suppressed.has('r1c2')).toBe(true);
    expect(result.secondary.size).toBeGreaterThan(0);
    expect(result.unprotected).toEqual([]);
    expect(recoverableCells(relations, result.suppressed).recoverable).toEqual([]);
  });

  it('solves relations exactly: a lone unknown, and a pair that is not determined', () => {
    const relations = [
      { total: 'T', parts: ['a', 'b', 'c'] },
      { total: 'U', parts: ['d', 'e'] },
    ];
    expect(recoverableCells(relations, new Set(['a'])).recoverable).toEqual(['a']);
    expect(recoverableCells(relations, new Set(['a', 'b', 'd', 'e'])).recoverable).toEqual([]);
    expect(recoverableCells(relations, new Set(['a', 'b']), { limit: 1 })).toEqual({ recoverable: [], unaudited: 2 });
  });
});

describe('suppressTable', () => {
  it('withholds person counts of rows, lists them and leaves other fields alone', () => {
    const rows: DatasetRow[] = [
      { year: 2024, region_code: '630000', parent_code: null, complaints: 21, findings: 2 },
      { year: 2024, region_code: '630100', parent_code: '630000', complaints: 4, findings: 1 },
      { year: 2024, region_code: '630200', parent_code: '630000', complaints: 9, findings: 1 },
      { year: 2024, region_code: '630300', parent_code: '630000', complaints: 8, findings: 0 },
    ];
    const sums = regionSums(rows, {
      group: (row) => String(row.year),
      region: (row) => row.region_code as string,
      parent: (row) => row.parent_code as string | null,
    });
    expect(sums).toEqual([{ total: 0, parts: [1, 2, 3] }]);
    const table = suppressTable(rows, ['complaints'], sums, { order: (row) => row.region_code as string });
    expect(table.suppressedCells).toBe(2);
    expect(table.primaryCells).toBe(1);
    expect(table.rows[1]).toEqual({ ...rows[1], complaints: null, suppressed: ['complaints'] });
    expect(table.rows[3]).toEqual({ ...rows[3], complaints: null, suppressed: ['complaints'] });
    expect(table.rows[2]).toEqual(rows[2]);
    expect(table.rows[1]!.findings).toBe(1);
    // The input is left as it was.
    expect(rows[1]!.complaints).toBe(4);
  });
});
