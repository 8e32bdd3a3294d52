import { randomInt, type Random } from '../random.js';
import type { RegionSeed } from '../regions.js';
import { between } from './sampling.js';

/** The demo's first year; profiles give recipients in that year and later years drift from there. */
export const PROFILE_YEAR = 2021;

export interface CountyProfile {
  urbanPersons: number;
  ruralPersons: number;
  /** Persons per recipient household: urban households are smaller than rural ones. */
  urbanHouseholdSize: number;
  ruralHouseholdSize: number;
}

/*
 * Rough dibao recipients (urban, rural persons) of Qinghai's counties: the agricultural east (大通, 湟中,
 * 互助, 民和, 乐都, 化隆) has the most rural recipients, Xining's districts are urban-heavy, the pastoral
 * south and west are thinly populated, and Haixi's mining towns have few rural residents at all.
 */
const QINGHAI_RECIPIENTS: Readonly<Record<string, readonly [urban: number, rural: number]>> = {
  '630102': [4500, 600],
  '630103': [3800, 700],
  '630104': [3200, 300],
  '630105': [3600, 900],
  '630106': [1800, 16000],
  '630121': [2200, 19000],
  '630123': [900, 6500],
  '630202': [1800, 14000],
  '630203': [1100, 6000],
  '630222': [1600, 20000],
  '630223': [1500, 18000],
  '630224': [900, 15000],
  '630225': [700, 9000],
  '632221': [900, 8000],
  '632222': [400, 2500],
  '632223': [350, 1800],
  '632224': [400, 2800],
  '632301': [1100, 6500],
  '632322': [500, 4500],
  '632323': [400, 7000],
  '632324': [300, 3500],
  '632521': [1500, 7500],
  '632522': [400, 5000],
  '632523': [800, 6000],
  '632524': [500, 5000],
  '632525': [500, 5500],
  '632621': [700, 4000],
  '632622': [300, 3500],
  '632623': [300, 4000],
  '632624': [300, 4200],
  '632625': [250, 3000],
  '632626': [200, 1800],
  '632701': [1500, 9000],
  '632722': [400, 7500],
  '632723': [400, 6500],
  '632724': [300, 4500],
  '632725': [500, 9000],
  '632726': [300, 4000],
  '632801': [2500, 1500],
  '632802': [1200, 1200],
  '632803': [300, 200],
  '632821': [500, 2500],
  '632822': [700, 5000],
  '632823': [250, 2000],
  '632857': [150, 100],
};

/** Qinghai counties from the table above; any other county gets plausible random figures. */
export function countyProfile(random: Random, county: RegionSeed): CountyProfile {
  const known = QINGHAI_RECIPIENTS[county.code];
  const [urbanPersons, ruralPersons] = known ?? randomRecipients(random, county);
  return {
    urbanPersons,
    ruralPersons,
    urbanHouseholdSize: between(random, 1.85, 2.2),
    ruralHouseholdSize: between(random, 2.1, 2.5),
  };
}

function randomRecipients(random: Random, county: RegionSeed): [number, number] {
  // Urban districts (区) of a city have mostly urban recipients.
  if (county.name.endsWith('区')) return [randomInt(random, 1500, 5000), randomInt(random, 200, 3000)];
  return [randomInt(random, 300, 3000), randomInt(random, 2000, 15000)];
}
