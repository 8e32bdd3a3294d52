import { createHmac } from 'node:crypto';

/**
 * The one pseudonym of a resident ID number: HMAC-SHA-256 under the deployment's key over the upper-cased
 * number, in hex. The same person gets the same pseudonym in every county, month and register, and without the
 * key a pseudonym cannot be turned back into a number by trying the (small) space of valid ID numbers.
 */
export function pseudonymOf(idNumber: string, key: string): string {
  return createHmac('sha256', key).update(idNumber.trim().toUpperCase()).digest('hex');
}
