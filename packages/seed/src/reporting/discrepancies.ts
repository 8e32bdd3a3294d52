import type { Random } from '../random.js';
import type { ReportFigures } from './figures.js';
import { between, shuffled } from './sampling.js';

export type NumericSectionKey = 'policy' | 'management' | 'funds';

interface AdjustableFigure {
  name: string;
  section: NumericSectionKey;
  /** Directions the figure may move without breaking the report's own invariants. */
  signs: ReadonlyArray<1 | -1>;
  get(figures: ReportFigures): number;
  set(figures: ReportFigures, value: number): void;
}

/*
 * Figures a careless consolidation might get wrong, chosen so that none feeds another (no balance to
 * recompute) and the report stays internally valid: households may only go down (persons ≥ households),
 * paid-via-bank only down (≤ disbursed). Persons move by at most 8% and households are at most 1/1.8 of
 * them, so persons stay ≥ households either way.
 */
const ADJUSTABLE: readonly AdjustableFigure[] = [
  {
    name: 'policy.ruralPersons',
    section: 'policy',
    signs: [1, -1],
    get: (f) => f.policy.ruralPersons,
    set: (f, value) => void (f.policy.ruralPersons = value),
  },
  {
    name: 'policy.urbanPersons',
    section: 'policy',
    signs: [1, -1],
    get: (f) => f.policy.urbanPersons,
    set: (f, value) => void (f.policy.urbanPersons = value),
  },
  {
    name: 'policy.ruralHouseholds',
    section: 'policy',
    signs: [-1],
    get: (f) => f.policy.ruralHouseholds,
    set: (f, value) => void (f.policy.ruralHouseholds = value),
  },
  {
    name: 'management.householdVisits',
    section: 'management',
    signs: [1, -1],
    get: (f) => f.management.householdVisits,
    set: (f, value) => void (f.management.householdVisits = value),
  },
  {
    name: 'management.dynamicReviews',
    section: 'management',
    signs: [1, -1],
    get: (f) => f.management.dynamicReviews,
    set: (f, value) => void (f.management.dynamicReviews = value),
  },
  {
    name: 'funds.paidViaBankFen',
    section: 'funds',
    signs: [-1],
    get: (f) => f.funds.paidViaBankFen,
    set: (f, value) => void (f.funds.paidViaBankFen = value),
  },
];

/** Figures at this size still differ by 3–8% after rounding to whole units. */
const MIN_ADJUSTABLE_VALUE = 200;

/**
 * Moves one or two figures of a prefecture's consolidated figures 3.5–7.5% away from the county sums (a
 * margin inside the 3–8% promised, for rounding), in sections the report keeps. Returns their names.
 */
export function introduceDiscrepancy(
  random: Random,
  figures: ReportFigures,
  keptSections: ReadonlySet<NumericSectionKey>,
): string[] {
  const candidates = ADJUSTABLE.filter(
    (figure) => keptSections.has(figure.section) && figure.get(figures) >= MIN_ADJUSTABLE_VALUE,
  );
  const chosen = shuffled(random, candidates).slice(0, random() < 0.5 ? 1 : 2);
  for (const figure of chosen) {
    const sign = figure.signs[Math.floor(random() * figure.signs.length)] ?? 1;
    figure.set(figures, Math.round(figure.get(figures) * (1 + sign * between(random, 0.035, 0.075))));
  }
  return chosen.map((figure) => figure.name).sort();
}
