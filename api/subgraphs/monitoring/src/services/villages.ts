import { regionLevelOf } from '@dibao/domain';
import type { Candidate } from './detect.service.js';

/**
 * The villages of some townships, by name: rosters name a village by its name within a township, the registry
 * holds its 12-digit code. Monitoring never reads the registry's tables: the directory asks the supergraph.
 */
export type VillageDirectory = (townships: readonly string[]) => Promise<Map<string, Map<string, string>>>;

/** At most this many townships are asked in one request. */
const BATCH = 100;

/**
 * The registry's villages through the gateway. Regions are public, so no token is needed or sent: the same
 * answer as any client gets. A name that two villages of one township share is left out (ambiguous).
 */
export function supergraphVillageDirectory(gatewayUrl: () => string): VillageDirectory {
  return async (townships) => {
    const result = new Map<string, Map<string, string>>();
    for (let start = 0; start < townships.length; start += BATCH) {
      const batch = townships.slice(start, start + BATCH);
      const variables = Object.fromEntries(batch.map((code, i) => [`t${i}`, code]));
      const fields = batch.map((_, i) => `t${i}: region(code: $t${i}) { children { code name level } }`).join(' ');
      const document = `query Villages(${batch.map((_, i) => `$t${i}: ID!`).join(', ')}) { ${fields} }`;
      const response = await fetch(gatewayUrl(), {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: document, variables }),
      });
      const body = (await response.json()) as {
        data?: Record<string, { children: Array<{ code: string; name: string; level: string }> } | null>;
        errors?: unknown[];
      };
      if (!body.data || body.errors?.length) throw new Error('The registry’s villages could not be read');
      batch.forEach((township, i) => {
        const villages = (body.data![`t${i}`]?.children ?? []).filter((child) => child.level === 'VILLAGE');
        const byName = new Map<string, string>();
        const seen = new Set<string>();
        for (const village of villages) {
          if (seen.has(village.name)) byName.delete(village.name);
          else byName.set(village.name, village.code);
          seen.add(village.name);
        }
        result.set(township, byName);
      });
    }
    return result;
  };
}

/**
 * Points the village rules' leads at their village: a roster village name found (once) among the registry's
 * villages of its township gives the alert the village's code; otherwise it stays at the township, as before.
 */
export async function placeInVillages(candidates: Candidate[], directory: VillageDirectory): Promise<void> {
  const village = candidates.filter(
    (candidate) => candidate.rule === 'EQUAL_SPLITTING' && regionLevelOf(candidate.regionCode) === 'TOWNSHIP',
  );
  if (village.length === 0) return;
  const known = await directory([...new Set(village.map((candidate) => candidate.regionCode))].sort());
  for (const candidate of village) {
    const code = known.get(candidate.regionCode)?.get(String(candidate.figures.village));
    if (!code || !code.startsWith(candidate.regionCode)) continue;
    candidate.regionCode = code;
  }
}
