import type { ValueTransformer } from 'typeorm';

/*
 * node-postgres returns `bigint` and `numeric` columns as strings, to lose no precision. Amounts in fen stay
 * far below 2^53 (the SafeInt GraphQL scalar) and scores are stored to six decimals, so both are read back as
 * numbers.
 */

export const bigintAsNumber: ValueTransformer = {
  to: (value: number | null | undefined) => value,
  from: (value: string | number | null) => (value === null ? null : Number(value)),
};

export const numericAsNumber: ValueTransformer = bigintAsNumber;
