import type { Random } from '../random.js';
import { between } from './sampling.js';

/*
 * Qinghai's dibao standards (yuan per person per month) rose every year: urban about 650 in 2021 to about
 * 800 in 2025, rural about 440 to about 550. Each prefecture and county sits a little above or below the
 * provincial line by a fixed offset, so every region's standard still rises every year.
 */
const BASE_YEAR = 2021;
const URBAN_BASE_YUAN = 650;
const URBAN_RISE_YUAN = 38;
const RURAL_BASE_YUAN = 440;
const RURAL_RISE_YUAN = 27;

export interface StandardOffsets {
  urbanYuan: number;
  ruralYuan: number;
}

export interface Standards {
  urbanFen: number;
  ruralFen: number;
}

export function drawStandardOffsets(random: Random, urbanSpread: number, ruralSpread: number): StandardOffsets {
  return {
    urbanYuan: Math.round(between(random, -urbanSpread, urbanSpread)),
    ruralYuan: Math.round(between(random, -ruralSpread, ruralSpread)),
  };
}

/** Whole yuan, as governments publish them, stored in fen. */
export function standardsFor(year: number, ...offsets: StandardOffsets[]): Standards {
  const years = year - BASE_YEAR;
  const urbanYuan = URBAN_BASE_YUAN + URBAN_RISE_YUAN * years + offsets.reduce((sum, o) => sum + o.urbanYuan, 0);
  const ruralYuan = RURAL_BASE_YUAN + RURAL_RISE_YUAN * years + offsets.reduce((sum, o) => sum + o.ruralYuan, 0);
  return { urbanFen: urbanYuan * 100, ruralFen: ruralYuan * 100 };
}
