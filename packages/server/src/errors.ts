import { GraphQLError } from 'graphql';
import type { ErrorCode } from '@dibao/domain';

export interface BilingualMessage {
  en: string;
  zh: string;
}

const HTTP_STATUS: Partial<Record<ErrorCode, number>> = {
  UNAUTHENTICATED: 401,
  RATE_LIMITED: 429,
  SERVICE_UNAVAILABLE: 503,
};

/** How long a client should wait before retrying while the database is unreachable (a restart takes seconds). */
export const SERVICE_UNAVAILABLE_RETRY_AFTER_SECONDS = 5;

/**
 * Every error the hub raises on purpose: a stable `extensions.code`, and a message in English and Chinese
 * (`message` holds both so that a plain GraphQL client shows them; `extensions.messages` holds them apart).
 */
export function hubError(code: ErrorCode, message: BilingualMessage, details?: Record<string, unknown>): GraphQLError {
  const status = HTTP_STATUS[code];
  return new GraphQLError(`${message.en} / ${message.zh}`, {
    extensions: { code, messages: message, ...details, ...(status ? { http: { status } } : {}) },
  });
}

export const badInput = (en: string, zh: string, details?: Record<string, unknown>) =>
  hubError('BAD_USER_INPUT', { en, zh }, details);
export const notFound = (en: string, zh: string) => hubError('NOT_FOUND', { en, zh });
export const conflict = (en: string, zh: string) => hubError('CONFLICT', { en, zh });
export const forbidden = (en = 'You may not do this', zh = '无权执行此操作') => hubError('FORBIDDEN', { en, zh });
export const unauthenticated = (en = 'Sign in first: this needs a valid token', zh = '请先登录：此操作需要有效令牌') =>
  hubError('UNAUTHENTICATED', { en, zh });

/** A dependency (the database) is unreachable for now: the client may retry after `retryAfterSeconds`. */
export const serviceUnavailable = (retryAfterSeconds = SERVICE_UNAVAILABLE_RETRY_AFTER_SECONDS) =>
  hubError(
    'SERVICE_UNAVAILABLE',
    {
      en: `The service is temporarily unavailable; try again in ${retryAfterSeconds} seconds`,
      zh: `服务暂时不可用，请 ${retryAfterSeconds} 秒后再试`,
    },
    { retryAfterSeconds },
  );
