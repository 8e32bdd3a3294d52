import type { ValueTransformer } from 'typeorm';

/** bigint columns of fen come back from pg as strings; amounts stay far below 2^53, so numbers are exact. */
export const fenColumn: ValueTransformer = {
  to: (value: number | null | undefined) => value,
  from: (value: string | null) => (value === null ? null : Number(value)),
};
