import { GraphQLError } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { trustedDocuments } from '@dibao/client';
import { CLIENT_ADDRESS_HEADER } from '@dibao/server';

/**
 * The gateway's own front-door limits on the public operations that need no token (online filing, its
 * challenges, observers' filings): per caller address and in all, before any subgraph is asked. The complaints
 * subgraph keeps its finer limits (per lane, per submission); these stop a flood at the edge. A request counts
 * when its document names one of the fields, sent as text or by the id of a trusted document.
 */
export const PUBLIC_FIELDS = ['complaintChallenge', 'submitOnlineComplaint', 'fileSupervisionObservation'] as const;

export interface PublicOperationLimits {
  perClient: number;
  global: number;
  windowSeconds: number;
}

export const DEFAULT_PUBLIC_OPERATION_LIMITS: PublicOperationLimits = {
  perClient: 120,
  global: 6000,
  windowSeconds: 600,
};

const NAMES = new RegExp(`\\b(${PUBLIC_FIELDS.join('|')})\\b`);

function tooMany(seconds: number): GraphQLError {
  const messages = {
    en: `Too many requests from your address; try again in ${seconds} seconds`,
    zh: `您所在网络的请求过于频繁，请 ${seconds} 秒后再试`,
  };
  return new GraphQLError(`${messages.en} / ${messages.zh}`, {
    extensions: {
      code: 'RATE_LIMITED',
      messages,
      retryAfterSeconds: seconds,
      http: { status: 429, headers: { 'retry-after': String(seconds) } },
    },
  });
}

export function usePublicOperationLimits(
  limits: PublicOperationLimits = DEFAULT_PUBLIC_OPERATION_LIMITS,
  documents: ReadonlyMap<string, string> = trustedDocuments(),
): Plugin {
  const textOf = (params: { query?: unknown; documentId?: unknown; extensions?: Record<string, unknown> }) => {
    if (typeof params.query === 'string') return params.query;
    const hash = (params.extensions?.persistedQuery as { sha256Hash?: unknown } | undefined)?.sha256Hash;
    const id = typeof params.documentId === 'string' ? params.documentId : typeof hash === 'string' ? hash : null;
    return id ? (documents.get(id.includes(':') ? id : `sha256:${id}`) ?? '') : '';
  };
  const windowMs = limits.windowSeconds * 1000;
  const hits = new Map<string, number[]>();
  const allow = (key: string, limit: number, now: number) => {
    const recent = (hits.get(key) ?? []).filter((at) => at > now - windowMs);
    const allowed = recent.length < limit;
    if (allowed) recent.push(now);
    hits.delete(key);
    if (recent.length) hits.set(key, recent);
    while (hits.size > 100_000) hits.delete(hits.keys().next().value as string);
    return { allowed, retry: Math.max(1, Math.ceil(((recent[0] ?? now) + windowMs - now) / 1000)) };
  };
  return {
    onParams({ params, request, setResult }) {
      if (!NAMES.test(textOf(params as Parameters<typeof textOf>[0]))) return;
      const now = Date.now();
      const client = allow(`client:${request.headers.get(CLIENT_ADDRESS_HEADER) ?? 'unknown'}`, limits.perClient, now);
      const global = client.allowed ? allow('all', limits.global, now) : client;
      if (!global.allowed) setResult({ errors: [tooMany(global.retry)] });
    },
  };
}
