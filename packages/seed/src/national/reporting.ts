import type { RegionSeed } from '../regions.js';
import { demoReporting } from '../reporting/demo-reporting.js';
import type { DemoReporting } from '../reporting/types.js';
import { NATIONAL_REPORT_YEARS } from './totals.js';

/**
 * Reporting of the national demo: the demo generator itself (it already works for any set of regions) over
 * the whole country and the ten report years: every county and prefecture-level unit, one annual report a
 * year each (less the few missing ones it plants, with their waivers), and the major incidents.
 */
export function nationalReporting(
  regions: readonly RegionSeed[],
  years: readonly number[] = NATIONAL_REPORT_YEARS,
): DemoReporting {
  return demoReporting(regions, { years: [...years] });
}
