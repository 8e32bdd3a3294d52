import { timingSafeEqual } from 'node:crypto';
import { trustedDocuments as clientDocuments } from '@dibao/client';
import { GATEWAY_SECRET_HEADER } from '@dibao/server';

/*
 * Trusted documents (Hive Gateway's persisted documents): in production the gateway runs only operations
 * registered in the manifest that codegen writes from @dibao/client's documents, sent by id (`documentId`, or
 * Apollo's `extensions.persistedQuery.sha256Hash`). The hub's own processes inside the trust boundary (the
 * release job, subgraphs reading the supergraph as the caller) carry the gateway secret and may send their
 * documents as text: whoever holds that secret can call subgraphs directly anyway, so this grants nothing new.
 * Development accepts any document, and ids too.
 */

const bilingual = (code: string, status: number, en: string, zh: string) => ({
  message: `${en} / ${zh}`,
  extensions: { code, messages: { en, zh }, http: { status } },
});

export const TRUSTED_DOCUMENT_ERRORS = {
  persistedQueryOnly: bilingual(
    'PERSISTED_QUERY_ONLY',
    400,
    'This gateway runs trusted documents only: send the documentId of an operation of @dibao/client',
    '本网关只执行已登记的可信文档：请发送 @dibao/client 中操作的 documentId',
  ),
  notFound: bilingual(
    'PERSISTED_QUERY_NOT_FOUND',
    400,
    'No trusted document has this id; regenerate the client against the gateway you call',
    '没有此 ID 的可信文档；请按所调用网关的版本重新生成客户端',
  ),
  keyNotFound: bilingual(
    'BAD_REQUEST',
    400,
    'The request carries neither a query nor a documentId',
    '请求中既没有查询文本也没有 documentId',
  ),
};

function sameSecret(given: string | null, expected: string): boolean {
  if (!given) return false;
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

export interface TrustedDocumentOptions {
  production: boolean;
  gatewaySecret: string;
  /** The manifest; @dibao/client's by default. */
  documents?: ReadonlyMap<string, string>;
}

/** Hive Gateway's `persistedDocuments` setting for this mode. */
export function trustedDocumentsConfig(options: TrustedDocumentOptions) {
  const documents = options.documents ?? clientDocuments();
  return {
    // Ids are `sha256:<hex>`; Apollo's persisted-query extension sends the bare hex.
    getPersistedOperation: (key: string) => documents.get(key.includes(':') ? key : `sha256:${key}`) ?? null,
    allowArbitraryDocuments: options.production
      ? (request: Request) => sameSecret(request.headers.get(GATEWAY_SECRET_HEADER), options.gatewaySecret)
      : true,
    customErrors: TRUSTED_DOCUMENT_ERRORS,
  };
}
