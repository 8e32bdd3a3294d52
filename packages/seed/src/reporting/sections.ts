import { reportSectionValues, SECTION_KEYS, type AnnualReportContent, type ReportSection } from '@dibao/domain';

import { randomInt, type Random } from '../random.js';
import type { CompleteReportContent } from './figures.js';
import { shuffled } from './sampling.js';

export const ALL_SECTIONS: ReadonlySet<ReportSection> = new Set(reportSectionValues);

/** The sections a draft already has: all but one or two. */
export function draftSections(random: Random): ReadonlySet<ReportSection> {
  const missing = randomInt(random, 1, 2);
  return new Set(shuffled(random, reportSectionValues).slice(missing));
}

export function keepSections(content: CompleteReportContent, kept: ReadonlySet<ReportSection>): AnnualReportContent {
  const result: AnnualReportContent = {};
  for (const section of reportSectionValues) {
    if (!kept.has(section)) continue;
    const key = SECTION_KEYS[section];
    Object.assign(result, { [key]: content[key] });
  }
  return result;
}
