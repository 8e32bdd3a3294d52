import type { AccountabilitySubjectKind, Sanction } from '@dibao/domain';

import { chance, pickOne, type Random } from '../random.js';
import type { CaseSanctionSeed } from './types.js';

/** How often each gravity is decided for an official: mostly light measures, a few grave sanctions. */
const GRAVITY_WEIGHTS: ReadonlyArray<readonly [Sanction, number]> = [
  ['NONE', 8],
  ['CRITICISM_EDUCATION', 20],
  ['ADMONISHMENT', 20],
  ['WARNING', 18],
  ['DEMERIT', 13],
  ['MAJOR_DEMERIT', 8],
  ['DEMOTION', 5],
  ['DISMISSAL_FROM_POST', 5],
  ['EXPULSION', 3],
];

function weighted(random: Random): Sanction {
  const total = GRAVITY_WEIGHTS.reduce((sum, [, weight]) => sum + weight, 0);
  let roll = random() * total;
  for (const [sanction, weight] of GRAVITY_WEIGHTS) {
    roll -= weight;
    if (roll < 0) return sanction;
  }
  return 'NONE';
}

/**
 * The sanctions of a decision, one per track at most, party first, within what each track knows (see
 * sanctionAllowed): demerits and demotion are government sanctions, which party members often receive
 * together with a party warning; dismissal and expulsion come on both tracks. A unit is criticised or not.
 */
export function drawSanctions(random: Random, subjectKind: AccountabilitySubjectKind): CaseSanctionSeed[] {
  if (subjectKind === 'UNIT') {
    return [{ track: 'GOVERNMENT', sanction: chance(random, 0.8) ? 'CRITICISM_EDUCATION' : 'NONE' }];
  }
  const gravity = weighted(random);
  switch (gravity) {
    case 'NONE':
      return [{ track: 'GOVERNMENT', sanction: 'NONE' }];
    case 'CRITICISM_EDUCATION':
    case 'ADMONISHMENT':
      return [{ track: pickOne(random, ['PARTY', 'GOVERNMENT'] as const), sanction: gravity }];
    case 'WARNING':
      return pickOne(random, [
        [{ track: 'PARTY', sanction: 'WARNING' }],
        [{ track: 'GOVERNMENT', sanction: 'WARNING' }],
        [
          { track: 'PARTY', sanction: 'WARNING' },
          { track: 'GOVERNMENT', sanction: 'WARNING' },
        ],
      ] as CaseSanctionSeed[][]);
    case 'DEMERIT':
    case 'MAJOR_DEMERIT':
    case 'DEMOTION':
      return chance(random, 0.5)
        ? [
            { track: 'PARTY', sanction: 'WARNING' },
            { track: 'GOVERNMENT', sanction: gravity },
          ]
        : [{ track: 'GOVERNMENT', sanction: gravity }];
    case 'DISMISSAL_FROM_POST':
      return chance(random, 0.5)
        ? [
            { track: 'PARTY', sanction: 'DISMISSAL_FROM_POST' },
            { track: 'GOVERNMENT', sanction: 'DISMISSAL_FROM_POST' },
          ]
        : [{ track: 'GOVERNMENT', sanction: 'DISMISSAL_FROM_POST' }];
    case 'EXPULSION':
      return [
        { track: 'PARTY', sanction: 'EXPULSION' },
        { track: 'GOVERNMENT', sanction: 'EXPULSION' },
      ];
  }
}
