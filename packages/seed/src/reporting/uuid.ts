import type { Random } from '../random.js';

/**
 * A UUID v4-shaped string from the seeded PRNG rather than crypto.randomUUID: ids must be the same on every
 * run, so that incident ids quoted in report content still match after a re-seed.
 */
export function seededUuid(random: Random): string {
  const hex = Array.from({ length: 16 }, (_, index) => {
    let byte = Math.floor(random() * 256);
    if (index === 6) byte = (byte & 0x0f) | 0x40; // version 4
    if (index === 8) byte = (byte & 0x3f) | 0x80; // RFC 4122 variant
    return byte.toString(16).padStart(2, '0');
  }).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
