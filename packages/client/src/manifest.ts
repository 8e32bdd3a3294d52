import { readFileSync } from 'node:fs';

/**
 * The trusted documents: id (`sha256:<hex>` of the normalised document) → the document's text, as codegen wrote
 * it next to the typed documents (src/gql/persisted-documents.json, committed). The gateway serves these, and
 * only these, in production.
 */
export function trustedDocuments(): ReadonlyMap<string, string> {
  const file = new URL('../src/gql/persisted-documents.json', import.meta.url);
  return new Map(Object.entries(JSON.parse(readFileSync(file, 'utf8')) as Record<string, string>));
}
