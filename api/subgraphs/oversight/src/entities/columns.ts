import type { ValueTransformer } from 'typeorm';

/**
 * Amounts in fen are `bigint` columns, which node-postgres returns as strings; they stay far below 2^53
 * (the SafeInt GraphQL scalar), so they are read back as numbers.
 */
export const bigintAsNumber: ValueTransformer = {
  to: (value: number | null | undefined) => value,
  from: (value: string | number | null) => (value === null ? null : Number(value)),
};
