import type { GraphQLFormattedError } from 'graphql';
import { unwrapResolverError } from '@apollo/server/errors';
import { ArgumentValidationError } from 'type-graphql';
import { describeErrorForLog } from '@dibao/db';
import { isDatabaseUnavailable } from './database-unavailable.js';
import { serviceUnavailable } from './errors.js';
import { validationRefusal } from './input-checks.js';

const KNOWN_CODES = new Set([
  'BAD_USER_INPUT',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'NOT_FOUND',
  'CONFLICT',
  'RATE_LIMITED',
  'SERVICE_UNAVAILABLE',
]);
const GRAPHQL_REQUEST_CODES = new Set(['GRAPHQL_PARSE_FAILED', 'GRAPHQL_VALIDATION_FAILED', 'BAD_REQUEST']);

/** While the database is down every request fails the same way: one log line per interval is enough. */
const UNAVAILABLE_LOG_INTERVAL_MS = 10_000;

/**
 * Shapes every error a subgraph returns: our own errors pass through; input validation becomes a bilingual
 * BAD_USER_INPUT; an unreachable database becomes SERVICE_UNAVAILABLE with `retryAfterSeconds` (the gateway
 * answers it with HTTP 503 and Retry-After); anything unexpected is logged here, without the request's data,
 * and reaches clients only as a generic internal error, so no SQL, stack or internal detail leaks (the gateway
 * passes subgraph extensions through).
 */
export function formatSubgraphError(subgraph: string) {
  let unavailableLoggedAt = -Infinity;
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const original = unwrapResolverError(error);
    if (isDatabaseUnavailable(original)) {
      if (Date.now() - unavailableLoggedAt > UNAVAILABLE_LOG_INTERVAL_MS) {
        unavailableLoggedAt = Date.now();
        console.error(`[${subgraph}] database unavailable: ${describeErrorForLog(original).split('\n')[0]}`);
      }
      const unavailable = serviceUnavailable();
      return {
        message: unavailable.message,
        ...(formatted.path ? { path: formatted.path } : {}),
        ...(formatted.locations ? { locations: formatted.locations } : {}),
        extensions: {
          code: 'SERVICE_UNAVAILABLE',
          messages: unavailable.extensions.messages,
          retryAfterSeconds: unavailable.extensions.retryAfterSeconds,
        },
      };
    }
    if (original instanceof ArgumentValidationError) {
      const refusal = validationRefusal(original);
      return { ...formatted, message: refusal.message, extensions: refusal.extensions };
    }
    const code = String(formatted.extensions?.code ?? '');
    if (KNOWN_CODES.has(code) || GRAPHQL_REQUEST_CODES.has(code)) {
      const { stacktrace: _stacktrace, ...extensions } = formatted.extensions ?? {};
      return { ...formatted, extensions };
    }
    console.error(`[${subgraph}] unexpected error: ${describeErrorForLog(original)}`);
    return {
      message: 'Internal error; it has been logged / 内部错误，已记录',
      ...(formatted.path ? { path: formatted.path } : {}),
      ...(formatted.locations ? { locations: formatted.locations } : {}),
      extensions: { code: 'INTERNAL_SERVER_ERROR' },
    };
  };
}
