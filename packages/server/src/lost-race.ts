import { QueryFailedError } from 'typeorm';

/** How often a write that lost a race to a concurrent one is tried in all. */
export const RACE_ATTEMPTS = 4;

/** SQLSTATEs of a transaction that lost to a concurrent one: running it again can succeed. */
const RACE_CODES: Record<string, 'deadlock' | 'serialization' | 'unique'> = {
  '40P01': 'deadlock',
  '40001': 'serialization',
  '23505': 'unique',
};

/** Which race an error of PostgreSQL says the transaction lost, or null for any other error. */
export function lostRace(error: unknown): 'deadlock' | 'serialization' | 'unique' | null {
  if (!(error instanceof QueryFailedError)) return null;
  const code = (error.driverError as { code?: string } | undefined)?.code;
  return (code && RACE_CODES[code]) || null;
}
