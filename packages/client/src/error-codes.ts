/*
 * Every `extensions.code` a client of the hub can meet, with the HTTP status it comes with. The subgraphs' codes
 * are the vocabulary of @dibao/domain (a test checks that this list holds each of them); the gateway adds its
 * request codes. Kept here without dependencies so that a county system needs this package alone.
 */

/** Codes the subgraphs raise on purpose (packages/server errors), and the one for anything unexpected. */
export const HUB_ERROR_CODES = [
  'BAD_USER_INPUT',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'NOT_FOUND',
  'CONFLICT',
  'RATE_LIMITED',
  'SERVICE_UNAVAILABLE',
  'INTERNAL_SERVER_ERROR',
] as const;

/**
 * Codes of the gateway about the request as a whole: a body over the limit (413), a document that does not
 * parse or validate, and, in production, an operation that is not a trusted document (sent as text, or by an id
 * the manifest does not hold).
 */
export const GATEWAY_ERROR_CODES = [
  'BAD_REQUEST',
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'PERSISTED_QUERY_ONLY',
  'PERSISTED_QUERY_NOT_FOUND',
] as const;

export type HubErrorCode = (typeof HUB_ERROR_CODES)[number] | (typeof GATEWAY_ERROR_CODES)[number];

export const ERROR_CODES: readonly HubErrorCode[] = [...HUB_ERROR_CODES, ...GATEWAY_ERROR_CODES];

export const isHubErrorCode = (code: unknown): code is HubErrorCode =>
  typeof code === 'string' && (ERROR_CODES as readonly string[]).includes(code);
