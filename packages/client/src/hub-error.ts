import type { HubErrorCode } from './error-codes.js';

/** One GraphQL error as the hub sends it: a message in both languages, a code, maybe a field or a path. */
export interface HubGraphQLError {
  message: string;
  path?: ReadonlyArray<string | number>;
  extensions?: {
    code?: string;
    messages?: { en: string; zh: string };
    field?: string;
    retryAfterSeconds?: number;
    [key: string]: unknown;
  };
}

/**
 * A refusal of the hub, typed by its code: `switch (error.code)` covers every case the API can answer with.
 * `errors` holds every error of the answer; `data` whatever part of it stood (a refused field costs only
 * itself).
 */
export class HubError<TData = unknown> extends Error {
  override readonly name = 'HubError';

  constructor(
    readonly code: HubErrorCode | 'UNKNOWN',
    readonly messages: { en: string; zh: string },
    readonly status: number,
    readonly errors: readonly HubGraphQLError[],
    readonly data: TData | null | undefined,
    /** The argument a BAD_USER_INPUT names (e.g. `input.title`). */
    readonly field?: string,
    /** RATE_LIMITED and SERVICE_UNAVAILABLE: when to try again. */
    readonly retryAfterSeconds?: number,
  ) {
    super(`${code}: ${messages.en} / ${messages.zh}`);
  }
}

/** The transport failed before the hub answered (no connection, or an answer that is no GraphQL). */
export class HubUnreachableError extends Error {
  override readonly name = 'HubUnreachableError';
}
