import { vocabularyCodes, type Vocabulary } from './vocabulary.js';

/** The codes the API puts in `extensions.code` of a GraphQL error; the labels are shown to users. */
export const ErrorCode = {
  BAD_USER_INPUT: { zh: '输入有误', en: 'Bad user input' },
  UNAUTHENTICATED: { zh: '未登录或登录已失效', en: 'Not authenticated' },
  FORBIDDEN: { zh: '无权访问', en: 'Forbidden' },
  NOT_FOUND: { zh: '未找到', en: 'Not found' },
  CONFLICT: { zh: '与当前状态冲突', en: 'Conflict with the current state' },
  RATE_LIMITED: { zh: '请求过于频繁，请稍后再试', en: 'Too many requests; try again later' },
  SERVICE_UNAVAILABLE: { zh: '服务暂时不可用，请稍后再试', en: 'Service temporarily unavailable; try again later' },
  INTERNAL_SERVER_ERROR: { zh: '服务器内部错误', en: 'Internal server error' },
} as const satisfies Vocabulary;
export type ErrorCode = keyof typeof ErrorCode;
export const errorCodeValues: readonly ErrorCode[] = vocabularyCodes(ErrorCode);
