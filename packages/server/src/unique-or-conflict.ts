import { QueryFailedError } from 'typeorm';
import { conflict } from './errors.js';

/** PostgreSQL's unique_violation. */
const UNIQUE_VIOLATION = '23505';

/** Two writers raced to create the same row: the loser gets CONFLICT instead of an internal error. */
export async function uniqueOrConflict<T>(work: () => Promise<T>, en: string, zh: string): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof QueryFailedError && (error.driverError as { code?: string }).code === UNIQUE_VIOLATION) {
      throw conflict(en, zh);
    }
    throw error;
  }
}
