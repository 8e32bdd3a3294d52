/*
 * The monitoring subgraph's file formats, fixed so that other systems can send them: UTF-8 CSV with a header row
 * (an optional BOM), RFC 4180 quoting, these columns in this order. The importer checks files against them and the
 * demo generator writes them, from this one declaration.
 */

export const ROSTER_COLUMNS = [
  'month',
  'county_code',
  'township_code',
  'village',
  'household_id',
  'head_id_number',
  'household_size',
  'amount_fen',
  'area',
  'bank_paid',
] as const;
export const REGISTER_COLUMNS = ['id_number', 'kind', 'since', 'source'] as const;
export const STANDARDS_COLUMNS = ['county_code', 'area', 'from_month', 'standard_fen'] as const;
