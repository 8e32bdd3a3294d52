import { QueryFailedError } from 'typeorm';
import { conflict } from '@dibao/server';

/** Two writers raced to create the same row: the loser gets CONFLICT instead of an internal error. */
export async function uniqueOrConflict<T>(work: () => Promise<T>, en: string, zh: string): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof QueryFailedError && (error.driverError as { code?: string }).code === '23505') {
      throw conflict(en, zh);
    }
    throw error;
  }
}
