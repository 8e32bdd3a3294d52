import type { EntityManager } from 'typeorm';
import { defaultDocumentPrefix } from '@dibao/domain';
import { DocumentPrefixEntity } from '../entities/index.js';

/**
 * The next document number of an issuer in a year. The counter row is created or incremented in one
 * statement whose row lock holds until the issuing transaction ends: concurrent issues wait for each other
 * and get distinct numbers, and a transaction that rolls back gives its number back, so numbers have no gaps.
 */
export async function nextDocumentSerial(manager: EntityManager, issuerId: string, year: number): Promise<number> {
  const [row] = (await manager.query(
    `INSERT INTO document_counter (issuer_id, year, last_serial) VALUES ($1, $2, 1)
     ON CONFLICT (issuer_id, year) DO UPDATE SET last_serial = document_counter.last_serial + 1
     RETURNING last_serial`,
    [issuerId, year],
  )) as Array<{ last_serial: number }>;
  if (!row) throw new Error('document_counter returned no row');
  return row.last_serial;
}

/** The configured prefix of an issuer, or the default derived from its region (see defaultDocumentPrefix). */
export async function documentPrefixOf(manager: EntityManager, issuerId: string, regionCode: string) {
  const configured = await manager.findOneBy(DocumentPrefixEntity, { issuerId });
  return configured?.prefix ?? defaultDocumentPrefix(regionCode);
}
