import { GraphQLError } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { SERVICE_UNAVAILABLE_RETRY_AFTER_SECONDS } from '@dibao/server';

/**
 * Error codes that describe the request as a whole rather than one field: the HTTP status says so, and
 * Retry-After tells a client (or a proxy) when to try again. Subgraphs report them in the response body
 * (`extensions.code`, `extensions.retryAfterSeconds`), where the gateway's own status would otherwise be 200.
 */
const TRANSPORT_STATUS: Record<string, { status: number; defaultRetryAfterSeconds: number }> = {
  RATE_LIMITED: { status: 429, defaultRetryAfterSeconds: 60 },
  SERVICE_UNAVAILABLE: { status: 503, defaultRetryAfterSeconds: SERVICE_UNAVAILABLE_RETRY_AFTER_SECONDS },
};

interface ResultLike {
  errors?: readonly GraphQLError[];
}

function retryAfterOf(error: GraphQLError, fallback: number): number {
  const seconds = Number(error.extensions?.retryAfterSeconds);
  return Number.isFinite(seconds) && seconds > 0 ? Math.ceil(seconds) : fallback;
}

/** The result with its transport errors marked for yoga, which takes status and headers from `extensions.http`. */
export function withTransportStatus<T extends ResultLike>(result: T): T {
  if (!result.errors?.some((error) => TRANSPORT_STATUS[String(error.extensions?.code)])) return result;
  const errors = result.errors.map((error) => {
    const transport = TRANSPORT_STATUS[String(error.extensions?.code)];
    if (!transport) return error;
    const retryAfter = retryAfterOf(error, transport.defaultRetryAfterSeconds);
    return new GraphQLError(error.message, {
      nodes: error.nodes,
      source: error.source,
      positions: error.positions,
      path: error.path,
      originalError: error.originalError,
      extensions: {
        ...error.extensions,
        retryAfterSeconds: retryAfter,
        http: { status: transport.status, headers: { 'retry-after': String(retryAfter) } },
      },
    });
  });
  return { ...result, errors };
}

/**
 * Answers RATE_LIMITED with HTTP 429 and SERVICE_UNAVAILABLE with HTTP 503, each with Retry-After, whichever
 * subgraph (or the gateway's own token check) raised them. Other errors keep the status they have.
 */
export function useTransportStatus(): Plugin {
  return {
    onResultProcess({ result, setResult }) {
      if (Array.isArray(result)) {
        setResult(result.map((single: ResultLike) => withTransportStatus(single)) as never);
      } else if (result && typeof result === 'object' && 'errors' in result) {
        setResult(withTransportStatus(result as ResultLike) as never);
      }
    },
  };
}
