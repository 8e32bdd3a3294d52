import type { AgencyKind, CadreLevel, RegionLevel, RuleSettings } from '../index.js';

/*
 * What the registry's import (`importRegistry`) takes, and so what the demo generator produces: regions
 * (parents first), their agencies and officials.
 */

export interface RegionImport {
  /** GB/T 2260 code: six digits, nine for township-level units, twelve for village-level ones. */
  code: string;
  name: string;
  nameEn: string;
  level: RegionLevel;
  parentCode: string | null;
}

export interface AgencyImport {
  /** `${regionCode}:${kind}`: stable across runs, so other data can refer to an agency before it has an id. */
  key: string;
  regionCode: string;
  kind: AgencyKind;
  name: string;
  nameEn: string;
}

export interface OfficialImport {
  agencyKey: string;
  name: string;
  position: string;
  positionEn: string;
  cadreLevel: CadreLevel;
}

export interface RegistryImport {
  regions: RegionImport[];
  /** Village-level units (level VILLAGE), loaded after the regions they hang from: 620,000 for the country. */
  villages?: RegionImport[];
  agencies: AgencyImport[];
  officials: OfficialImport[];
  /** Versions of regions' implementing rules as adopted (loaded only into a registry that has none). */
  ruleVersions?: RuleVersionImport[];
}

/** One adopted version of a region's own rules, with its legal basis and adopting agency. */
export interface RuleVersionImport {
  regionCode: string;
  version: number;
  /** YYYY-MM-DD. */
  effectiveFrom: string;
  settings: RuleSettings;
  basisNumber: string;
  basisTitle: string;
  /** YYYY-MM-DD. */
  basisDate: string;
  /** `${regionCode}:${kind}` of the adopting agency. */
  adoptedByAgency: string;
}
