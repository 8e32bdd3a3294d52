/**
 * Recognises the errors pg and TypeORM raise when PostgreSQL cannot be reached or is shutting down, as opposed
 * to errors of a query itself. Such a request failed for a reason that passes (the server restarts, the network
 * returns): clients are told SERVICE_UNAVAILABLE and when to retry, not INTERNAL_SERVER_ERROR.
 */

/** Socket errors of the connection to the server (refused, reset, timed out, no route, name not resolved). */
const NETWORK_ERROR_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ECONNABORTED',
  'EPIPE',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'EHOSTDOWN',
  'ENETUNREACH',
  'ENETDOWN',
  'ENOTFOUND',
  'EAI_AGAIN',
]);

/**
 * SQLSTATEs of a server that is going away or not yet accepting: class 08 (connection exception), 57P01
 * admin_shutdown, 57P02 crash_shutdown, 57P03 cannot_connect_now (starting up or in recovery), 53300
 * too_many_connections.
 */
const UNAVAILABLE_SQLSTATES = new Set(['57P01', '57P02', '57P03', '53300']);

/** pg raises these as plain Errors without a code when a connection dies or cannot be opened in time. */
const CONNECTION_MESSAGES = [
  /^Connection terminated/i,
  /^connection timeout/i,
  /timeout exceeded when trying to connect/i,
  /Client has encountered a connection error and is not queryable/i,
  /^the database system is (starting up|shutting down|in recovery mode)/i,
];

/**
 * TypeORM releases a transaction's query runner when its connection dies; the transaction's next statement then
 * fails with one of these errors instead of the connection's own (seen when the server stops in mid-transaction;
 * which one depends on whether the runner or the manager it provided is used next).
 */
const CONNECTION_LOST_ERROR_NAMES = new Set([
  'QueryRunnerAlreadyReleasedError',
  'QueryRunnerProviderAlreadyReleasedError',
]);

interface ErrorLike {
  name?: unknown;
  code?: unknown;
  message?: unknown;
  cause?: unknown;
  driverError?: unknown;
  originalError?: unknown;
  errors?: unknown;
}

function matches(error: ErrorLike): boolean {
  if (typeof error.name === 'string' && CONNECTION_LOST_ERROR_NAMES.has(error.name)) return true;
  const code = typeof error.code === 'string' ? error.code : '';
  if (NETWORK_ERROR_CODES.has(code) || UNAVAILABLE_SQLSTATES.has(code) || /^08[0-9A-Z]{3}$/.test(code)) return true;
  const message = typeof error.message === 'string' ? error.message : '';
  return CONNECTION_MESSAGES.some((pattern) => pattern.test(message));
}

/**
 * True when the error, or one it wraps (TypeORM's `driverError`, a `cause`, GraphQL's `originalError`, the
 * attempts of an AggregateError from a connect to several addresses), says the database is unreachable.
 */
export function isDatabaseUnavailable(error: unknown, depth = 0): boolean {
  if (typeof error !== 'object' || error === null || depth > 5) return false;
  const candidate = error as ErrorLike;
  if (matches(candidate)) return true;
  const wrapped = [candidate.driverError, candidate.cause, candidate.originalError];
  if (Array.isArray(candidate.errors)) wrapped.push(...(candidate.errors as unknown[]));
  return wrapped.some((inner) => inner !== error && isDatabaseUnavailable(inner, depth + 1));
}
