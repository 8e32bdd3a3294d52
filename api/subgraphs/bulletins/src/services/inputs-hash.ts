import { createHash } from 'node:crypto';
import type { AssessmentIndicatorDefinition } from '@dibao/domain';
import type { RegionIndicatorInputs } from './scoring.js';

/** JSON with object keys sorted at every depth, so that equal values always give equal text. */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value ?? null);
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, item]) => item !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([key, item]) => `${JSON.stringify(key)}:${canonicalJson(item)}`).join(',')}}`;
}

export interface AssessmentInputs {
  provinceCode: string;
  year: number;
  level: 'PREFECTURE' | 'COUNTY';
  indicators: readonly AssessmentIndicatorDefinition[];
  regions: readonly RegionIndicatorInputs[];
}

/**
 * SHA-256 of everything a score depends on: the scheme and every region's raw values. Regions and indicators
 * are put in code order first, so the order data arrived in does not matter.
 */
export function assessmentInputsHash(inputs: AssessmentInputs): string {
  const indicators = [...inputs.indicators]
    .sort((a, b) => a.code.localeCompare(b.code))
    .map(({ code, weight, direction }) => ({ code, weight, direction }));
  const regions = [...inputs.regions]
    .sort((a, b) => a.regionCode.localeCompare(b.regionCode))
    .map((region) => ({
      regionCode: region.regionCode,
      recipients: region.recipients,
      raw: Object.fromEntries(indicators.map(({ code }) => [code, region.raw[code] ?? null])),
    }));
  const body = canonicalJson({ ...inputs, indicators, regions });
  return createHash('sha256').update(body).digest('hex');
}
