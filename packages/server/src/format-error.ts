import type { GraphQLFormattedError } from 'graphql';
import { unwrapResolverError } from '@apollo/server/errors';
import { ArgumentValidationError } from 'type-graphql';

const KNOWN_CODES = new Set([
  'BAD_USER_INPUT',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'NOT_FOUND',
  'CONFLICT',
  'RATE_LIMITED',
]);
const GRAPHQL_REQUEST_CODES = new Set(['GRAPHQL_PARSE_FAILED', 'GRAPHQL_VALIDATION_FAILED', 'BAD_REQUEST']);

function describeValidation(error: ArgumentValidationError): string {
  return error.extensions.validationErrors
    .flatMap((issue) => Object.values(issue.constraints ?? {}).map((text) => `${issue.property}: ${text}`))
    .join('; ');
}

/**
 * Shapes every error a subgraph returns: our own errors pass through; input validation becomes a bilingual
 * BAD_USER_INPUT; anything unexpected is logged here and reaches clients only as a generic internal error,
 * so no SQL, stack or internal detail leaks (the gateway passes subgraph extensions through).
 */
export function formatSubgraphError(subgraph: string) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const original = unwrapResolverError(error);
    if (original instanceof ArgumentValidationError) {
      const details = describeValidation(original);
      return {
        ...formatted,
        message: `Invalid input: ${details} / 输入无效：${details}`,
        extensions: {
          code: 'BAD_USER_INPUT',
          messages: { en: `Invalid input: ${details}`, zh: `输入无效：${details}` },
        },
      };
    }
    const code = String(formatted.extensions?.code ?? '');
    if (KNOWN_CODES.has(code) || GRAPHQL_REQUEST_CODES.has(code)) {
      const { stacktrace: _stacktrace, ...extensions } = formatted.extensions ?? {};
      return { ...formatted, extensions };
    }
    console.error(`[${subgraph}] unexpected error:`, original);
    return {
      message: 'Internal error; it has been logged / 内部错误，已记录',
      ...(formatted.path ? { path: formatted.path } : {}),
      ...(formatted.locations ? { locations: formatted.locations } : {}),
      extensions: { code: 'INTERNAL_SERVER_ERROR' },
    };
  };
}
