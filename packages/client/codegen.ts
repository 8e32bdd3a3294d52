import { readFileSync } from 'node:fs';
import type { CodegenConfig } from '@graphql-codegen/cli';
import { transformSupergraphToPublicSchema } from '@theguild/federation-composition';
import { parse, print } from 'graphql';

/*
 * The typed documents of internal clients, generated from the committed supergraph (`pnpm client:generate`).
 * Each file under documents/ holds the operations of one role; a new file there is picked up as it is.
 * `persistedDocuments` writes persisted-documents.json (sha256 of each normalised document → its text): the
 * manifest of trusted documents the gateway accepts in production, and the hash each typed document carries.
 */
/** What clients see: the supergraph without join directives and @inaccessible fields (the gateway's own). */
export const apiSchemaSdl = print(
  transformSupergraphToPublicSchema(
    parse(readFileSync(new URL('../../api/gateway/supergraph.graphql', import.meta.url), 'utf8')),
  ),
);

const config: CodegenConfig = {
  schema: apiSchemaSdl,
  documents: ['documents/**/*.graphql'],
  ignoreNoDocuments: false,
  // Imports with `.js`, as NodeNext ESM (the project's module setting) needs.
  emitLegacyCommonJSImports: false,
  generates: {
    'src/gql/': {
      preset: 'client',
      presetConfig: {
        // Fragments are plain types: internal clients read what they selected, no masking helpers.
        fragmentMasking: false,
        persistedDocuments: { mode: 'embedHashInDocument', hashAlgorithm: 'sha256' },
      },
      config: {
        useTypeImports: true,
        enumsAsTypes: true,
        scalars: {
          DateTimeISO: 'string',
          SafeInt: 'number',
          LocalDate: 'string',
        },
        strictScalars: false,
        defaultScalarType: 'unknown',
      },
    },
  },
};

export default config;
